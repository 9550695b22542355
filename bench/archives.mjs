#!/usr/bin/env node
// npm run bench:archives [-- CORPUS_DIR]: the corpus (default ../shared/corpus/bbc) packed by
// scripts/pack-corpus.mjs as one .jsonl.gz and as a .warc.gz of HTML pages, into a temporary
// folder (deleted after): throughput of each against the folder, and whether each gives the
// folder's facts: the same records (sources and lengths aside: a page's text has no last
// newline), and the same facts without their offsets (HTML has no way to say how many blank
// lines or trailing spaces a text had).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus', 'bbc'));
const bin = path.join(root, 'bin', 'glean.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'glean-bench-archives-'));

function glean(input) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, '-f', 'jsonl', '-q', input], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`glean ${input} failed: ${run.stderr}`);
  return { seconds, records: run.stdout.trim().split('\n').map((l) => JSON.parse(l)) };
}
const facts = (records) => records.map(({ source: _s, chars: _c, ...rest }) => JSON.stringify(rest));
const offsets = new Set(['start', 'end', 'text', 'mentions']);
const withoutOffsets = (records) => records.map(({ source: _s, chars: _c, ...rest }) => JSON.stringify(rest, (k, v) => (offsets.has(k) && typeof v !== 'string' ? undefined : k === 'text' || k === 'start' || k === 'end' ? undefined : v)));
const differing = (a, b) => a.filter((f, i) => f !== b[i]).length + Math.abs(a.length - b.length);

try {
  const inputs = { folder: corpus };
  for (const format of ['jsonl.gz', 'warc.gz']) {
    inputs[format] = path.join(scratch, `corpus.${format}`);
    const pack = spawnSync(process.execPath, [path.join(root, 'scripts', 'pack-corpus.mjs'), format, corpus, inputs[format]], { stdio: 'inherit' });
    if (pack.status !== 0) throw new Error(`packing ${format} failed`);
  }
  const mb = (p) => (fs.statSync(p).size / 1e6).toFixed(1);
  const results = {};
  // Alternating runs, the median of three each, so a busy machine weighs on all alike.
  const times = Object.fromEntries(Object.keys(inputs).map((k) => [k, []]));
  for (let round = 0; round < 3; round++) {
    for (const [name, input] of Object.entries(inputs)) {
      const r = glean(input);
      times[name].push(r.seconds);
      results[name] = r.records;
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[1];
  const folderFacts = facts(results.folder);
  const folderFactsNoOffsets = withoutOffsets(results.folder);
  console.log(`corpus: ${corpus} (${results.folder.length} documents)`);
  for (const name of Object.keys(inputs)) {
    const t = median(times[name]);
    console.log(`${name.padEnd(9)} ${t.toFixed(2).padStart(7)} s  ${(results[name].length / t).toFixed(0).padStart(5)} docs/s  ${(t / median(times.folder)).toFixed(3)}x the folder's time  ` +
      `${name === 'folder' ? '' : `${mb(inputs[name])} MB packed; documents with other records than the folder's: ${differing(facts(results[name]), folderFacts)}, ` +
        `with other facts (offsets aside): ${differing(withoutOffsets(results[name]), folderFactsNoOffsets)}`}`);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
