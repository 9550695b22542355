import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { ErrorRecord } from '../types.js';
import { decode } from './decode.js';
import type { InputItem } from './discover.js';
import { formatSize } from './size.js';

export interface TextDocument {
  source: string;
  text: string;
  warnings?: string[];
}

export interface ReadOptions {
  /** Inputs longer than this many bytes give an ETOOLARGE error record instead of being read. */
  maxSize: number;
  /** Where the document named "-" comes from. */
  stdin: Readable;
}

/** Reads a stream to its end into one buffer; null as soon as it passes `limit` bytes (the stream is then closed). */
async function readCapped(stream: Readable, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += bytes.length;
    if (size > limit) return null; // leaving the loop destroys the stream
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}

/**
 * A regular file's bytes, read synchronously (several times faster than asynchronous reads on
 * small files) up to `limit`: null past it. Reads ask for one byte more than the file's size, so
 * a short read is its end (a regular file reads short only there) and a small file takes one
 * read; a file that grew since its size was taken is read whole or caught.
 */
function readRegularFile(path: string | Buffer, expected: number, limit: number): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(Math.min(expected, limit) + 1);
    let size = 0;
    for (;;) {
      size += readSync(fd, buffer, size, buffer.length - size, null);
      if (size < buffer.length) return buffer.subarray(0, size);
      if (size > limit) return null;
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(bigger);
      buffer = bigger;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of a file, FIFO or device. Its kind comes from stat, which never blocks: a regular
 * file over the limit is refused from its size; anything else (a FIFO waiting for its writer,
 * /dev/zero, a socket) is read as a stream, asynchronously, so it holds up only its own document
 * and never more than `limit` bytes.
 */
async function readPath(path: string | Buffer, limit: number): Promise<Buffer | null> {
  const stat = statSync(path);
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (stat.isFile()) return stat.size > limit ? null : readRegularFile(path, stat.size, limit);
  return readCapped(createReadStream(path), limit);
}

const MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
};

/** The bytes of a gzip stream start with these two. */
export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** An HTML page, by its name or its first characters. */
const HTML_NAME = /\.html?(\.gz)?$/i;
const HTML_START = /^\s*(<!--[^]*?-->\s*)*<(!doctype\s+html|html)[\s>]/i;

/** The bytes of an input, gunzipped when they are gzip; null when they pass `limit`. */
async function inputBytes(item: Extract<InputItem, { kind: 'file' | 'stdin' }>, { maxSize, stdin }: ReadOptions): Promise<Buffer | null> {
  const bytes = item.kind === 'stdin' ? await readCapped(stdin, maxSize) : await readPath(item.path ? Buffer.from(item.path) : item.source, maxSize);
  if (bytes === null || !isGzip(bytes)) return bytes;
  const { gunzip } = await import('node:zlib');
  return new Promise((resolve, reject) => gunzip(bytes, { maxOutputLength: maxSize }, (err, out) => {
    if (!err) resolve(out);
    else if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') resolve(null);
    else reject(Object.assign(new Error(`not valid gzip: ${err.message}`), { code: 'EDECODE' }));
  }));
}

/** The decoded text of one input, or the error record that stands in its place. */
export async function readInput(item: InputItem, options: ReadOptions): Promise<TextDocument | ErrorRecord> {
  if (item.kind === 'error') return { source: item.source, error: item.error };
  let bytes: Buffer | string | null;
  try {
    bytes = item.kind === 'document' ? (typeof item.content === 'string' ? item.content : Buffer.from(item.content)) : await inputBytes(item, options);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const code = err.code ?? 'EIO';
    return { source: item.source, error: { code, message: MESSAGES[code] ?? err.message } };
  }
  if (bytes === null) return { source: item.source, error: { code: 'ETOOLARGE', message: `larger than the --max-size limit of ${formatSize(options.maxSize)}` } };
  let decoded;
  try {
    decoded = typeof bytes === 'string' ? { text: bytes } : await decode(bytes);
  } catch (e) {
    // Past the longest string JavaScript can hold, say: the input cannot become text at all.
    return { source: item.source, error: { code: 'EDECODE', message: `cannot decode: ${(e as Error).message}` } };
  }
  if ('error' in decoded) return { source: item.source, error: decoded.error };
  const html = item.kind === 'document' ? item.html : HTML_NAME.test(item.source) || HTML_START.test(decoded.text.slice(0, 1024));
  let text = decoded.text;
  if (html) {
    try {
      text = (await import('./archives/html.js')).htmlMainText(text);
    } catch (e) {
      return { source: item.source, error: { code: 'EDECODE', message: `cannot read as HTML: ${(e as Error).message}` } };
    }
  }
  return { source: item.source, text, ...(decoded.warnings && { warnings: decoded.warnings }) };
}
