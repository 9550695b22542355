/** Worker-thread entry: processes the files the batch runner sends, one message per document. */
import { parentPort } from 'node:worker_threads';
import type { InputItem } from './input/discover.js';
import { processInput } from './pipeline.js';

parentPort!.on('message', async ({ id, item, withText }: { id: number; item: InputItem; withText: boolean }) => {
  // File items only: stdin is always read by the main thread.
  parentPort!.postMessage({ id, record: await processInput(item, process.stdin, withText) });
});
