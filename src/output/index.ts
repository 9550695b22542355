import { csvFormatter } from './csv.js';
import type { Formatter } from './formatter.js';
import { jsonFormatter, jsonlFormatter } from './json.js';
import type { FactField, OutputRecord } from '../types.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];
/** The formats of `glean summary`. */
export const SUMMARY_FORMATS = ['table', 'json', 'csv'] as const;
export type { Formatter };

export interface FormatOptions {
  width: number;
  colorLevel: 0 | 1 | 2 | 3;
  only?: ReadonlySet<FactField>;
  /** The facts keep the id of the rule that decided them. */
  explain?: boolean;
}

/** The formatter for a format name; the table's modules (and chalk) load only when asked for. */
export async function makeFormatter(format: FormatName, options: FormatOptions): Promise<Formatter> {
  switch (format) {
    case 'table': {
      const [{ tableFormatter }, { Chalk }] = await Promise.all([import('./table.js'), import('chalk')]);
      return tableFormatter({ width: options.width, chalk: new Chalk({ level: options.colorLevel }), only: options.only });
    }
    case 'json': return jsonFormatter(options.only);
    case 'jsonl': return jsonlFormatter(options.only);
    case 'csv': return csvFormatter({ only: options.only, explain: options.explain });
    case 'html': return (await import('./html.js')).htmlFormatter({ only: options.only });
  }
}

/**
 * The formats whose text for a record depends on that record and its index alone (the HTML
 * report also folds every record into its summary), so any thread can write it.
 */
export type RecordFormatName = Exclude<FormatName, 'html'>;

/** How to write each record: what a worker thread needs to write the text the main thread would. */
export interface RecordTextOptions extends FormatOptions {
  format: RecordFormatName;
}

export type RecordText = (record: OutputRecord, index: number) => string;

/** One record's text from a formatter, as the run writes it: the facts' rule ids only with --explain. */
export async function recordWriter(formatter: Formatter, explain: boolean | undefined): Promise<RecordText> {
  const { withoutRules } = await import('../rules/explain.js');
  return (record, index) => formatter.record(explain ? record : withoutRules(record), index);
}

/** One record's text in a format, written by a formatter of its own (in any thread). */
export async function recordText({ format, ...options }: RecordTextOptions): Promise<RecordText> {
  return recordWriter(await makeFormatter(format, options), options.explain);
}
