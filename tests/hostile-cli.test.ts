import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { execute } from '../src/cli/execute.js';

// The CLI in-process on fake streams, against hostile arguments and input.
async function run(argv: string[], stdinText?: string) {
  const stdout = Object.assign(new PassThrough(), { columns: 80 });
  const stderr = new PassThrough();
  const stdin = Readable.from(stdinText === undefined ? [] : [Buffer.from(stdinText)]);
  const out: string[] = [], err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const status = await execute({ argv, env: {}, stdin, stdout, stderr });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('messages on stderr', () => {
  it('escape control characters of a file name, so it cannot command the terminal', async () => {
    const r = await run(['-f', 'jsonl', 'missing-\x1b]0;owned\x07-\x1b[2J.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(r.stderr).toContain('missing-\\x1b]0;owned\\x07-\\x1b[2J.txt');
    // The record keeps the name as it is: JSON escapes it for programs.
    expect(JSON.parse(r.stdout).source).toBe('missing-\x1b]0;owned\x07-\x1b[2J.txt');
  });
});

describe('stdin named twice', () => {
  it('is one document: "- -" gives one record, not a second empty one', async () => {
    const r = await run(['-f', 'jsonl', '-', '-'], 'Ghana and Mali signed the deal.');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual(['-']);
  });
});

describe('CSV of a document with no facts', () => {
  it('still has a row for the document, its field empty', async () => {
    const r = await run(['-f', 'csv', '-'], 'nothing to see here.');
    expect(r.status).toBe(0);
    const [, row, ...rest] = r.stdout.split('\r\n');
    expect(rest).toEqual(['']);
    expect(row!.split(',').slice(0, 2)).toEqual(['-', '']);
  });
});
