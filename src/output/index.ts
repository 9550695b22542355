import { makeCsvFormatter } from './csv.js';
import type { Formatter } from './formatter.js';
import { jsonFormatter, jsonlFormatter } from './json.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];
export type { Formatter };

/** The formatter for a format name; the table's modules (and chalk) load only when asked for. */
export async function makeFormatter(format: FormatName, terminal: { width: number; colorLevel: 0 | 1 | 2 | 3 }, facts = { explain: false }): Promise<Formatter> {
  switch (format) {
    case 'table': {
      const [{ tableFormatter }, { Chalk }] = await Promise.all([import('./table.js'), import('chalk')]);
      return tableFormatter({ width: terminal.width, chalk: new Chalk({ level: terminal.colorLevel }) });
    }
    case 'json': return jsonFormatter;
    case 'jsonl': return jsonlFormatter;
    case 'csv': return makeCsvFormatter(facts.explain);
  }
}
