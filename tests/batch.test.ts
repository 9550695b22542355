import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions, type Rendered, type WorkerOptions } from '../src/batch.js';
import type { InputItem } from '../src/input/discover.js';
import type { OutputRecord } from '../src/types.js';

// The batch runner against workers that die or cannot be started. Workers run the built
// pipeline (npm test builds first); a test worker speaks the protocol of src/worker.ts and
// dies on purpose when it reaches a document whose name says "doomed".
const built = (module: string) => JSON.stringify(new URL(`../dist/${module}`, import.meta.url).href);
const testWorker = (death: 'exit' | 'throw' | 'never-ready') => (workerData: WorkerOptions) => new Worker(`
  const { parentPort, workerData } = require('node:worker_threads');
  let previous = Promise.resolve();
  parentPort.on('message', ({ id, index, item }) => {
    previous = previous.then(async () => {
      if (item.source.includes('doomed')) {
        ${death === 'exit' ? 'process.exit(3);' : "setImmediate(() => { throw new Error('JS heap out of memory (simulated)'); }); await new Promise(() => {});"}
      }
      const [{ processInput }, { finisher }] = await Promise.all([import(${built('pipeline.js')}), import(${built('batch.js')})]);
      const finish = await finisher(workerData.render);
      parentPort.postMessage({ id, result: finish(await processInput(item, { maxSize: workerData.maxSize, stdin: process.stdin }), index) });
    });
  });
  ${death === 'never-ready' ? "throw new Error('cannot load');" : 'parentPort.postMessage({ ready: true });'}
`, { eval: true, workerData });

const dir = mkdtempSync(path.join(tmpdir(), 'glean-batch-'));
const files = (names: string[]): InputItem[] => names.map((name) => ({ kind: 'file', source: path.join(dir, name) }));
beforeAll(() => {
  for (let i = 0; i < 30; i++) {
    for (const prefix of ['ok', 'doomed']) writeFileSync(path.join(dir, `${prefix}-${i}.txt`), `Ms. Ines Varga said ${i + 2} boats were lost.\n`);
  }
});

/** The worker glean runs (the built one: vitest runs the sources). */
const gleanWorker = (workerData: WorkerOptions) => new Worker(new URL('../dist/worker.js', import.meta.url), { workerData });

async function run(items: InputItem[], options: Partial<BatchOptions>): Promise<OutputRecord[]> {
  const out: OutputRecord[] = [];
  const count = await runBatch((async function* () { yield* items; })(), { jobs: 2, maxSize: 1 << 20, stdin: Readable.from([]), ...options }, (r, i) => {
    out[i] = r;
  });
  expect(count).toBe(items.length);
  return out;
}
const code = (r: OutputRecord) => ('error' in r ? r.error.code : 'ok');

describe('runBatch when a worker dies', () => {
  const names = Array.from({ length: 24 }, (_, i) => (i === 3 || i === 12 || i === 13 ? `doomed-${i}.txt` : `ok-${i}.txt`));

  it.each(['exit', 'throw'] as const)('gives every input a record, in order, and fails only the documents being processed (%s)', async (death) => {
    const items = files(names);
    const records = await run(items, { jobs: 3, startWorker: testWorker(death) });
    expect(records.map((r) => r.source)).toEqual(items.map((i) => i.source));
    expect(records.map(code)).toEqual(names.map((n) => (n.startsWith('doomed') ? 'EWORKER' : 'ok')));
    for (const r of records) if (!('error' in r)) expect(r.people.map((p) => p.name)).toEqual(['Ines Varga']);
  }, 15_000);

  it('gets through when every document kills its worker', async () => {
    const items = files(['doomed-1.txt', 'doomed-2.txt', 'doomed-3.txt', 'doomed-4.txt', 'doomed-5.txt']);
    expect((await run(items, { startWorker: testWorker('exit') })).map(code)).toEqual(Array(5).fill('EWORKER'));
  }, 15_000);
});

describe('runBatch when workers cannot be started', () => {
  const items = files(Array.from({ length: 10 }, (_, i) => `ok-${i}.txt`));
  const eagain = () => {
    throw Object.assign(new Error('EAGAIN'), { code: 'ERR_WORKER_INIT_FAILED' });
  };

  it('uses the workers it could start', async () => {
    let started = 0;
    const records = await run(items, { jobs: 4, startWorker: (data) => (started++ === 0 ? testWorker('exit')(data) : eagain()) });
    expect(records.map(code)).toEqual(Array(10).fill('ok'));
  }, 15_000);

  it('falls back to the main thread when none can be started', async () => {
    expect((await run(items, { jobs: 4, startWorker: eagain })).map(code)).toEqual(Array(10).fill('ok'));
  }, 15_000);

  it('falls back when a worker dies before it is ready, losing no document', async () => {
    expect((await run(items, { jobs: 2, startWorker: testWorker('never-ready') })).map(code)).toEqual(Array(10).fill('ok'));
  }, 15_000);

  it('starts no more workers than there are documents', async () => {
    let started = 0;
    await run(items.slice(0, 3), { jobs: 100, startWorker: (data) => (started++, testWorker('exit')(data)) });
    expect(started).toBeLessThanOrEqual(3);
  }, 15_000);
});

describe('runBatch writing records where they are made', () => {
  const render = { format: 'json', width: 80, colorLevel: 0, explain: false } as const;
  async function texts(items: InputItem[], options: Partial<BatchOptions>): Promise<Rendered[]> {
    const out: Rendered[] = [];
    await runBatch((async function* () { yield* items; })(), { jobs: 2, maxSize: 1 << 20, stdin: Readable.from([]), ...options, render }, (r, i) => {
      out[i] = r;
    });
    return out;
  }

  it('gives, from two workers, the texts one thread writes, in input order', async () => {
    const items = files(Array.from({ length: 12 }, (_, i) => `ok-${i}.txt`));
    const one = await texts(items, { jobs: 1 });
    expect(await texts(items, { jobs: 2, startWorker: gleanWorker })).toEqual(one);
    // The JSON array's first element is written without the comma the others start with.
    expect(one.map((r) => r.text.slice(0, 2))).toEqual(['\n{', ...Array(11).fill(',\n')]);
    expect(one.map((r) => JSON.parse(r.text.replace(/^,?\n/, '')).source)).toEqual(items.map((i) => i.source));
    expect(one.every((r) => r.error === undefined)).toBe(true);
  }, 15_000);

  it('writes the record of a document whose worker died, with its error', async () => {
    const names = ['ok-1.txt', 'doomed-2.txt', 'ok-3.txt', 'ok-4.txt'];
    const out = await texts(files(names), { startWorker: testWorker('exit') });
    expect(out.map((r) => r.error?.error.code ?? 'ok')).toEqual(['ok', 'EWORKER', 'ok', 'ok']);
    expect(JSON.parse(out[1]!.text.replace(/^,\n/, ''))).toEqual(out[1]!.error);
  }, 15_000);
});
