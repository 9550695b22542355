import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { countLabel, tableFormatter, truncate, wrap } from '../../src/output/table.js';
import type { Count } from '../../src/types.js';
import { failure, record } from './sample.js';

const count = (c: Partial<Count>): Count => ({ value: 1, unit: null, modifier: null, approximate: false, text: '', start: 0, end: 0, ...c });

describe('table', () => {
  const plain = tableFormatter({ width: 80, chalk: new Chalk({ level: 0 }) });

  it('groups the facts of a document by field', () => {
    const out = plain.record(record, 0);
    for (const heading of ['People (1)', 'Organizations (1)', 'Countries (1)', 'Counts (2)', 'Quotes (1)']) expect(out).toContain(heading);
    expect(out).toContain('Ada Lovelace');
    expect(out).toContain('Countess, Analytical Society');
    expect(out).toContain('United Kingdom GB');
    expect(out).toContain('over 1,000  engine');
    expect(out).toContain('about 10–20  loom');
  });

  it('fits 80 columns and has no escape codes without colour', () => {
    const long = { ...record, quotes: [{ ...record.quotes[0]!, text: 'word '.repeat(200) }] };
    const out = plain.record(long, 0);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('colours with a colour level', () => {
    expect(tableFormatter({ width: 80, chalk: new Chalk({ level: 1 }) }).record(record, 0)).toMatch(/\x1b\[/);
  });

  it('shows an error record as its message', () => {
    expect(plain.record(failure, 0)).toContain('error EBINARY: not a text file');
  });
});

describe('countLabel', () => {
  it.each([
    [count({ value: 1000, unit: 'arrest', modifier: 'over' }), 'over 1,000  arrest'],
    [count({ value: 430000000, unit: 'USD' }), '$430,000,000'],
    [count({ value: 15, unit: 'percent' }), '15%'],
    [count({ value: 1000, unit: 'victim', approximate: true }), '~1,000  victim'],
    [count({ value: 1500, max: 2000, unit: 'person' }), '1,500–2,000  person'],
    [count({ value: 5, unit: 'CHF' }), '5 CHF'],
  ])('%j -> %s', (c, label) => {
    expect(countLabel(c)).toBe(label);
  });
});

describe('text helpers', () => {
  it('truncates with an ellipsis', () => {
    expect(truncate('a b c d e f', 6)).toBe('a b c…');
    expect(truncate('short', 10)).toBe('short');
  });
  it('wraps on word boundaries', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

describe('table --only', () => {
  it('shows the chosen sections only', () => {
    const out = tableFormatter({ width: 80, chalk: new Chalk({ level: 0 }), only: new Set(['countries']) }).record(record, 0);
    expect(out).toContain('Countries (1)');
    expect(out).not.toMatch(/People|Organizations|Counts|Quotes/);
  });
});
