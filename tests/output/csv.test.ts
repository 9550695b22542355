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
  const rows = parseCsv(csvFormatter.begin() + csvFormatter.record(record, 0) + csvFormatter.record(failure, 1));

  it('starts with the header of the contract', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS.join(',')).toBe('source,field,name,code,value,unit,modifier,speaker,text,start,end');
  });

  it('writes one row per fact, quoting commas and quote marks', () => {
    expect(rows.slice(1).map((r) => r[1])).toEqual(['person', 'organization', 'country', 'count', 'quote', 'error']);
    expect(rows[4]).toEqual(['news/one.txt', 'count', '', '', '1000', 'engine', 'over', '', 'over 1,000 engines', '50', '68']);
    expect(rows[5]![8]).toBe('The engine weaves, "as it were", patterns');
    expect(rows[6]).toEqual(['news/broken.bin', 'error', '', 'EBINARY', '', '', '', '', 'not a text file (binary content)', '', '']);
  });
});
