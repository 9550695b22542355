import { isErrorRecord, type FactField, type Mention, type OutputRecord } from '../types.js';
import type { Formatter } from './formatter.js';

/** The columns of ../shared/SPEC.md's CSV section, in order. */
export const CSV_COLUMNS = [
  'source', 'field', 'name', 'code', 'value', 'max', 'unit', 'modifier', 'approximate', 'title', 'affiliation',
  'speaker', 'verb', 'mentions', 'text', 'start', 'end',
] as const;
type Cell = string | number | boolean | null | undefined;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], Cell>>;

/** RFC 4180: quote a field holding a comma, quote mark or line break; double inner quotes. */
function csvField(value: Cell): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV line writer for a list of columns: each row gives the cells it has, by column name. */
export const csvLine = <C extends string>(columns: readonly C[]) => (row: Partial<Record<C, Cell>>): string =>
  columns.map((c) => csvField(row[c])).join(',') + '\r\n';

const factLine = csvLine(CSV_COLUMNS);

/** An entity row points at its first mention and says how many there are. */
const mentioned = (mentions: Mention[]) => ({ mentions: mentions.length, text: mentions[0]?.text, start: mentions[0]?.start, end: mentions[0]?.end });

/** One row per fact, of the fact lists `--only` keeps; a document without facts still has its row, `field` empty. */
function rows(record: OutputRecord, only?: ReadonlySet<FactField>): Row[] {
  const source = record.source;
  if (isErrorRecord(record)) return [{ source, field: 'error', code: record.error.code, text: record.error.message }];
  const kept = <T>(field: FactField, list: T[]) => (!only || only.has(field) ? list : []);
  const facts: Row[] = [
    ...kept('people', record.people).map((p) => ({ source, field: 'person', name: p.name, title: p.title, affiliation: p.affiliation, ...mentioned(p.mentions) })),
    ...kept('organizations', record.organizations).map((o) => ({ source, field: 'organization', name: o.name, code: o.acronym, ...mentioned(o.mentions) })),
    ...kept('countries', record.countries).map((c) => ({ source, field: 'country', name: c.name, code: c.code, ...mentioned(c.mentions) })),
    ...kept('counts', record.counts).map((c) => ({
      source, field: 'count', value: c.value, max: c.max, unit: c.unit, modifier: c.modifier, approximate: c.approximate,
      text: c.text, start: c.start, end: c.end,
    })),
    ...kept('quotes', record.quotes).map((q) => ({ source, field: 'quote', speaker: q.speaker, verb: q.verb, text: q.text, start: q.start, end: q.end })),
  ];
  return facts.length ? facts : [{ source }];
}

export const csvFormatter = (only?: ReadonlySet<FactField>): Formatter => ({
  begin: () => factLine(Object.fromEntries(CSV_COLUMNS.map((c) => [c, c]))),
  record: (record) => rows(record, only).map(factLine).join(''),
  end: () => '',
});
