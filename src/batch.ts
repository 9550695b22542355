import type { Worker } from 'node:worker_threads';
import type { InputItem } from './input/discover.js';
import { userLexiconEntries } from './knowledge/index.js';
import type { LexiconEntry } from './knowledge/lexicon-file.js';
import type { RecordTextOptions } from './output/index.js';
import type { ProcessOptions } from './pipeline.js';
import { isErrorRecord, type ErrorRecord, type OutputRecord } from './types.js';

export interface BatchOptions extends ProcessOptions {
  /** Worker threads to use at most; 1 processes everything on the main thread. */
  jobs: number;
  /**
   * Each record is written as text in the thread that made it, so only strings cross between
   * threads and the main thread just writes them in order; runBatch then emits Rendered.
   */
  render?: RecordTextOptions;
  /** Starts one worker thread running ./worker.js with these options; tests replace it to make workers fail. */
  startWorker?: (workerData: WorkerOptions) => Worker;
}

/** What a worker is started with (its `workerData`). */
export interface WorkerOptions {
  maxSize: number;
  withText: boolean;
  /** The user's --lexicon entries, validated by the main thread; every worker applies the same. */
  lexicon: LexiconEntry[];
  render?: RecordTextOptions;
}

/** A record written as text (see BatchOptions.render), with the record itself when the input failed. */
export interface Rendered {
  text: string;
  error?: ErrorRecord;
}

/** What a thread hands on for each input: its record, or its record's text. */
export type Finished = OutputRecord | Rendered;

/** What a worker is sent: a document, with its index in the whole input (some formats write the first record differently). */
export interface WorkerTask {
  id: number;
  index: number;
  item: InputItem;
}

/** What a worker posts: once `ready` when it has loaded, then one result per document sent to it. */
export type WorkerMessage = { ready: true } | { id: number; result: Finished };

/** Called once per input, in input order; may return a promise to apply back-pressure. */
export type Emit<T = OutputRecord> = (result: T, index: number) => void | Promise<void>;

export const rendered = (record: OutputRecord, text: string): Rendered => (isErrorRecord(record) ? { text, error: record } : { text });

/** How a thread turns its records into what it hands on: kept as they are, or written as text. */
export async function finisher(render: RecordTextOptions | undefined): Promise<(record: OutputRecord, index: number) => Finished> {
  if (!render) return (record) => record;
  const text = await (await import('./output/index.js')).recordText(render);
  return (record, index) => rendered(record, text(record, index));
}

interface Task extends WorkerTask {
  resolve: (result: Finished | Promise<Finished>) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to the worker, oldest first; the worker processes them in that order, one at a time. */
  tasks: Task[];
  /** The worker has loaded its modules and said so: a death before that is a start-up failure. */
  ready: boolean;
  dead: boolean;
}

/**
 * The extraction, loaded on the main thread only when a document is processed there: with
 * workers doing the work, the main thread never holds the rules and their tables.
 */
async function processInput(...args: Parameters<typeof import('./pipeline.js').processInput>): Promise<OutputRecord> {
  return (await import('./pipeline.js')).processInput(...args);
}

/** Finishes records on the main thread (documents processed there, records of workers that died), loading the formats once. */
function mainThreadFinisher(render: RecordTextOptions | undefined) {
  let finish: ReturnType<typeof finisher> | undefined;
  return async (record: OutputRecord, index: number) => (await (finish ??= finisher(render)))(record, index);
}

/** Documents sent to a worker ahead of the one it is processing, so it never waits for the next. */
const PREFETCH = 1;

/**
 * A worker's young generation, in MB (V8 gives three times the semi-space size; its default
 * grows to 48). A document's garbage dies young and is small, so a quarter of that is as fast
 * and keeps each worker some 25 MB smaller.
 */
const YOUNG_GENERATION_MB = 12;

/** Starts workers running ./worker.js; node:worker_threads loads only for a run that has workers (one article has none). */
async function defaultWorkerStart(): Promise<(workerData: WorkerOptions) => Worker> {
  const { Worker } = await import('node:worker_threads');
  return (workerData) => new Worker(new URL('./worker.js', import.meta.url), { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

/**
 * Worker threads, started as documents arrive (never more than `size`, never more than there are
 * documents), fed from one queue. A worker that dies (out of memory, killed) fails only the
 * document it was processing; the documents sent ahead to it go back to the queue and a new
 * worker takes its place. A worker that cannot be started (a low process limit) leaves the work
 * to the others; with none at all, the main thread processes the rest.
 */
class WorkerPool {
  private readonly queue: Task[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 0;
  private canStart = true;
  private closing = false;
  private mainThread: Promise<void> = Promise.resolve();

  constructor(
    private readonly size: number,
    private readonly options: BatchOptions,
    private readonly startWorker: (workerData: WorkerOptions) => Worker,
    private readonly finishHere: (record: OutputRecord, index: number) => Promise<Finished>,
  ) {}

  run(item: InputItem, index: number): Promise<Finished> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, index, item, resolve });
      this.dispatch();
    });
  }

  close(): Promise<unknown> {
    this.closing = true;
    return Promise.all([...this.slots].map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) this.feed(slot);
    while (this.queue.length && this.canStart && this.slots.size < this.size) {
      const slot = this.start();
      if (slot) this.feed(slot);
    }
    if (this.slots.size === 0 && !this.canStart) {
      for (const task of this.queue.splice(0)) {
        this.mainThread = this.mainThread.then(async () => task.resolve(this.finishHere(await processInput(task.item, this.options), task.index)));
      }
    }
  }

  private feed(slot: Slot): void {
    while (this.queue.length && slot.tasks.length <= PREFETCH) {
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      slot.worker.postMessage({ id: task.id, index: task.index, item: task.item } satisfies WorkerTask);
    }
  }

  private start(): Slot | null {
    let worker: Worker;
    try {
      const { maxSize, withText, render } = this.options;
      worker = this.startWorker({ maxSize, withText: Boolean(withText), lexicon: userLexiconEntries(), render });
    } catch {
      this.canStart = false; // EAGAIN and the like: the process may not have more threads
      return null;
    }
    const slot: Slot = { worker, tasks: [], ready: false, dead: false };
    this.slots.add(slot);
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        return;
      }
      const { id, result } = message;
      const k = slot.tasks.findIndex((t) => t.id === id);
      if (k < 0) return;
      slot.tasks.splice(k, 1)[0]!.resolve(result);
      this.dispatch();
    });
    // An uncaught error is followed by 'exit', and only 'exit' comes after every message the worker
    // posted (Node drains its port first): deciding at 'error' could blame the document before.
    let error: string | undefined;
    worker.on('error', (err) => { error ??= err.message; });
    worker.on('exit', (code) => this.died(slot, error ?? `worker thread stopped (exit code ${code})`));
    return slot;
  }

  private died(slot: Slot, reason: string): void {
    if (slot.dead || this.closing) return;
    slot.dead = true;
    this.slots.delete(slot);
    const [current, ...ahead] = slot.tasks;
    if (!slot.ready) {
      // It never got going (its modules failed to load, say): its documents go to the others, and no new worker is tried.
      this.canStart = false;
      this.queue.unshift(...slot.tasks);
    } else {
      this.queue.unshift(...ahead);
      current?.resolve(this.finishHere({ source: current.item.source, error: { code: 'EWORKER', message: `processing failed: ${reason}` } }, current.index));
    }
    this.dispatch();
  }
}

async function* prepend<T>(first: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* first;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

/**
 * Processes every input and emits its result in input order, whatever the parallelism: its
 * record, or with `render` its record's text. At most a few documents per worker are in flight,
 * so memory stays flat on any archive.
 */
export function runBatch(items: AsyncIterable<InputItem>, options: BatchOptions & { render: RecordTextOptions }, emit: Emit<Rendered>): Promise<number>;
export function runBatch(items: AsyncIterable<InputItem>, options: BatchOptions & { render?: undefined }, emit: Emit<OutputRecord>): Promise<number>;
export async function runBatch(items: AsyncIterable<InputItem>, options: BatchOptions, emitAny: Emit<Rendered> | Emit<OutputRecord>): Promise<number> {
  // Each thread finishes records as `options.render` says: the overloads tie that to `emit`'s type.
  const emit = emitAny as Emit<Finished>;
  const iterator = items[Symbol.asyncIterator]();
  const head: InputItem[] = [];
  while (head.length < 2) {
    const r = await iterator.next();
    if (r.done) break;
    head.push(r.value);
  }
  const all = prepend(head, iterator);
  const finishHere = mainThreadFinisher(options.render);
  let index = 0;
  // One document, or one job: no worker start-up to pay for.
  if (options.jobs <= 1 || head.length < 2) {
    for await (const item of all) await emit(await finishHere(await processInput(item, options), index), index++);
    return index;
  }
  const pool = new WorkerPool(options.jobs, options, options.startWorker ?? (await defaultWorkerStart()), finishHere);
  const inFlight: Array<Promise<Finished>> = [];
  const window = options.jobs * 4;
  try {
    for await (const item of all) {
      const at = index + inFlight.length;
      inFlight.push(item.kind === 'file' || item.kind === 'document' ? pool.run(item, at) : processInput(item, options).then((record) => finishHere(record, at)));
      if (inFlight.length >= window) await emit(await inFlight.shift()!, index++);
    }
    while (inFlight.length) await emit(await inFlight.shift()!, index++);
  } finally {
    await pool.close();
  }
  return index;
}
