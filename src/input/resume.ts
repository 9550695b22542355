/**
 * What an interrupted JSON Lines run already wrote (--resume): its complete records, counted per
 * source. A torn last line (the run died while writing it) is cut off, so appending the rest of
 * the run gives the file an uninterrupted run writes.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseRecordLine } from './records.js';

export interface Written {
  /** Records per source. */
  sources: Map<string, number>;
  records: number;
}

/** Byte length of the file up to and including its last newline. */
async function completeLength(file: fs.FileHandle, size: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - chunk.length);
    const { bytesRead } = await file.read(chunk, 0, end - start, start);
    const nl = chunk.subarray(0, bytesRead).lastIndexOf(10);
    if (nl >= 0) return start + nl + 1;
    end = start;
  }
  return 0;
}

/**
 * Reads the records in `path` and cuts the file after the last complete one. A missing file is
 * an empty start; a complete line that is not a glean record means the file is not an earlier
 * run's output, and is refused rather than appended to.
 */
export async function takeWritten(path: string): Promise<Written> {
  const sources = new Map<string, number>();
  let file: fs.FileHandle;
  try {
    file = await fs.open(path, 'r+');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { sources, records: 0 };
    throw e;
  }
  let records = 0;
  try {
    const length = await completeLength(file, (await file.stat()).size);
    if (length > 0) {
      const lines = createInterface({ input: createReadStream('', { fd: file.fd, start: 0, end: length - 1, autoClose: false }), crlfDelay: Infinity });
      for await (const line of lines) {
        const record = parseRecordLine(line);
        if (!record) throw new Error(`line ${records + 1} is not a glean record, so this is not the output of an earlier run`);
        sources.set(record.source, (sources.get(record.source) ?? 0) + 1);
        records++;
      }
    }
    await file.truncate(length);
  } finally {
    await file.close();
  }
  return { sources, records };
}
