import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvFormatter } from '../../src/output/csv.js';
import { failure, record } from './sample.js';

/** A small RFC 4180 reader, enough to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('csv', () => {
  const csv = csvFormatter();
  const rows = parseCsv(csv.begin() + csv.record(record, 0) + csv.record(failure, 1));
  const row = (field: string, n = 0) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows.filter((r) => r[1] === field)[n]![i]]));

  it('starts with the header of the contract', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS.join(',')).toBe('source,field,name,code,value,max,unit,modifier,approximate,title,affiliation,speaker,verb,mentions,text,start,end');
  });

  it('writes one row per fact, every row as wide as the header', () => {
    expect(rows.slice(1).map((r) => r[1])).toEqual(['person', 'organization', 'country', 'count', 'count', 'quote', 'error']);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('keeps what JSON has: title, affiliation, mentions, range, approximation, verb', () => {
    expect(row('person')).toMatchObject({ name: 'Ada Lovelace', title: 'Countess', affiliation: 'Analytical Society', mentions: '1', text: 'Ada Lovelace', start: '0', end: '12' });
    expect(row('organization')).toMatchObject({ code: 'AS', mentions: '2', start: '20' });
    expect(row('country')).toMatchObject({ code: 'GB', text: 'Britain' });
    expect(row('count')).toMatchObject({ value: '1000', max: '', unit: 'engine', modifier: 'over', approximate: 'false', mentions: '' });
    expect(row('count', 1)).toMatchObject({ value: '10', max: '20', unit: 'loom', approximate: 'true' });
    expect(row('quote')).toMatchObject({ speaker: 'Ada Lovelace', verb: 'wrote', text: 'The engine weaves, "as it were", patterns' });
    expect(row('error')).toMatchObject({ source: 'news/broken.bin', code: 'EBINARY', text: 'not a text file (binary content)', name: '' });
  });
});

describe('csv --only', () => {
  it('writes rows of the chosen fact lists only', () => {
    const csv = csvFormatter({ only: new Set(['counts']) });
    expect(parseCsv(csv.record(record, 0)).map((r) => r[1])).toEqual(['count', 'count']);
  });
});
