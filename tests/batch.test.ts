import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions, type WorkerOptions } from '../src/batch.js';
import type { InputItem } from '../src/input/discover.js';
import type { OutputRecord } from '../src/types.js';

// The batch runner against workers that die or cannot be started. Workers run the built
// pipeline (npm test builds first); a test worker speaks the protocol of src/worker.ts and
// dies on purpose when it reaches a document whose name says "doomed".
const pipeline = new URL('../dist/pipeline.js', import.meta.url).href;
const testWorker = (death: 'exit' | 'throw' | 'never-ready') => (workerData: WorkerOptions) => new Worker(`
  const { parentPort, workerData } = require('node:worker_threads');
  let previous = Promise.resolve();
  parentPort.on('message', ({ id, item }) => {
    previous = previous.then(async () => {
      if (item.source.includes('doomed')) {
        ${death === 'exit' ? 'process.exit(3);' : "setImmediate(() => { throw new Error('JS heap out of memory (simulated)'); }); await new Promise(() => {});"}
      }
      const { processInput } = await import(${JSON.stringify(pipeline)});
      parentPort.postMessage({ id, record: await processInput(item, { maxSize: workerData.maxSize, stdin: process.stdin }) });
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
