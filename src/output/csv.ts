import { isErrorRecord, type Mention, type OutputRecord } from '../types.js';
import type { Formatter } from './formatter.js';

export const CSV_COLUMNS = ['source', 'field', 'name', 'code', 'value', 'unit', 'modifier', 'speaker', 'text', 'start', 'end'] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/** RFC 4180: quote a field holding a comma, quote mark or line break; double inner quotes. */
function csvField(value: string | number | null | undefined): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (row: Row) => CSV_COLUMNS.map((c) => csvField(row[c])).join(',') + '\r\n';
const at = (m: Mention | undefined) => ({ text: m?.text, start: m?.start, end: m?.end });

/** One row per fact; an entity's row points at its first mention; a document without facts still has its row, `field` empty. */
function rows(record: OutputRecord): Row[] {
  const source = record.source;
  if (isErrorRecord(record)) return [{ source, field: 'error', code: record.error.code, text: record.error.message }];
  const facts: Row[] = [
    ...record.people.map((p) => ({ source, field: 'person', name: p.name, ...at(p.mentions[0]) })),
    ...record.organizations.map((o) => ({ source, field: 'organization', name: o.name, code: o.acronym, ...at(o.mentions[0]) })),
    ...record.countries.map((c) => ({ source, field: 'country', name: c.name, code: c.code, ...at(c.mentions[0]) })),
    ...record.counts.map((c) => ({ source, field: 'count', value: c.value, unit: c.unit, modifier: c.modifier, text: c.text, start: c.start, end: c.end })),
    ...record.quotes.map((q) => ({ source, field: 'quote', speaker: q.speaker, text: q.text, start: q.start, end: q.end })),
  ];
  return facts.length ? facts : [{ source }];
}

export const csvFormatter: Formatter = {
  begin: () => csvLine(Object.fromEntries(CSV_COLUMNS.map((c) => [c, c]))),
  record: (record) => rows(record).map(csvLine).join(''),
  end: () => '',
};
