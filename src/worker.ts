/** Worker-thread entry: processes the files the batch runner sends, one at a time, in the order sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage, WorkerOptions } from './batch.js';
import type { InputItem } from './input/discover.js';
import { processInput } from './pipeline.js';

const { maxSize, withText } = workerData as WorkerOptions;
let previous: Promise<void> = Promise.resolve();
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

parentPort!.on('message', ({ id, item }: { id: number; item: InputItem }) => {
  // One document at a time, so when this thread dies the batch runner knows which one it was on.
  // File items only: stdin is always read by the main thread.
  previous = previous.then(async () => post({ id, record: await processInput(item, { maxSize, withText, stdin: process.stdin }) }));
});
post({ ready: true });
