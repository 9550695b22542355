import { Worker } from 'node:worker_threads';
import type { InputItem } from './input/discover.js';
import { userLexiconEntries } from './knowledge/index.js';
import type { LexiconEntry } from './knowledge/lexicon-file.js';
import type { ProcessOptions } from './pipeline.js';
import type { OutputRecord } from './types.js';

export interface BatchOptions extends ProcessOptions {
  /** Worker threads to use at most; 1 processes everything on the main thread. */
  jobs: number;
  /** Starts one worker thread running ./worker.js with these options; tests replace it to make workers fail. */
  startWorker?: (workerData: WorkerOptions) => Worker;
}

/** What a worker is started with (its `workerData`). */
export interface WorkerOptions {
  maxSize: number;
  withText: boolean;
  /** The user's --lexicon entries, validated by the main thread; every worker applies the same. */
  lexicon: LexiconEntry[];
}

/** What a worker posts: once `ready` when it has loaded, then one record per document sent to it. */
export type WorkerMessage = { ready: true } | { id: number; record: OutputRecord };

/** Called once per input, in input order; may return a promise to apply back-pressure. */
export type Emit = (record: OutputRecord, index: number) => void | Promise<void>;

interface Task {
  id: number;
  item: InputItem;
  resolve: (record: OutputRecord) => void;
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

/** Documents sent to a worker ahead of the one it is processing, so it never waits for the next. */
const PREFETCH = 1;

/**
 * A worker's young generation, in MB (V8 gives three times the semi-space size; its default
 * grows to 48). A document's garbage dies young and is small, so a quarter of that is as fast
 * and keeps each worker some 25 MB smaller.
 */
const YOUNG_GENERATION_MB = 12;

const startDefaultWorker = (workerData: WorkerOptions) =>
  new Worker(new URL('./worker.js', import.meta.url), { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });

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
  ) {}

  run(item: InputItem): Promise<OutputRecord> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, item, resolve });
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
        this.mainThread = this.mainThread.then(async () => task.resolve(await processInput(task.item, this.options)));
      }
    }
  }

  private feed(slot: Slot): void {
    while (this.queue.length && slot.tasks.length <= PREFETCH) {
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      slot.worker.postMessage({ id: task.id, item: task.item });
    }
  }

  private start(): Slot | null {
    let worker: Worker;
    try {
      worker = (this.options.startWorker ?? startDefaultWorker)({ maxSize: this.options.maxSize, withText: Boolean(this.options.withText), lexicon: userLexiconEntries() });
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
      const { id, record } = message;
      const k = slot.tasks.findIndex((t) => t.id === id);
      if (k < 0) return;
      slot.tasks.splice(k, 1)[0]!.resolve(record);
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
      current?.resolve({ source: current.item.source, error: { code: 'EWORKER', message: `processing failed: ${reason}` } });
    }
    this.dispatch();
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
    for await (const item of all) await emit(await processInput(item, options), index++);
    return index;
  }
  const pool = new WorkerPool(options.jobs, options);
  const inFlight: Array<Promise<OutputRecord>> = [];
  const window = options.jobs * 4;
  try {
    for await (const item of all) {
      inFlight.push(item.kind === 'file' || item.kind === 'document' ? pool.run(item) : processInput(item, options));
      if (inFlight.length >= window) await emit(await inFlight.shift()!, index++);
    }
    while (inFlight.length) await emit(await inFlight.shift()!, index++);
  } finally {
    await pool.close();
  }
  return index;
}
