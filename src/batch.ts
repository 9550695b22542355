import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { InputItem } from './input/discover.js';
import { userLexiconEntries } from './knowledge/index.js';
import { processInput } from './pipeline.js';
import type { OutputRecord } from './types.js';

export interface BatchOptions {
  /** Worker threads to use; 1 processes everything on the main thread. */
  jobs: number;
  stdin: Readable;
  /** Records carry the text their offsets point into. */
  withText?: boolean;
}

/** Called once per input, in input order; may return a promise to apply back-pressure. */
export type Emit = (record: OutputRecord, index: number) => void | Promise<void>;

interface Task {
  resolve: (record: OutputRecord) => void;
  source: string;
}

/** A fixed set of workers, each given the next file when it has the fewest outstanding tasks. */
class WorkerPool {
  private readonly workers: Array<{ worker: Worker; tasks: Map<number, Task> }>;
  private nextId = 0;

  constructor(size: number, private readonly withText: boolean) {
    const url = new URL('./worker.js', import.meta.url);
    this.workers = Array.from({ length: size }, () => {
      // Every worker applies the user's --lexicon entries the main thread validated.
      const slot = { worker: new Worker(url, { workerData: { lexicon: userLexiconEntries() } }), tasks: new Map<number, Task>() };
      slot.worker.on('message', ({ id, record }: { id: number; record: OutputRecord }) => {
        slot.tasks.get(id)?.resolve(record);
        slot.tasks.delete(id);
      });
      // A worker that dies (out of memory, say) fails its own documents, not the run.
      slot.worker.on('error', (err) => {
        for (const task of slot.tasks.values()) task.resolve({ source: task.source, error: { code: 'EWORKER', message: err.message } });
        slot.tasks.clear();
      });
      return slot;
    });
  }

  run(item: InputItem): Promise<OutputRecord> {
    const slot = this.workers.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.tasks.set(id, { resolve, source: item.source });
      slot.worker.postMessage({ id, item, withText: this.withText });
    });
  }

  close(): Promise<unknown> {
    return Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

async function* prepend<T>(first: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* first;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

/**
 * Processes every input and emits its record in input order, whatever the parallelism.
 * At most a few documents per worker are in flight, so memory stays flat on any archive.
 */
export async function runBatch(items: AsyncIterable<InputItem>, options: BatchOptions, emit: Emit): Promise<number> {
  const iterator = items[Symbol.asyncIterator]();
  const head: InputItem[] = [];
  while (head.length < 2) {
    const r = await iterator.next();
    if (r.done) break;
    head.push(r.value);
  }
  const all = prepend(head, iterator);
  let index = 0;
  // One document, or one job: no worker start-up to pay for.
  if (options.jobs <= 1 || head.length < 2) {
    for await (const item of all) await emit(await processInput(item, options.stdin, options.withText), index++);
    return index;
  }
  const pool = new WorkerPool(options.jobs, Boolean(options.withText));
  const inFlight: Array<Promise<OutputRecord>> = [];
  const window = options.jobs * 4;
  try {
    for await (const item of all) {
      inFlight.push(item.kind === 'file' ? pool.run(item) : processInput(item, options.stdin, options.withText));
      if (inFlight.length >= window) await emit(await inFlight.shift()!, index++);
    }
    while (inFlight.length) await emit(await inFlight.shift()!, index++);
  } finally {
    await pool.close();
  }
  return index;
}
