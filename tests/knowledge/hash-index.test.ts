import { describe, expect, it } from 'vitest';
import { buildHashIndex, findInIndex } from '../../src/knowledge/hash-index.js';

// An invented table in the knowledge file's shape: key<TAB>fields, one line each, UTF-8.
const lines = ['bank of tarrow\tcompany', 'bank of tarrow east\tcompany', 'glimmer\tband', 'societe brume\tcompany', 'zürn werke\tcompany'];
const text = lines.join('\n') + '\n';
const table = Buffer.from(text);
const index = buildHashIndex(table);
const lineAt = (at: number) => table.toString('utf8', at, table.indexOf(10, at));

describe('the knowledge hash index', () => {
  it('finds every key at the start of its own line', () => {
    for (const line of lines) {
      const key = line.split('\t')[0]!;
      const at = findInIndex(index, table, key, false);
      expect(lineAt(at)).toBe(line);
    }
  });

  it('finds the word prefixes of keys, and only as prefixes', () => {
    expect(findInIndex(index, table, 'bank', true)).toBeGreaterThanOrEqual(0);
    expect(findInIndex(index, table, 'bank of', true)).toBeGreaterThanOrEqual(0);
    expect(lineAt(findInIndex(index, table, 'bank of tarrow', true))).toBe('bank of tarrow east\tcompany');
    expect(findInIndex(index, table, 'zürn', true)).toBeGreaterThanOrEqual(0);
    // A prefix is no key, a key with nothing after it is no prefix, a part-word is neither.
    expect(findInIndex(index, table, 'bank of', false)).toBe(-1);
    expect(findInIndex(index, table, 'glimmer', true)).toBe(-1);
    expect(findInIndex(index, table, 'ban', true)).toBe(-1);
    expect(findInIndex(index, table, 'glimme', false)).toBe(-1);
  });

  it('misses keys it does not hold, ASCII or not', () => {
    for (const key of ['', 'glimmers', 'bank of tarrow west', 'zurn werke', 'zürn', 'société brume']) {
      expect(findInIndex(index, table, key, false)).toBe(-1);
    }
  });

  it('keeps at least half its slots empty', () => {
    let used = 0;
    for (let i = 0; i < index.length; i += 2) if (index[i] !== 0) used++;
    expect(used).toBe(lines.length + 5); // the keys, and bank, bank of, bank of tarrow, societe, zürn
    expect(used * 2).toBeLessThanOrEqual(index.length / 2);
  });
});
