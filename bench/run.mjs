#!/usr/bin/env node
// npm run bench [-- CORPUS_DIR]: glean's throughput against plain compromise on the same files in
// one run, single-article latency against `node -e 0`, and peak memory over the whole corpus.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus', 'bbc'));
const bin = path.join(root, 'bin', 'glean.js');
const article = path.join(root, 'fixtures', 'articles', 'ocean-rescue.txt');

function corpusSize(dir) {
  let bytes = 0, docs = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) { const s = corpusSize(full); bytes += s.bytes; docs += s.docs; }
    else if (/\.(txt|text|md)$/.test(e.name)) { bytes += fs.statSync(full).size; docs++; }
  }
  return { bytes, docs };
}

/** Wall time in seconds and peak RSS in MB (GNU time, where the machine has it) of one command. */
function measure(args) {
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const cmd = timeBin ? [timeBin, '-f', '%M', process.execPath, ...args] : [process.execPath, ...args];
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  const rssKb = timeBin ? Number(run.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, rssMb: rssKb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 2) => n.toFixed(d);

const { bytes, docs } = corpusSize(corpus);
const mb = bytes / 1e6;
console.log(`corpus: ${corpus} (${docs} documents, ${fmt(mb)} MB)\n`);

const glean = measure([bin, '-f', 'jsonl', '--quiet', corpus]);
const reference = measure([path.join(root, 'bench', 'compromise-reference.mjs'), corpus]);
const row = (name, r) => console.log(`${name.padEnd(20)} ${fmt(r.seconds).padStart(7)} s  ${fmt(mb / r.seconds).padStart(6)} MB/s  ${fmt(docs / r.seconds, 0).padStart(5)} docs/s  peak RSS ${fmt(r.rssMb, 0)} MB`);
console.log('throughput (whole corpus, default options)');
row('glean', glean);
row('plain compromise', reference);
console.log(`ratio                ${fmt(reference.seconds / glean.seconds, 1)}x\n`);

const runs = 15;
const nodeBaseline = median(Array.from({ length: runs }, () => measure(['-e', '0']).seconds));
const single = median(Array.from({ length: runs }, () => measure([bin, '-f', 'jsonl', article]).seconds));
const help = median(Array.from({ length: runs }, () => measure([bin, '--help']).seconds));
console.log(`single article (median of ${runs})`);
console.log(`node -e 0            ${fmt(nodeBaseline * 1000, 0).padStart(5)} ms`);
console.log(`glean -f jsonl one   ${fmt(single * 1000, 0).padStart(5)} ms  (${fmt(single / nodeBaseline, 2)}x node -e 0)`);
console.log(`glean --help         ${fmt(help * 1000, 0).padStart(5)} ms  (${fmt(help / nodeBaseline, 2)}x node -e 0)`);
console.log(`\npeak RSS over the corpus: ${fmt(glean.rssMb, 0)} MB`);
