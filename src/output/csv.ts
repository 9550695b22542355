import { isErrorRecord, type Mention, type OutputRecord } from '../types.js';
import type { Formatter } from './formatter.js';

/** The columns of ../shared/SPEC.md's CSV section, in order. */
export const CSV_COLUMNS = [
  'source', 'field', 'name', 'code', 'value', 'max', 'unit', 'modifier', 'approximate', 'title', 'affiliation',
  'speaker', 'verb', 'mentions', 'text', 'start', 'end',
] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>>;

/** RFC 4180: quote a field holding a comma, quote mark or line break; double inner quotes. */
function csvField(value: string | number | boolean | null | undefined): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (row: Row) => CSV_COLUMNS.map((c) => csvField(row[c])).join(',') + '\r\n';

/** An entity row points at its first mention and says how many there are. */
const mentioned = (mentions: Mention[]) => ({ mentions: mentions.length, text: mentions[0]?.text, start: mentions[0]?.start, end: mentions[0]?.end });

/** One row per fact. */
function rows(record: OutputRecord): Row[] {
  const source = record.source;
  if (isErrorRecord(record)) return [{ source, field: 'error', code: record.error.code, text: record.error.message }];
  return [
    ...record.people.map((p) => ({ source, field: 'person', name: p.name, title: p.title, affiliation: p.affiliation, ...mentioned(p.mentions) })),
    ...record.organizations.map((o) => ({ source, field: 'organization', name: o.name, code: o.acronym, ...mentioned(o.mentions) })),
    ...record.countries.map((c) => ({ source, field: 'country', name: c.name, code: c.code, ...mentioned(c.mentions) })),
    ...record.counts.map((c) => ({
      source, field: 'count', value: c.value, max: c.max, unit: c.unit, modifier: c.modifier, approximate: c.approximate,
      text: c.text, start: c.start, end: c.end,
    })),
    ...record.quotes.map((q) => ({ source, field: 'quote', speaker: q.speaker, verb: q.verb, text: q.text, start: q.start, end: q.end })),
  ];
}

export const csvFormatter: Formatter = {
  begin: () => csvLine(Object.fromEntries(CSV_COLUMNS.map((c) => [c, c]))),
  record: (record) => rows(record).map(csvLine).join(''),
  end: () => '',
};
