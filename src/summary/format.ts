/** The summary as text: a table for people (80 columns), JSON and CSV for programs. Pure functions. */
import type { ChalkInstance } from 'chalk';
import { csvLine } from '../output/csv.js';
import { truncate } from '../output/table.js';
import type { EntitySummary, Summary } from './aggregate.js';

export const summaryJson = (s: Summary): string => `${JSON.stringify(s, null, 2)}\n`;

/** One row per item, `section` saying which list it is from; `pair` rows are an edge list. */
export const SUMMARY_CSV_COLUMNS = ['section', 'name', 'type', 'target', 'target_type', 'code', 'documents', 'mentions', 'quotes', 'total', 'unit', 'aliases', 'text'] as const;

export function summaryCsv(s: Summary): string {
  const line = csvLine(SUMMARY_CSV_COLUMNS);
  const entity = (section: string) => (e: EntitySummary) =>
    line({ section, name: e.name, code: e.acronym ?? e.code, documents: e.documents, mentions: e.mentions, aliases: e.aliases.join('|') });
  return [
    line(Object.fromEntries(SUMMARY_CSV_COLUMNS.map((c) => [c, c]))),
    ...s.people.map(entity('person')),
    ...s.organizations.map(entity('organization')),
    ...s.countries.map(entity('country')),
    ...s.speakers.map((q) => line({ section: 'speaker', name: q.name, type: q.type, documents: q.documents, quotes: q.quotes, text: q.sample })),
    ...s.totals.map((t) => line({ section: 'total', type: t.kind, documents: t.documents, mentions: t.occurrences, total: t.total, unit: t.unit })),
    ...s.pairs.map((p) => line({ section: 'pair', name: p.a, type: p.aType, target: p.b, target_type: p.bType, documents: p.documents })),
    ...s.failed.map((f) => line({ section: 'failed', name: f.source, code: f.code, text: f.message })),
  ].join('');
}

/** How many rows of each list the table shows. */
const TABLE_ROWS = 10;

export function summaryTable(s: Summary, { width, chalk }: { width: number; chalk: ChalkInstance }): string {
  const out: string[] = [];
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const num = (v: number, w: number) => n(v).padStart(w);
  const inner = Math.max(40, width) - 4;
  const section = (title: string, shown: number, all: number, columns: string) => {
    out.push('', `${chalk.bold(title)} ${chalk.dim(all > shown ? `(top ${shown} of ${n(all)})` : `(${n(all)})`)}`);
    if (shown) out.push(chalk.dim(`  ${columns}`));
  };
  out.push(`${chalk.bold.underline('glean summary')} ${chalk.dim(`${n(s.documents)} documents, ${n(s.failedCount)} failed`)}`);

  const entities = (title: string, list: EntitySummary[], colour: (t: string) => string) => {
    const rows = list.slice(0, TABLE_ROWS);
    section(title, rows.length, list.length, ' docs  mentions  name');
    for (const e of rows) {
      const also = [e.acronym ?? e.code, ...e.aliases.filter((a) => a !== e.acronym)].filter(Boolean).join(', ');
      const name = truncate(e.name, inner - 17);
      out.push(`  ${num(e.documents, 5)}  ${num(e.mentions, 8)}  ${colour(name)}${also ? chalk.dim(` (${truncate(also, inner - 20 - name.length)})`) : ''}`);
    }
  };
  entities('People', s.people, chalk.cyan);
  entities('Organizations', s.organizations, chalk.magenta);
  entities('Countries', s.countries, (t) => t);

  const speakers = s.speakers.slice(0, TABLE_ROWS);
  section('Most quoted', speakers.length, s.speakers.length, 'quotes  speaker, and one of their quotes');
  for (const q of speakers) {
    out.push(`  ${num(q.quotes, 6)}  ${chalk.green(truncate(q.name, inner - 8))}`);
    out.push(`          ${chalk.dim(truncate(`“${q.sample}”`, inner - 8))}`);
  }

  const totals = s.totals.slice(0, TABLE_ROWS);
  section('Totals', totals.length, s.totals.length, ' docs  times  total');
  for (const t of totals) out.push(`  ${num(t.documents, 5)}  ${num(t.occurrences, 5)}  ${chalk.yellow(n(t.total))} ${t.unit}`);

  const pairs = s.pairs.slice(0, TABLE_ROWS);
  section('Mentioned together', pairs.length, s.pairs.length, ' docs  pair');
  for (const p of pairs) out.push(`  ${num(p.documents, 5)}  ${truncate(`${p.a} + ${p.b}`, inner - 7)}`);

  if (s.failedCount) {
    section('Failed', s.failed.slice(0, TABLE_ROWS).length, s.failedCount, 'code      input');
    for (const f of s.failed.slice(0, TABLE_ROWS)) out.push(`  ${chalk.red(f.code.padEnd(8))}  ${truncate(f.source, inner - 10)}`);
  }
  return `${out.join('\n')}\n`;
}
