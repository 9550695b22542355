import { csvFormatter } from './csv.js';
import type { Formatter } from './formatter.js';
import { jsonFormatter, jsonlFormatter } from './json.js';
import type { FactField } from '../types.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];
/** The formats of `glean summary`. */
export const SUMMARY_FORMATS = ['table', 'json', 'csv'] as const;
export type { Formatter };

/** The formatter for a format name; the table's modules (and chalk) load only when asked for. */
export async function makeFormatter(format: FormatName, options: { width: number; colorLevel: 0 | 1 | 2 | 3; only?: ReadonlySet<FactField>; explain?: boolean }): Promise<Formatter> {
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
