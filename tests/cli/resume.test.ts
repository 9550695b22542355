import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'glean.js');
const fixtures = path.join(root, 'fixtures', 'articles');
const glean = (args: string[]) => spawnSync(process.execPath, [bin, '-q', ...args], { encoding: 'utf8', cwd: dir });

let dir: string;
let uninterrupted: string;
beforeAll(() => {
  // Enough documents for a run to be killed in the middle: the fixtures many times over.
  dir = mkdtempSync(path.join(tmpdir(), 'glean-resume-'));
  mkdirSync(path.join(dir, 'many'));
  for (let i = 0; i < 40; i++) {
    for (const name of readdirSync(fixtures)) copyFileSync(path.join(fixtures, name), path.join(dir, 'many', `${String(i).padStart(2, '0')}-${name}`));
  }
  expect(glean(['-o', 'full.jsonl', 'many']).status).toBe(0);
  uninterrupted = readFileSync(path.join(dir, 'full.jsonl'), 'utf8');
});

/** Starts a run into `out` and SIGKILLs it once `out` holds at least `bytes` bytes. */
async function killedRun(out: string, bytes: number): Promise<void> {
  const child = spawn(process.execPath, [bin, '-q', '-j', '2', '-o', out, 'many'], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const size = () => { try { return statSync(path.join(dir, out)).size; } catch { return 0; } };
  while (size() < bytes && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGKILL');
  await exited;
}

describe('-o and --resume', () => {
  it('-o writes the records to the file, nothing to stdout', () => {
    const run = glean(['-o', 'one.jsonl', path.join(fixtures, 'cup-final.txt')]);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'one.jsonl'), 'utf8'))).toMatchObject({ people: expect.any(Array) });
  });

  it('a run killed halfway and resumed equals an uninterrupted one', async () => {
    await killedRun('killed.jsonl', uninterrupted.length / 3);
    const partial = readFileSync(path.join(dir, 'killed.jsonl'), 'utf8');
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(uninterrupted.length);
    const run = glean(['-o', 'killed.jsonl', '--resume', 'many']);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'killed.jsonl'), 'utf8')).toBe(uninterrupted);
  });

  it('a torn last line is redone, and a finished file is left as it is', () => {
    writeFileSync(path.join(dir, 'torn.jsonl'), uninterrupted.slice(0, Math.floor(uninterrupted.length / 2)));
    expect(glean(['-o', 'torn.jsonl', '--resume', 'many']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'torn.jsonl'), 'utf8')).toBe(uninterrupted);
    expect(glean(['-o', 'torn.jsonl', '--resume', 'many']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'torn.jsonl'), 'utf8')).toBe(uninterrupted);
  });

  it('refuses what it cannot resume: no -o, another format, a file that is not glean output', () => {
    expect(glean(['--resume', 'many'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--resume needs -o FILE') });
    expect(glean(['-f', 'csv', '-o', 'x.csv', '--resume', 'many']).status).toBe(2);
    writeFileSync(path.join(dir, 'notes.jsonl'), 'my own notes\n');
    expect(glean(['-o', 'notes.jsonl', '--resume', 'many'])).toMatchObject({ status: 1, stderr: expect.stringContaining('cannot resume notes.jsonl') });
    expect(readFileSync(path.join(dir, 'notes.jsonl'), 'utf8')).toBe('my own notes\n');
  });
});

describe('--shard', () => {
  it('N shards cover every document once, and interleaved line by line they are the single run', () => {
    const shards = [1, 2, 3].map((i) => glean(['--shard', `${i}/3`, 'many']).stdout.trim().split('\n'));
    const interleaved: string[] = [];
    for (let k = 0; interleaved.length < shards.flat().length; k++) for (const s of shards) if (k < s.length) interleaved.push(s[k]!);
    expect(interleaved.join('\n') + '\n').toBe(uninterrupted);
  });

  it('shares the documents of an archive too', () => {
    writeFileSync(path.join(dir, 'docs.jsonl'), ['a', 'b', 'c', 'd', 'e'].map((w) => JSON.stringify({ text: `Report ${w}.` })).join('\n') + '\n');
    const sources = (i: number) => glean(['--shard', `${i}/2`, 'docs.jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l).source);
    expect(sources(1)).toEqual(['docs.jsonl:1', 'docs.jsonl:3', 'docs.jsonl:5']);
    expect(sources(2)).toEqual(['docs.jsonl:2', 'docs.jsonl:4']);
  });

  it('bad shards are usage errors', () => {
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '2', '-1/2']) {
      expect(glean(['--shard', bad, 'many'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^glean: .*--shard.*see glean --help/) });
    }
  });
});
