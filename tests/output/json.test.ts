import { describe, expect, it } from 'vitest';
import type { Formatter } from '../../src/output/formatter.js';
import { jsonFormatter, jsonlFormatter } from '../../src/output/json.js';
import type { OutputRecord } from '../../src/types.js';
import { failure, record } from './sample.js';

const render = (f: Formatter, records: OutputRecord[]) => f.begin() + records.map((r, i) => f.record(r, i)).join('') + f.end(records.length);

describe('json', () => {
  it('writes one parseable array', () => {
    expect(JSON.parse(render(jsonFormatter(), [record, failure]))).toEqual([record, failure]);
  });
  it('writes an empty array for no records', () => {
    expect(JSON.parse(render(jsonFormatter(), []))).toEqual([]);
  });
});

describe('jsonl', () => {
  it('writes one record per line', () => {
    const lines = render(jsonlFormatter(), [record, failure]).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([record, failure]);
  });
});

describe('--only', () => {
  it('keeps only the chosen fact lists, and error records whole', () => {
    const [kept, error] = JSON.parse(render(jsonFormatter(new Set(['people', 'quotes'])), [record, failure]));
    expect(Object.keys(kept)).toEqual(['source', 'chars', 'people', 'quotes']);
    expect(kept.people).toEqual(record.people);
    expect(error).toEqual(failure);
  });
});
