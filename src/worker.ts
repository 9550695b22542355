/** Worker-thread entry: processes the files the batch runner sends, one message per document. */
import { parentPort, workerData } from 'node:worker_threads';
import type { InputItem } from './input/discover.js';
import { setUserLexicon } from './knowledge/index.js';
import type { LexiconEntry } from './knowledge/lexicon-file.js';
import { processInput } from './pipeline.js';

// The main thread validated the user's --lexicon files; every worker applies the same entries.
setUserLexicon((workerData as { lexicon?: LexiconEntry[] } | null)?.lexicon ?? []);

parentPort!.on('message', async ({ id, item, withText }: { id: number; item: InputItem; withText: boolean }) => {
  // File items only: stdin is always read by the main thread.
  parentPort!.postMessage({ id, record: await processInput(item, process.stdin, withText) });
});
