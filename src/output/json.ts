import type { Formatter } from './formatter.js';

/** One JSON array, written element by element so memory stays flat. */
export const jsonFormatter: Formatter = {
  begin: () => '[',
  record: (record, index) => `${index === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`,
  end: (count) => (count === 0 ? ']\n' : '\n]\n'),
};

/** JSON Lines: one record per line. */
export const jsonlFormatter: Formatter = {
  begin: () => '',
  record: (record) => `${JSON.stringify(record)}\n`,
  end: () => '',
};
