import type { ChalkInstance } from 'chalk';
import { FACT_FIELDS, isErrorRecord, type Count, type DocumentRecord, type FactField, type OutputRecord } from '../types.js';
import { visible } from './escape.js';
import type { Formatter } from './formatter.js';

export interface TableOptions {
  /** Terminal width in columns. */
  width: number;
  /** A chalk instance; its level decides whether there is colour at all. */
  chalk: ChalkInstance;
  /** The fact lists to show (`--only`); all when absent. */
  only?: ReadonlySet<FactField>;
}

const INDENT = '    ';

/** Shortens `s` to `max` characters with an ellipsis; white space flattened, control characters escaped. */
export function truncate(s: string, max: number): string {
  const flat = visible(s.replace(/\s+/g, ' ').trim());
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Greedy word wrap of `s` into lines of at most `width` characters. */
export function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

const CURRENCY_SIGNS: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥' };

/** A count as an analyst reads it: "over 1,000  arrest", "$430,000,000", "15%". */
export function countLabel(c: Count): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const amount = c.max != null ? `${n(c.value)}–${n(c.max)}` : n(c.value);
  const modifier = c.modifier ? `${c.modifier} ` : c.approximate ? '~' : '';
  if (c.unit === 'percent') return `${modifier}${amount}%`;
  const sign = c.unit ? CURRENCY_SIGNS[c.unit] : undefined;
  if (sign) return `${modifier}${sign}${amount}`;
  if (c.unit && /^[A-Z]{3}$/.test(c.unit)) return `${modifier}${amount} ${c.unit}`;
  return `${modifier}${amount}  ${c.unit ?? ''}`.trimEnd();
}

type Section = (r: DocumentRecord, inner: number, chalk: ChalkInstance) => string[];

const times = (chalk: ChalkInstance, n: number) => (n > 1 ? chalk.dim(` ×${n}`) : '');
/** With --explain, a fact's rule id as a dim note at the end of its line. */
const because = (chalk: ChalkInstance, fact: { rule?: string }) => (fact.rule ? chalk.dim(` [${fact.rule}]`) : '');

/** Each fact list's lines under its heading, in record order. */
const SECTIONS: Record<FactField, [title: string, lines: Section]> = {
  people: ['People', (r, inner, chalk) => {
    const nameWidth = Math.min(28, Math.max(0, ...r.people.map((p) => p.name.length)) + 2);
    return r.people.map((p) => {
      const role = [p.title, p.affiliation].filter(Boolean).join(', ');
      return INDENT + chalk.cyan(pad(truncate(p.name, inner), nameWidth)) + chalk.dim(truncate(role, inner - nameWidth - 4)) + times(chalk, p.mentions.length) + because(chalk, p);
    });
  }],
  organizations: ['Organizations', (r, inner, chalk) => r.organizations.map((o) =>
    INDENT + chalk.magenta(truncate(o.name, inner - 12)) + (o.acronym ? chalk.dim(` (${visible(o.acronym)})`) : '') + times(chalk, o.mentions.length) + because(chalk, o))],
  countries: ['Countries', (r, inner, chalk) => {
    const plain = r.countries.map((c) => `${c.name} ${c.code}${c.rule ? ` [${c.rule}]` : ''}`).join(', ');
    // Wrap the plain text, then colour each line's codes, so escape codes never count as width.
    return plain ? wrap(plain, inner).map((line) => INDENT + line.replace(/ ([A-Z]{2}(?: \[[\w.-]+\])?)(,|$)/g, (_m, code, sep) => ` ${chalk.dim(code)}${sep}`)) : [];
  }],
  counts: ['Counts', (r, inner, chalk) => {
    const labels = r.counts.map(countLabel);
    const labelWidth = Math.min(30, Math.max(0, ...labels.map((l) => l.length)) + 2);
    return r.counts.map((c, i) => INDENT + chalk.yellow(pad(labels[i]!, labelWidth)) + chalk.dim(truncate(`“${c.text}”`, inner - labelWidth)) + because(chalk, c));
  }],
  quotes: ['Quotes', (r, inner, chalk) => r.quotes.flatMap((q) => [
    INDENT + (q.speaker ? chalk.green(visible(q.speaker)) : chalk.dim('unattributed')) + (q.verb ? chalk.dim(` (${visible(q.verb)})`) : '') + because(chalk, q),
    ...wrap(truncate(`“${q.text}”`, inner * 3 - 6), inner - 2).map((line) => `${INDENT}  ${line}`),
  ])],
};

function documentLines(r: DocumentRecord, { width, chalk, only }: TableOptions): string[] {
  const inner = Math.max(30, width - INDENT.length);
  return FACT_FIELDS.filter((f) => !only || only.has(f)).flatMap((field) => {
    const [title, lines] = SECTIONS[field];
    return [`  ${chalk.bold(title)} ${chalk.dim(`(${r[field].length})`)}`, ...lines(r, inner, chalk)];
  });
}

/** Coloured, human-readable tables: one block per document, one section per fact type. */
export function tableFormatter(options: TableOptions): Formatter {
  const { chalk } = options;
  return {
    begin: () => '',
    record: (record: OutputRecord, index: number) => {
      const head = `${index > 0 ? '\n' : ''}${chalk.bold.underline(visible(record.source))}`;
      if (isErrorRecord(record)) return `${head}\n  ${chalk.red(visible(`error ${record.error.code}: ${record.error.message}`))}\n`;
      return [`${head} ${chalk.dim(`${record.chars.toLocaleString('en-US')} chars`)}`, ...documentLines(record, options)].join('\n') + '\n';
    },
    end: () => '',
  };
}
