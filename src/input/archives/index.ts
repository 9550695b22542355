/**
 * Archives opened into their documents, on the way from the command line to the batch runner:
 * JSON Lines (`.jsonl`, `.ndjson`) and WARC (`.warc`), gzipped or not, given or found in folders,
 * and stdin when it carries JSON Lines documents or a WARC. Each archive is streamed: only the
 * document being handed on is in memory. Every other input passes through as it is (single
 * gzipped files and HTML pages are read where the text is, see read.ts).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { innerExtension, type InputItem } from '../discover.js';
import { parseRecordLine, peek } from '../records.js';
import { isDocumentLine, jsonlDocuments, type JsonlFields } from './jsonl.js';

export interface ArchiveOptions extends JsonlFields {
  maxSize: number;
  stdin: Readable;
}

type ArchiveKind = 'jsonl' | 'warc';

const KIND_BY_EXTENSION: Record<string, ArchiveKind> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.warc': 'warc' };

/** What stdin holds, judged by its first line: JSON Lines documents, a WARC, or one document. */
async function stdinKind(stdin: Readable, textField: string): Promise<ArchiveKind | null> {
  const head = await peek(stdin);
  if (!head) return null;
  const text = head.toString('utf8');
  if (text.startsWith('WARC/')) return 'warc';
  if (!/^\s*\{/.test(text)) return null;
  const nl = text.indexOf('\n');
  // A first line longer than the first chunk: judged by the field name it must contain.
  if (nl < 0) return text.includes(`"${textField.split('.').at(-1)}"`) ? 'jsonl' : null;
  const line = text.slice(0, nl);
  try {
    return isDocumentLine(JSON.parse(line), textField) || parseRecordLine(line) ? 'jsonl' : null;
  } catch {
    return null;
  }
}

/** warcio (with pako and hash-wasm under it) is loaded only when there is a WARC to read: most runs have none. */
async function* warcDocuments(source: string, input: Readable, maxSize: number): AsyncGenerator<InputItem> {
  yield* (await import('./warc.js')).warcDocuments(source, input, maxSize);
}

function open(kind: ArchiveKind, source: string, input: Readable, options: ArchiveOptions): AsyncGenerator<InputItem> {
  return kind === 'jsonl' ? jsonlDocuments(source, input, options, options.maxSize) : warcDocuments(source, input, options.maxSize);
}

/** The documents of one archive file; an archive that cannot be read at all is an error record. */
async function* archiveFile(item: Extract<InputItem, { kind: 'file' }>, kind: ArchiveKind, options: ArchiveOptions): AsyncGenerator<InputItem> {
  const file = createReadStream(item.path ? Buffer.from(item.path) : item.source);
  // warcio unpacks gzip itself, member by member; JSON Lines go through zlib, loaded only for them
  // (its module is a twentieth of a one-article run's instructions).
  const input = kind === 'jsonl' && /\.gz$/i.test(item.source) ? file.pipe((await import('node:zlib')).createGunzip()) : file;
  file.on('error', (e) => input.destroy(e));
  let documents = 0;
  try {
    for await (const doc of open(kind, item.source, input, options)) {
      documents++;
      yield doc;
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const message = err.code === 'ENOENT' ? 'no such file or directory' : err.code === 'EACCES' ? 'permission denied' : `cannot read archive: ${err.message}`;
    yield { kind: 'error', source: item.source, error: { code: err.code?.startsWith('E') ? err.code : 'EDECODE', message: documents ? `${message} (after ${documents} documents)` : message } };
  } finally {
    file.destroy();
  }
}

export async function* expandArchives(items: AsyncIterable<InputItem>, options: ArchiveOptions): AsyncGenerator<InputItem> {
  for await (const item of items) {
    if (item.kind === 'file') {
      const kind = KIND_BY_EXTENSION[innerExtension(item.source)];
      if (kind) yield* archiveFile(item, kind, options);
      else yield item;
    } else if (item.kind === 'stdin') {
      const kind = await stdinKind(options.stdin, options.textField);
      if (kind) yield* open(kind, '-', options.stdin, options);
      else yield item;
    } else yield item;
  }
}
