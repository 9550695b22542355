#!/usr/bin/env node
// npm run bench:profile [-- FOLDER]: where one thread's time goes. Runs glean with --jobs 1 under
// V8's CPU profiler over the folder (default ../shared/corpus/bbc) and prints self time summed by
// source folder, then the functions with the most self time. The main thread runs the engine
// bundle, so a sample's source module is found from the "// src/…" comment esbuild writes above
// each module in dist/bundle/engine.cjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus', 'bbc'));
const bundle = path.join(root, 'dist', 'bundle', 'engine.cjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glean-profile-'));
const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, path.join(root, 'bin', 'glean.js'), '-j', '1', '-q', '-f', 'jsonl', corpus], { stdio: ['ignore', 'ignore', 'inherit'] });
if (run.status !== 0 && run.status !== 1) {
  console.error(`profile: glean failed (exit ${run.status})`);
  process.exit(1);
}
const profile = JSON.parse(fs.readFileSync(path.join(dir, fs.readdirSync(dir)[0]), 'utf8'));
fs.rmSync(dir, { recursive: true, force: true });

/** Module comments of the bundle, by line: [line, "src/…"]. */
const modules = fs.readFileSync(bundle, 'utf8').split('\n').flatMap((line, i) => (/^\/\/ (src|node_modules)\//.test(line) ? [[i, line.slice(3)]] : []));
function moduleAt(line) {
  let lo = 0, hi = modules.length - 1, found = '(bundle prelude)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (modules[mid][0] <= line) [found, lo] = [modules[mid][1], mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/** The README's groups of source folders, first match wins. */
const GROUPS = [
  [/^node_modules\//, 'packages'],
  [/^src\/extract\/(entities\/|people|organizations)/, 'names: chunking, classifying, merging (src/extract/entities/, people.ts, organizations.ts)'],
  [/^src\/extract\/quotes/, 'quotes and their speakers (src/extract/quotes*)'],
  [/^src\/extract\/counts/, 'counts (src/extract/counts*)'],
  [/^src\/extract\/countries/, 'countries'],
  [/^src\/(extract\/index|pipeline|pieces|rules\/)/, 'rule tables, extractFacts, the pipeline and pieces'],
  [/^src\/text\//, 'tokenizing and sentences (src/text/)'],
  [/^src\/knowledge\//, 'knowledge look-ups (src/knowledge/)'],
  [/^src\/lexicon\//, 'word lists (src/lexicon/)'],
  [/^src\/input\//, 'reading, decoding and finding the files (src/input/)'],
  [/^src\/output\//, 'JSON output (src/output/)'],
  [/^src\/batch/, 'the batch runner (src/batch.ts)'],
];
function group(node) {
  const { url, functionName, lineNumber } = node.callFrame;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (url === bundle || url.endsWith('/dist/bundle/engine.cjs')) {
    const module = moduleAt(lineNumber);
    return GROUPS.find(([test]) => test.test(module))?.[1] ?? module;
  }
  return "Node's internals: module loading, file system and stream calls, V8";
}

const selfTime = new Map();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byGroup = new Map(), byFunction = new Map();
let total = 0;
for (const node of profile.nodes) {
  const t = selfTime.get(node.id) ?? 0;
  if (!t || node.callFrame.functionName === '(idle)') continue;
  total += t;
  const g = group(node);
  byGroup.set(g, (byGroup.get(g) ?? 0) + t);
  const f = `${node.callFrame.functionName || '(anonymous)'} (${path.basename(node.callFrame.url) || 'native'}:${node.callFrame.lineNumber + 1})`;
  byFunction.set(f, (byFunction.get(f) ?? 0) + t);
}
const row = ([name, t]) => console.log(`${`${((100 * t) / total).toFixed(1)}%`.padStart(6)} ${`${(t / 1e3).toFixed(0)} ms`.padStart(8)}  ${name}`);
console.log(`one thread over ${corpus}: ${(total / 1e6).toFixed(2)} s of samples\n\nby source folder`);
[...byGroup].sort((a, b) => b[1] - a[1]).forEach(row);
console.log('\nfunctions with the most self time');
[...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15).forEach(row);
