#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Optimise a function only after it has run for longer than V8's default: the extraction rules
// are long functions with many rarely taken branches, and optimised too early each is compiled
// again every time a document takes a new branch. With the default, a third of a run's CPU time
// went to recompiling them (see the README's Performance section). It applies to every thread.
setFlagsFromString('--interrupt-budget=1000000');

const { main } = await import('../dist/cli/main.js');
main();
