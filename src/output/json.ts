import { isErrorRecord, FACT_FIELDS, type FactField, type OutputRecord } from '../types.js';
import type { Formatter } from './formatter.js';

/** The record as JSON, without the fact lists `--only` leaves out. */
function recordJson(record: OutputRecord, only?: ReadonlySet<FactField>): string {
  if (!only || isErrorRecord(record)) return JSON.stringify(record);
  const kept: Partial<typeof record> = { ...record };
  for (const field of FACT_FIELDS) if (!only.has(field)) delete kept[field];
  return JSON.stringify(kept);
}

/** One JSON array, written element by element so memory stays flat. */
export const jsonFormatter = (only?: ReadonlySet<FactField>): Formatter => ({
  begin: () => '[',
  record: (record, index) => `${index === 0 ? '\n' : ',\n'}${recordJson(record, only)}`,
  end: (count) => (count === 0 ? ']\n' : '\n]\n'),
});

/** JSON Lines: one record per line. */
export const jsonlFormatter = (only?: ReadonlySet<FactField>): Formatter => ({
  begin: () => '',
  record: (record) => `${recordJson(record, only)}\n`,
  end: () => '',
});
