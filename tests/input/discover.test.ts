import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discover, type InputItem } from '../../src/input/discover.js';

let root: string;
const rel = (items: InputItem[]) => items.map((i) => (i.kind === 'error' ? `error:${i.error.code}` : path.relative(root, i.source) || i.source));
const collect = async (args: string[]) => {
  const items: InputItem[] = [];
  for await (const item of discover(args)) items.push(item);
  return items;
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'glean-discover-'));
  const file = (p: string) => {
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    writeFileSync(path.join(root, p), 'text');
  };
  ['b.txt', 'a.md', 'notes.json', '.hidden.txt', 'sub/c.text', 'sub/deeper/d.txt', '.git/e.txt',
    'odd names/[draft] (v2).txt', 'empty/readme.json'].forEach(file);
  symlinkSync(root, path.join(root, 'sub', 'loop'));
});

describe('discover', () => {
  it('walks folders recursively in sorted order, skipping hidden entries, other extensions and symlink loops', async () => {
    expect(rel(await collect([root]))).toEqual(['a.md', 'b.txt', 'odd names/[draft] (v2).txt', 'sub/c.text', 'sub/deeper/d.txt']);
  });

  it('takes an existing path literally, even when it looks like a glob', async () => {
    expect(rel(await collect([path.join(root, 'odd names/[draft] (v2).txt')]))).toEqual(['odd names/[draft] (v2).txt']);
  });

  it('expands globs in sorted order', async () => {
    expect(rel(await collect([`${root}/**/*.txt`]))).toEqual(['b.txt', 'odd names/[draft] (v2).txt', 'sub/deeper/d.txt']);
  });

  it('turns missing paths, empty globs and folders without articles into errors, in place', async () => {
    expect(rel(await collect([path.join(root, 'nope.txt'), path.join(root, 'b.txt'), `${root}/*.docx`, path.join(root, 'empty')])))
      .toEqual(['error:ENOENT', 'b.txt', 'error:ENOMATCH', 'error:ENOFILES']);
  });

  it('reads "-" as stdin', async () => {
    expect(await collect(['-'])).toEqual([{ kind: 'stdin', source: '-' }]);
  });
});

describe('discover stdin', () => {
  it('yields stdin once however often "-" is given', async () => {
    expect(await collect(['-', path.join(root, 'b.txt'), '-'])).toEqual([{ kind: 'stdin', source: '-' }, { kind: 'file', source: path.join(root, 'b.txt') }]);
  });
});

describe('discover hostile patterns', () => {
  it('refuses a brace explosion with an error item for that pattern and goes on', async () => {
    const items = await collect([`${root}/x${'{a,b}'.repeat(22)}.txt`, `${root}/x{1..100000}.txt`, path.join(root, 'b.txt')]);
    expect(rel(items)).toEqual(['error:EGLOB', 'error:EGLOB', 'b.txt']);
  });

  it('takes a path through a file as no match, not a failure of the run', async () => {
    expect(rel(await collect([`${root}/b.txt/*.txt`]))).toEqual(['error:ENOMATCH']);
  });
});

describe('discover file names that are not UTF-8', () => {
  // "café" and "naïve" in Latin-1: bytes that are not UTF-8.
  const latin1 = (s: string) => Buffer.from(s, 'latin1');
  let base: Buffer;
  beforeAll(() => {
    base = Buffer.from(mkdtempSync(path.join(tmpdir(), 'glean-raw-')));
    const join = (...parts: Buffer[]) => Buffer.concat(parts.flatMap((p, i) => (i ? [Buffer.from('/'), p] : [p])));
    writeFileSync(join(base, latin1('caf\xe9.txt')), 'one');
    mkdirSync(join(base, latin1('na\xefve')));
    writeFileSync(join(base, latin1('na\xefve'), Buffer.from('inner.txt')), 'two');
  });
  const sources = (items: InputItem[]) => items.map((i) => path.relative(base.toString(), i.source));

  it('finds them in a folder walk, kept as bytes and shown escaped', async () => {
    const items = await collect([base.toString()]);
    expect(sources(items)).toEqual(['caf\\xe9.txt', 'na\\xefve/inner.txt']);
    for (const item of items) expect(item.kind === 'file' && readFileSync(Buffer.from(item.path!)).length).toBeGreaterThan(0);
  });

  it('finds them through a glob', async () => {
    expect(sources(await collect([`${base.toString()}/**/*.txt`]))).toEqual(['caf\\xe9.txt', 'na\\xefve/inner.txt']);
  });

  it('finds them given on the command line, where Node has already replaced the bad bytes by U+FFFD', async () => {
    const lossy = `${base.toString()}/caf\uFFFD.txt`;
    const items = await collect([lossy, `${base.toString()}/na\uFFFDve`]);
    expect(sources(items)).toEqual(['caf\\xe9.txt', 'na\\xefve/inner.txt']);
  });
});
