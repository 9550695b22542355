#!/usr/bin/env node
// npm run bench [-- CORPUS_DIR]: glean's throughput against plain compromise on the same files in
// one run, how it scales with --jobs, single-article latency against `node -e 0`, and peak memory
// over the corpus given once, three and six times. Every figure is printed beside its target.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus', 'bbc'));
const bin = path.join(root, 'bin', 'glean.js');
const article = path.join(root, 'fixtures', 'articles', 'ocean-rescue.txt');
const TEXT = /\.(txt|text|md)$/;

function corpusSize(dir) {
  let bytes = 0, docs = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) { const s = corpusSize(full); bytes += s.bytes; docs += s.docs; }
    else if (TEXT.test(e.name)) { bytes += fs.statSync(full).size; docs++; }
  }
  return { bytes, docs };
}

const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Wall time, CPU time (user + system, s) and peak RSS (MB) of one command; CPU and RSS need GNU
 * time. With `records`, the command is a glean run that must write that many JSON Lines: a run
 * that fails (no build, a crash) is reported, never timed as if it had done the work.
 */
function measure(args, records, env = process.env) {
  const cmd = timeBin ? [timeBin, '-f', '%U %S %M', process.execPath, ...args] : [process.execPath, ...args];
  const out = path.join(os.tmpdir(), `glean-bench-${process.pid}.out`);
  const fd = fs.openSync(out, 'w');
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26, env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  fs.closeSync(fd);
  const lines = records === undefined ? 0 : fs.readFileSync(out).reduce((n, byte) => n + (byte === 10), 0);
  fs.rmSync(out);
  if ((run.status !== 0 && run.status !== 1) || lines !== (records ?? 0)) {
    console.error(`bench: ${args.join(' ')} failed (exit ${run.status}${records === undefined ? '' : `, ${lines} of ${records} records`}):\n${run.stderr}`);
    process.exit(1);
  }
  const [user, system, rssKb] = timeBin ? run.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, cpu: user + system, rssMb: rssKb / 1024 };
}

/** A folder holding `times` copies of the corpus (hard links where the file system allows). */
function repeated(times) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glean-bench-'));
  const copy = (from, to) => {
    fs.mkdirSync(to, { recursive: true });
    for (const e of fs.readdirSync(from, { withFileTypes: true })) {
      const a = path.join(from, e.name), b = path.join(to, e.name);
      if (e.isDirectory()) copy(a, b);
      else if (TEXT.test(e.name)) try { fs.linkSync(a, b); } catch { fs.copyFileSync(a, b); }
    }
  };
  for (let k = 1; k <= times; k++) copy(corpus, path.join(dir, `copy${k}`));
  return dir;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 2) => n.toFixed(d);
const check = (ok) => (ok ? 'ok' : 'MISSED');

const { bytes, docs } = corpusSize(corpus);
const mb = bytes / 1e6;
console.log(`corpus: ${corpus} (${docs} documents, ${fmt(mb)} MB); ${os.availableParallelism()} cores, load average ${os.loadavg().map((l) => fmt(l)).join(' ')}\n`);

const extract = (...extra) => [bin, '-f', 'jsonl', '--quiet', ...extra];
const glean = measure(extract(corpus), docs);
const reference = measure([path.join(root, 'bench', 'compromise-reference.mjs'), corpus]);
const row = (name, r) => console.log(`${name.padEnd(20)} ${fmt(r.seconds).padStart(7)} s  ${fmt(mb / r.seconds).padStart(6)} MB/s  ${fmt(docs / r.seconds, 0).padStart(5)} docs/s  CPU ${fmt(r.cpu).padStart(6)} s  peak RSS ${fmt(r.rssMb, 0)} MB`);
console.log('throughput (whole corpus, default options)');
row('glean', glean);
row('plain compromise', reference);
const ratio = reference.seconds / glean.seconds;
console.log(`ratio                ${fmt(ratio, 1)}x   (targets: >= 2 MB/s ${check(mb / glean.seconds >= 2)}, >= 20x ${check(ratio >= 20)})\n`);

console.log('scaling (whole corpus)\njobs     wall s    MB/s  speed-up   CPU s  peak RSS MB');
const scaling = [1, 2, 4].map((jobs) => ({ jobs, ...measure(extract('--jobs', String(jobs), corpus), docs) }));
for (const s of scaling) {
  console.log(`${String(s.jobs).padEnd(6)} ${fmt(s.seconds).padStart(8)} ${fmt(mb / s.seconds).padStart(7)} ${`${fmt(scaling[0].seconds / s.seconds)}x`.padStart(9)} ${fmt(s.cpu).padStart(7)} ${fmt(s.rssMb, 0).padStart(12)}`);
}
console.log(`(target: --jobs 2 >= 1.7x --jobs 1: ${check(scaling[0].seconds / scaling[1].seconds >= 1.7)})\n`);

const runs = 15;
/** Start-up latency in an environment: medians of `runs` rounds, each running node -e 0, one article and --help in turn. */
function latency(label, env) {
  const rounds = Array.from({ length: runs }, () => [measure(['-e', '0'], undefined, env), measure([bin, '-f', 'jsonl', article], 1, env), measure([bin, '--help'], undefined, env)]);
  const [node, single, help] = [0, 1, 2].map((k) => median(rounds.map((r) => r[k].seconds)));
  console.log(`single article (median of ${runs}), ${label}`);
  console.log(`node -e 0            ${fmt(node * 1000, 0).padStart(5)} ms`);
  console.log(`glean -f jsonl one   ${fmt(single * 1000, 0).padStart(5)} ms  (${fmt(single / node, 2)}x node -e 0; target <= 2x: ${check(single / node <= 2)})`);
  console.log(`glean --help         ${fmt(help * 1000, 0).padStart(5)} ms  (${fmt(help / node, 2)}x node -e 0; target <= 1.3x: ${check(help / node <= 1.3)})\n`);
}
latency('as this environment runs node', process.env);
// Node reads every certificate NODE_EXTRA_CA_CERTS names at start-up, before any script: a bundle
// of the system's roots (some sandboxes set one) makes `node -e 0` several times slower and so
// flatters every ratio above. Without it, the ratios are those of a plain installation.
if (process.env.NODE_EXTRA_CA_CERTS) {
  const { NODE_EXTRA_CA_CERTS, ...plain } = process.env;
  latency(`without NODE_EXTRA_CA_CERTS (set here to ${NODE_EXTRA_CA_CERTS})`, plain);
}

console.log('peak RSS, default options');
const memory = [[1, glean.rssMb]];
for (const times of [3, 6]) {
  const dir = repeated(times);
  try {
    memory.push([times, measure(extract(dir), docs * times).rssMb]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
for (const [times, rss] of memory) console.log(`corpus x${times}            ${fmt(rss, 0).padStart(5)} MB`);
const peak = Math.max(...memory.map(([, rss]) => rss));
console.log(`(targets: <= 150 MB ${check(peak <= 150)}; flat, x6 within 10% of x1: ${check(memory[2][1] <= memory[0][1] * 1.1)})`);
