import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
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
