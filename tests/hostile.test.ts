import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutputRecord } from '../src/types.js';
import { schemaErrors } from './schema.js';

// Messy archives, built on the fly (nothing large is committed), run through the built CLI.
const bin = fileURLToPath(new URL('../bin/glean.js', import.meta.url));
const glean = (args: string[], cwd?: string) =>
  spawnSync(process.execPath, [bin, '-f', 'jsonl', ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
const records = (stdout: string): OutputRecord[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

const latin1 = Buffer.from('Fran\xe7ois M\xfcller, the mayor of Z\xfcrich, said \x93we are ready\x94 on Monday.\n', 'latin1');
const utf16 = (s: string, bigEndian = false) => {
  const b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  return bigEndian ? b.swap16() : b;
};
const ARTICLE = 'José Álvarez told reporters in Madrid that 300 people had been evacuated.\n';

let dir: string;
const inputs: Record<string, Buffer | string> = {
  'a-utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]),
  'b-latin1.txt': latin1,
  'c-utf16le.txt': utf16(ARTICLE),
  'd-utf16be.txt': utf16(ARTICLE, true),
  'e-binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]),
  'f-empty.txt': '',
  'g-blank.txt': ' \n\t\n  \n',
  'h name with spaces [1] (copy).txt': ARTICLE,
  'i-ünïcödé.txt': ARTICLE,
  '-dash-first.txt': ARTICLE,
  'j-one-long-line.txt': 'Officials said 12 people were hurt and "it was awful," Mr. Smith said. '.repeat(20000),
  'k-broken-markup.md': '<p>Ms. <b>Jones</b> said "<i>yes</i>" &amp; left <div <div "unclosed\n# Heading\n[link](http://x) ' + '"'.repeat(5000),
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-hostile-'));
  for (const [name, content] of Object.entries(inputs)) writeFileSync(path.join(dir, name), content);
  let deep = path.join(dir, 'z-deep');
  for (let i = 0; i < 40; i++) deep = path.join(deep, `level${i}`);
  mkdirSync(deep, { recursive: true });
  writeFileSync(path.join(deep, 'bottom.txt'), ARTICLE);
  symlinkSync(dir, path.join(dir, 'z-deep', 'loop'));
  const many = path.join(dir, 'z-many');
  mkdirSync(many);
  for (let i = 0; i < 1500; i++) writeFileSync(path.join(many, `${String(i).padStart(4, '0')}.txt`), `Note ${i}: 3 people met.\n`);
});

describe('a folder of messy inputs', () => {
  let out: ReturnType<typeof glean>;
  let recs: OutputRecord[];
  beforeAll(() => {
    out = glean([dir]);
    recs = records(out.stdout);
  });

  it('gives exactly one record per input, in sorted order', () => {
    expect(recs).toHaveLength(Object.keys(inputs).length + 1 + 1500);
    const names = recs.map((r) => path.relative(dir, r.source));
    expect(names).toEqual([...names].sort());
  });

  it('gives the binary file an error record, fails the run with status 1, and prints no stack trace', () => {
    const binary = recs.find((r) => r.source.endsWith('e-binary.txt'));
    expect(binary).toEqual({ source: path.join(dir, 'e-binary.txt'), error: { code: 'EBINARY', message: 'not a text file (binary content)' } });
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toEqual([`glean: ${path.join(dir, 'e-binary.txt')}: not a text file (binary content)`]);
  });

  it('decodes UTF-8 with BOM, UTF-16 and Latin-1, accents intact', () => {
    const bySuffix = (s: string) => recs.find((r) => r.source.endsWith(s))!;
    for (const name of ['a-utf8-bom.txt', 'c-utf16le.txt', 'd-utf16be.txt']) {
      const r = bySuffix(name);
      expect('error' in r ? r.error : r.chars).toBe(Array.from(ARTICLE).length);
    }
    const latin = bySuffix('b-latin1.txt');
    expect('error' in latin).toBe(false);
    if (!('error' in latin)) expect(latin.quotes.map((q) => q.text).concat(latin.people.map((p) => p.name)).join('|')).not.toContain('\ufffd');
  });

  it('gives empty and blank files an empty record', () => {
    for (const name of ['f-empty.txt', 'g-blank.txt']) {
      const r = recs.find((x) => x.source.endsWith(name))!;
      expect(r).toMatchObject({ people: [], organizations: [], countries: [], counts: [], quotes: [] });
    }
  });

  it('keeps every record schema-valid', () => {
    expect(recs.flatMap(schemaErrors)).toEqual([]);
  });
});

describe('odd file names on the command line', () => {
  it('reads names with spaces, brackets, non-ASCII characters, and a leading dash after --', () => {
    const run = glean(['--', 'h name with spaces [1] (copy).txt', 'i-ünïcödé.txt', '-dash-first.txt'], dir);
    expect(run.status).toBe(0);
    expect(records(run.stdout).map((r) => r.source)).toEqual(['h name with spaces [1] (copy).txt', 'i-ünïcödé.txt', '-dash-first.txt']);
  });
});
