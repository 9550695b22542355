import { isErrorRecord, type FactField, type Mention, type OutputRecord } from '../types.js';
import type { Formatter } from './formatter.js';

/** The columns of ../shared/SPEC.md's CSV section, in order. */
export const CSV_COLUMNS = [
  'source', 'field', 'name', 'code', 'value', 'max', 'unit', 'modifier', 'approximate', 'title', 'affiliation',
  'speaker', 'verb', 'mentions', 'text', 'start', 'end',
] as const;
type Cell = string | number | boolean | null | undefined;
/** With --explain, the id of the rule that decided each fact follows `end`. */
const EXPLAINED_COLUMNS = [...CSV_COLUMNS, 'rule'] as const;
type Row = Partial<Record<(typeof EXPLAINED_COLUMNS)[number], Cell>>;

/** RFC 4180: quote a field holding a comma, quote mark or line break; double inner quotes. */
function csvField(value: Cell): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV line writer for a list of columns: each row gives the cells it has, by column name. */
export const csvLine = <C extends string>(columns: readonly C[]) => (row: Partial<Record<C, Cell>>): string =>
  columns.map((c) => csvField(row[c])).join(',') + '\r\n';


/** An entity row points at its first mention and says how many there are. */
const mentioned = (mentions: Mention[]) => ({ mentions: mentions.length, text: mentions[0]?.text, start: mentions[0]?.start, end: mentions[0]?.end });

/** One row per fact, of the fact lists `--only` keeps; a document without facts still has its row, `field` empty. */
function rows(record: OutputRecord, only?: ReadonlySet<FactField>): Row[] {
  const source = record.source;
  if (isErrorRecord(record)) return [{ source, field: 'error', code: record.error.code, text: record.error.message }];
  const kept = <T>(field: FactField, list: T[]) => (!only || only.has(field) ? list : []);
  const facts: Row[] = [
    ...kept('people', record.people).map((p) => ({ source, field: 'person', name: p.name, title: p.title, affiliation: p.affiliation, ...mentioned(p.mentions), rule: p.rule })),
    ...kept('organizations', record.organizations).map((o) => ({ source, field: 'organization', name: o.name, code: o.acronym, ...mentioned(o.mentions), rule: o.rule })),
    ...kept('countries', record.countries).map((c) => ({ source, field: 'country', name: c.name, code: c.code, ...mentioned(c.mentions), rule: c.rule })),
    ...kept('counts', record.counts).map((c) => ({
      source, field: 'count', value: c.value, max: c.max, unit: c.unit, modifier: c.modifier, approximate: c.approximate,
      text: c.text, start: c.start, end: c.end, rule: c.rule,
    })),
    ...kept('quotes', record.quotes).map((q) => ({ source, field: 'quote', speaker: q.speaker, verb: q.verb, text: q.text, start: q.start, end: q.end, rule: q.rule })),
  ];
  return facts.length ? facts : [{ source }];
}

/** CSV of the fact lists `--only` keeps, with a `rule` column after `end` when the facts are explained. */
export function csvFormatter({ only, explain = false }: { only?: ReadonlySet<FactField>; explain?: boolean } = {}): Formatter {
  const line = csvLine<(typeof EXPLAINED_COLUMNS)[number]>(explain ? EXPLAINED_COLUMNS : CSV_COLUMNS);
  const columns = explain ? EXPLAINED_COLUMNS : CSV_COLUMNS;
  return {
    begin: () => line(Object.fromEntries(columns.map((c) => [c, c]))),
    record: (record) => rows(record, only).map(line).join(''),
    end: () => '',
  };
}
