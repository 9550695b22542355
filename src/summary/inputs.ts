/**
 * The records a summary folds together, in argument order: glean's own JSON Lines (a file, or
 * `-` when stdin carries records) are read back as they are; every other argument is extracted
 * like `glean [paths]` does, runs of such arguments sharing one batch.
 */
import type { Readable } from 'node:stream';
import { runBatch, type Emit } from '../batch.js';
import { documents, type DocumentOptions } from '../input/documents.js';
import { fileHoldsRecords, fileRecords, readRecords, stdinHoldsRecords } from '../input/records.js';
import type { OutputRecord } from '../types.js';

export interface SummaryInputOptions extends DocumentOptions {
  jobs: number;
  stdin: Readable;
}

export async function summaryInputs(paths: string[], options: SummaryInputOptions, emit: Emit): Promise<number> {
  let index = 0;
  const forward = (record: OutputRecord) => emit(record, index++);
  let articles: string[] = [];
  const flush = async () => {
    if (!articles.length) return;
    const batch = articles;
    articles = [];
    await runBatch(documents(batch, options), { jobs: options.jobs, maxSize: options.maxSize, stdin: options.stdin }, (record) => forward(record));
  };
  for (const path of paths) {
    const records = path === '-' ? ((await stdinHoldsRecords(options.stdin)) ? readRecords('-', options.stdin) : null)
      : (await fileHoldsRecords(path)) ? fileRecords(path) : null;
    if (!records) {
      articles.push(path);
      continue;
    }
    await flush();
    for await (const record of records) await forward(record);
  }
  await flush();
  return index;
}
