import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { ErrorRecord } from '../types.js';
import { decode } from './decode.js';
import type { InputItem } from './discover.js';

export interface TextDocument {
  source: string;
  text: string;
  warnings?: string[];
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
};

/** The decoded text of one input, or the error record that stands in its place. */
export async function readInput(item: InputItem, stdin: Readable): Promise<TextDocument | ErrorRecord> {
  if (item.kind === 'error') return { source: item.source, error: item.error };
  let bytes: Buffer;
  try {
    // A synchronous read: several times faster than fs.promises.readFile on small files, and each
    // thread reads one document at a time anyway.
    bytes = item.kind === 'stdin' ? await readAll(stdin) : readFileSync(item.source);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const code = err.code ?? 'EIO';
    return { source: item.source, error: { code, message: MESSAGES[code] ?? err.message } };
  }
  const decoded = await decode(bytes);
  if ('error' in decoded) return { source: item.source, error: decoded.error };
  return { source: item.source, text: decoded.text, ...(decoded.warnings && { warnings: decoded.warnings }) };
}
