import type { OutputRecord } from '../types.js';

/**
 * Turns a stream of records into output text. Pure: each method returns the text to write,
 * so the CLI can stream records as documents finish.
 */
export interface Formatter {
  begin(): string;
  record(record: OutputRecord, index: number): string;
  end(count: number): string;
}
