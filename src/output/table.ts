import type { ChalkInstance } from 'chalk';
import { isErrorRecord, type Count, type DocumentRecord, type OutputRecord } from '../types.js';
import type { Formatter } from './formatter.js';

export interface TableOptions {
  /** Terminal width in columns. */
  width: number;
  /** A chalk instance; its level decides whether there is colour at all. */
  chalk: ChalkInstance;
}

const INDENT = '    ';

/** Shortens `s` to `max` characters with an ellipsis. */
export function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
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

function documentLines(r: DocumentRecord, { width, chalk }: TableOptions): string[] {
  const out: string[] = [];
  const inner = Math.max(30, width - INDENT.length);
  const section = (title: string, n: number) => out.push(`  ${chalk.bold(title)} ${chalk.dim(`(${n})`)}`);
  const times = (n: number) => (n > 1 ? chalk.dim(` ×${n}`) : '');
  // With --explain, a fact's rule id as a dim note at the end of its line.
  const because = (fact: { rule?: string }) => (fact.rule ? chalk.dim(` [${fact.rule}]`) : '');

  section('People', r.people.length);
  const nameWidth = Math.min(28, Math.max(0, ...r.people.map((p) => p.name.length)) + 2);
  for (const p of r.people) {
    const role = [p.title, p.affiliation].filter(Boolean).join(', ');
    out.push(INDENT + chalk.cyan(pad(truncate(p.name, inner), nameWidth)) + chalk.dim(truncate(role, inner - nameWidth - 4)) + times(p.mentions.length) + because(p));
  }
  section('Organizations', r.organizations.length);
  for (const o of r.organizations) {
    out.push(INDENT + chalk.magenta(truncate(o.name, inner - 12)) + (o.acronym ? chalk.dim(` (${o.acronym})`) : '') + times(o.mentions.length) + because(o));
  }
  section('Countries', r.countries.length);
  const countries = r.countries.map((c) => `${c.name} ${chalk.dim(c.code)}`).join(', ');
  const plain = r.countries.map((c) => `${c.name} ${c.code}${c.rule ? ` [${c.rule}]` : ''}`).join(', ');
  // Wrap the plain text, then colour each line's codes, so escape codes never count as width.
  if (countries) for (const line of wrap(plain, inner)) out.push(INDENT + line.replace(/ ([A-Z]{2}(?: \[[\w.-]+\])?)(,|$)/g, (_m, code, sep) => ` ${chalk.dim(code)}${sep}`));
  section('Counts', r.counts.length);
  const labels = r.counts.map(countLabel);
  const labelWidth = Math.min(30, Math.max(0, ...labels.map((l) => l.length)) + 2);
  r.counts.forEach((c, i) => {
    out.push(INDENT + chalk.yellow(pad(labels[i]!, labelWidth)) + chalk.dim(truncate(`“${c.text}”`, inner - labelWidth)) + because(c));
  });
  section('Quotes', r.quotes.length);
  for (const q of r.quotes) {
    const who = q.speaker ?? 'unattributed';
    out.push(INDENT + (q.speaker ? chalk.green(who) : chalk.dim(who)) + (q.verb ? chalk.dim(` (${q.verb})`) : '') + because(q));
    for (const line of wrap(truncate(`“${q.text}”`, inner * 3 - 6), inner - 2)) out.push(`${INDENT}  ${line}`);
  }
  return out;
}

/** Coloured, human-readable tables: one block per document, one section per fact type. */
export function tableFormatter(options: TableOptions): Formatter {
  const { chalk, width } = options;
  return {
    begin: () => '',
    record: (record: OutputRecord, index: number) => {
      const head = `${index > 0 ? '\n' : ''}${chalk.bold.underline(record.source)}`;
      if (isErrorRecord(record)) return `${head}\n  ${chalk.red(`error ${record.error.code}: ${record.error.message}`)}\n`;
      return [`${head} ${chalk.dim(`${record.chars.toLocaleString('en-US')} chars`)}`, ...documentLines(record, { width, chalk })].join('\n') + '\n';
    },
    end: () => '',
  };
}
