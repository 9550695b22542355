import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, OutputRecord } from '../src/types.js';
import { schemaErrors } from './schema.js';

// Round two of hostile input, through the built CLI (npm test builds first). Every run has a
// timeout: a hang fails the test instead of stalling the suite.
const bin = fileURLToPath(new URL('../bin/glean.js', import.meta.url));
const TIMEOUT = 15_000;
const glean = (args: string[], options: { cwd?: string; input?: string | Buffer; prefix?: string[] } = {}): SpawnSyncReturns<string> => {
  const [command, ...rest] = [...(options.prefix ?? []), process.execPath, bin, ...args];
  return spawnSync(command!, rest, { encoding: 'utf8', cwd: options.cwd, input: options.input, timeout: TIMEOUT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
};
const records = (stdout: string): OutputRecord[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const ARTICLE = 'Dr. Amara Okonkwo said on Friday that 25 fishermen had been rescued off the coast.\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-hostile2-'));
  chmodSync(dir, 0o755);
});

describe('a stray byte in a UTF-8 file', () => {
  it('is replaced and reported in `warnings`; the rest of the text stays UTF-8', () => {
    const file = path.join(dir, 'stray.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('José Núñez said it was fine. '), Buffer.from([0x92]), Buffer.from(ARTICLE)]));
    const run = glean(['-f', 'jsonl', file]);
    const [record] = records(run.stdout) as DocumentRecord[];
    expect(schemaErrors(record)).toEqual([]);
    expect(record!.warnings).toEqual(['1 invalid UTF-8 byte sequence replaced by U+FFFD']);
    expect(record!.people.map((p) => p.name)).toContain('José Núñez');
    expect(record!.people.find((p) => p.name === 'José Núñez')!.mentions[0]).toEqual({ start: 0, end: 10, text: 'José Núñez' });
  });
});
