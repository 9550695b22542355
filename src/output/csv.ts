import { isErrorRecord, type Mention, type OutputRecord } from '../types.js';
import type { Formatter } from './formatter.js';

/** The columns of ../shared/SPEC.md's CSV section, in order. */
export const CSV_COLUMNS = [
  'source', 'field', 'name', 'code', 'value', 'max', 'unit', 'modifier', 'approximate', 'title', 'affiliation',
  'speaker', 'verb', 'mentions', 'text', 'start', 'end',
] as const;
/** With --explain, the id of the rule that decided each fact follows `end`. */
const EXPLAINED_COLUMNS = [...CSV_COLUMNS, 'rule'] as const;
type Row = Partial<Record<(typeof EXPLAINED_COLUMNS)[number], string | number | boolean | null>>;

/** RFC 4180: quote a field holding a comma, quote mark or line break; double inner quotes. */
function csvField(value: string | number | boolean | null | undefined): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (columns: readonly (keyof Row)[], row: Row) => columns.map((c) => csvField(row[c])).join(',') + '\r\n';

/** An entity row points at its first mention and says how many there are. */
const mentioned = (mentions: Mention[]) => ({ mentions: mentions.length, text: mentions[0]?.text, start: mentions[0]?.start, end: mentions[0]?.end });

/** One row per fact. */
function rows(record: OutputRecord): Row[] {
  const source = record.source;
  if (isErrorRecord(record)) return [{ source, field: 'error', code: record.error.code, text: record.error.message }];
  return [
    ...record.people.map((p) => ({ source, field: 'person', name: p.name, title: p.title, affiliation: p.affiliation, ...mentioned(p.mentions), rule: p.rule })),
    ...record.organizations.map((o) => ({ source, field: 'organization', name: o.name, code: o.acronym, ...mentioned(o.mentions), rule: o.rule })),
    ...record.countries.map((c) => ({ source, field: 'country', name: c.name, code: c.code, ...mentioned(c.mentions), rule: c.rule })),
    ...record.counts.map((c) => ({
      source, field: 'count', value: c.value, max: c.max, unit: c.unit, modifier: c.modifier, approximate: c.approximate,
      text: c.text, start: c.start, end: c.end, rule: c.rule,
    })),
    ...record.quotes.map((q) => ({ source, field: 'quote', speaker: q.speaker, verb: q.verb, text: q.text, start: q.start, end: q.end, rule: q.rule })),
  ];
}

/** CSV, with a `rule` column after `end` when the facts are explained. */
export function makeCsvFormatter(explain = false): Formatter {
  const columns = explain ? EXPLAINED_COLUMNS : CSV_COLUMNS;
  return {
    begin: () => csvLine(columns, Object.fromEntries(columns.map((c) => [c, c]))),
    record: (record) => rows(record).map((row) => csvLine(columns, row)).join(''),
    end: () => '',
  };
}

export const csvFormatter = makeCsvFormatter();
