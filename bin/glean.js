#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Optimise a function only after it has run for longer than V8's default: the extraction rules
// are long functions with many rarely taken branches, and optimised too early each is compiled
// again every time a document takes a new branch. With the default, a third of a run's CPU time
// went to recompiling them (see the README's Performance section). It applies to every thread.
setFlagsFromString('--interrupt-budget=1000000');
// Let a heap grow by at most 30% of what a full collection leaves before the next one. V8's
// default factor (up to 4x on a machine with gigabytes of memory) let each worker's old
// generation fill with garbage promoted document after document, so peak memory grew with the
// length of the run; a worker keeps about 10 MB from one full collection to the next.
setFlagsFromString('--heap-growing-percent=30');

const { main } = await import('../dist/cli/main.js');
main();
