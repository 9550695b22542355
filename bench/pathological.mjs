#!/usr/bin/env node
// npm run bench:pathological: time per MB of adversarial texts (1 MB each) against ordinary news
// (the corpus). Each text is built here, written to a temporary folder and run through the CLI on
// its own. Time is the CPU time of the glean process (user + system, from GNU time where the
// machine has it, else wall time), the fastest of three runs: on a machine shared with other work
// it varies far less.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'glean.js');
const corpus = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus', 'bbc'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glean-pathological-'));

const repeatTo = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const ONE_MB = 1_000_000;

// Invented, pronounceable capitalised words and four-letter acronyms, all different, from a fixed
// seed, so every run builds the same text and no name or acronym repeats.
// (mulberry32: integer arithmetic, so the sequence does not cycle after a few thousand names.)
let seed = 7;
const random = (n) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
};
const word = () => Array.from({ length: 3 }, () => 'bcdfghklmnprstvz'[random(16)] + 'aeiou'[random(5)]).join('').replace(/^./, (c) => c.toUpperCase());
const acronym = () => Array.from({ length: 4 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[random(26)]).join('');
const fill = (make, bytes) => {
  let text = '';
  while (text.length < bytes) text += make();
  return text.slice(0, bytes);
};
const texts = {
  'capitals (A A A)': repeatTo('A ', ONE_MB),
  'capital words': repeatTo('Alpha Beta Gamma Delta ', ONE_MB),
  'quote marks': repeatTo('"', ONE_MB),
  'alternating quotes': repeatTo('" a " “ b ” \' c \' ', ONE_MB),
  'titles (Mr. Dr. President)': repeatTo('Mr. Dr. President ', ONE_MB),
  'number words': repeatTo('one hundred and twenty thousand million ', ONE_MB),
  'digits and separators': repeatTo('1,000,000.5-2 ', ONE_MB),
  'parentheses and acronyms': repeatTo('(ABC (DEF (GHI ', ONE_MB),
  'said said said': repeatTo('said he said she told ', ONE_MB),
  'acronym-heavy names': fill(() => `The ${word()} ${word()} Association (${acronym()}) met. `, ONE_MB),
  'many speakers': fill(() => `"We will not stop," said ${word()} ${word()}. `, ONE_MB),
  'one 3 MB line of news': repeatTo('Officials said 12 people were hurt, and "it was awful," Mr. John Smith of the Red Cross said. ', 3_000_000),
};

const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Seconds one glean run takes: CPU (user + system) with GNU time, else wall time. */
function once(args) {
  const glean = [process.execPath, bin, '-f', 'jsonl', '--quiet', ...args];
  const cmd = timeBin ? [timeBin, '-f', '%U %S', ...glean] : glean;
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`glean ${args.join(' ')}: ${run.stderr}`);
  if (!timeBin) return wall;
  const [user, system] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return user + system;
}

/** The fastest of three runs: other work on the machine only ever adds time. */
const seconds = (args) => Math.min(once(args), once(args), once(args));
function folderBytes(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? folderBytes(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
}

// Start-up (loading Node, the CLI and the word lists) is paid once per run, by the corpus and by
// each text alike: it is measured on a one-line article and left out of every rate.
const tiny = path.join(tmp, 'one-line.txt');
fs.writeFileSync(tiny, 'Officials said 12 people were hurt.\n');
const startup = seconds([tiny]);
const baseline = (seconds(['--jobs', '1', corpus]) - startup) / (folderBytes(corpus) / 1e6);
console.log(`start-up: ${(startup * 1000).toFixed(0)} ms, left out of the rates below (${timeBin ? 'CPU' : 'wall'} time)`);
console.log(`ordinary news (corpus, one job): ${(baseline * 1000).toFixed(0)} ms per MB\n`);
let worst = 0;
for (const [name, text] of Object.entries(texts)) {
  const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.txt`);
  fs.writeFileSync(file, text);
  const perMb = (seconds([file]) - startup) / (Buffer.byteLength(text) / 1e6);
  worst = Math.max(worst, perMb / baseline);
  console.log(`${name.padEnd(28)} ${(perMb * 1000).toFixed(0).padStart(6)} ms per MB  ${(perMb / baseline).toFixed(2)}x news`);
}
console.log(`\nworst: ${worst.toFixed(2)}x the time per MB of ordinary news`);
fs.rmSync(tmp, { recursive: true, force: true });
