/**
 * glean's own JSON Lines output read back as records, so `glean summary facts.jsonl` (or `-`)
 * summarises a long run without extracting again. A file or stdin is taken as records when its
 * first line is one; anything else is an article.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { FACT_FIELDS, type OutputRecord } from '../types.js';

/** A parsed line that has the shape of a glean record (document or error). */
function asRecord(value: unknown): OutputRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (typeof r.source !== 'string') return undefined;
  if (typeof r.error === 'object' && r.error !== null) return r as unknown as OutputRecord;
  return typeof r.chars === 'number' && FACT_FIELDS.every((k) => r[k] === undefined || Array.isArray(r[k])) ? (r as unknown as OutputRecord) : undefined;
}

/** The record a line holds, if it holds one. */
export function parseRecordLine(line: string): OutputRecord | undefined {
  if (!line.trimStart().startsWith('{')) return undefined;
  try {
    return asRecord(JSON.parse(line));
  } catch {
    return undefined;
  }
}

/** The first line of some bytes, if they hold a whole one. */
const firstLine = (head: Buffer): string => head.toString('utf8').split('\n', 1)[0]!;

/** Waits for the stream's first bytes and puts them back; null when it ends empty. */
export function peek(stream: Readable): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off('readable', onReadable).off('end', onEnd).off('error', onError);
    };
    const onReadable = () => {
      const chunk = stream.read() as Buffer | string | null;
      if (chunk === null) return;
      done();
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      stream.unshift(bytes);
      resolve(bytes);
    };
    const onEnd = () => { done(); resolve(null); };
    const onError = (e: Error) => { done(); reject(e); };
    stream.on('readable', onReadable).once('end', onEnd).once('error', onError);
  });
}

/** Whether stdin carries glean records; it is left unread either way. */
export async function stdinHoldsRecords(stdin: Readable): Promise<boolean> {
  const head = await peek(stdin);
  if (!head) return false;
  // glean writes `source` first; a first line longer than the first chunk is judged by that.
  return head.includes(10) ? parseRecordLine(firstLine(head)) !== undefined : head.toString('utf8').startsWith('{"source":');
}

/** Whether a file (glean output is .jsonl or .ndjson) starts with a glean record. */
export async function fileHoldsRecords(path: string): Promise<boolean> {
  if (!/\.(jsonl|ndjson)$/i.test(path)) return false;
  try {
    for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
      if (line.trim()) return parseRecordLine(line) !== undefined;
    }
  } catch {
    // Unreadable: left to the article reader, which reports it as an input error.
  }
  return false;
}

/**
 * The records of a JSON Lines stream, in order. A line that is not a record (a torn last line,
 * say) becomes an error record naming its line, and reading goes on.
 */
export async function* readRecords(source: string, input: Readable): AsyncGenerator<OutputRecord> {
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    yield parseRecordLine(line) ?? { source: `${source}:${n}`, error: { code: 'ERECORD', message: 'not a glean record' } };
  }
}

export const fileRecords = (path: string) => readRecords(path, createReadStream(path));
