import type { ChalkInstance } from 'chalk';
import { csvFormatter } from './csv.js';
import type { Formatter } from './formatter.js';
import { jsonFormatter, jsonlFormatter } from './json.js';
import { tableFormatter } from './table.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];
export type { Formatter };

export function makeFormatter(format: FormatName, terminal: { width: number; chalk: ChalkInstance }): Formatter {
  switch (format) {
    case 'table': return tableFormatter(terminal);
    case 'json': return jsonFormatter;
    case 'jsonl': return jsonlFormatter;
    case 'csv': return csvFormatter;
  }
}
