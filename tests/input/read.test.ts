import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/input/read.js';

// A regular file is read with one byte more asked than its size, a short read taken as its end:
// these pin the edges of that (empty, exactly at the limit, one byte over, larger than one read).
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-read-'));
});

const options = (maxSize: number) => ({ maxSize, stdin: Readable.from([]) });
const fileWith = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { kind: 'file' as const, source: file };
};

describe('readInput of a regular file', () => {
  it('reads an empty file as empty text', async () => {
    expect(await readInput(fileWith('empty.txt', ''), options(100))).toMatchObject({ text: '' });
  });

  it('reads a file exactly at the size limit whole', async () => {
    const text = 'Mara Quell spoke. '.repeat(10).slice(0, 100);
    expect(await readInput(fileWith('at-limit.txt', text), options(100))).toMatchObject({ text });
  });

  it('refuses a file one byte over the limit', async () => {
    const record = await readInput(fileWith('over.txt', 'x'.repeat(101)), options(100));
    expect(record).toMatchObject({ error: { code: 'ETOOLARGE' } });
  });

  it('reads a file far larger than one read whole', async () => {
    const text = 'The Orvane Trust gave 12 grants. '.repeat(40_000);
    expect(await readInput(fileWith('large.txt', text), options(1 << 24))).toMatchObject({ text });
  });
});
