/**
 * Worker-thread entry: runs the batch worker from the engine bundle, as the main thread runs the
 * CLI, so each worker deserializes the bundle's code cache instead of loading and compiling the
 * modules of dist/ one by one.
 */
import { loadBundle } from './load-bundle.js';

await loadBundle('engine').modules['batch-worker.ts']().serveBatch();
