/** What a worker thread runs: processes the files the batch runner sends, one at a time, in the order sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { finisher, type WorkerMessage, type WorkerOptions, type WorkerTask } from './batch.js';
import { setUserLexicon } from './knowledge/index.js';
import { processInput } from './pipeline.js';

export async function serveBatch(): Promise<void> {
  const { maxSize, withText, lexicon, render } = workerData as WorkerOptions;
  setUserLexicon(lexicon);
  const finish = await finisher(render);
  let previous: Promise<void> = Promise.resolve();
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);

  parentPort!.on('message', ({ id, index, item }: WorkerTask) => {
    // One document at a time, so when this thread dies the batch runner knows which one it was on.
    // File items only: stdin is always read by the main thread.
    previous = previous.then(async () => post({ id, result: finish(await processInput(item, { maxSize, withText, stdin: process.stdin }), index) }));
  });
  post({ ready: true });
}
