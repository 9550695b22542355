#!/usr/bin/env node
// Re-measures extraction quality with the shared scorer (../shared/eval):
//   the dev gold articles (score.mjs) and the CoNLL-2003 dev split (conll.mjs, PER and ORG).
// usage: npm run eval [-- --show N]   (needs a build: npm run build)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.join(root, '..', 'shared');
const bin = path.join(root, 'bin', 'glean.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glean-eval-'));
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : '0';

const node = (args, opts = {}) => execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
const glean = (paths) => node([bin, '-f', 'jsonl', ...paths]);

// Gold files are named <category>__<article>.json after corpus/bbc/<category>/<article>.txt.
const goldDir = path.join(shared, 'gold', 'dev');
const articles = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => path.join(shared, 'corpus', 'bbc', ...f.replace(/\.json$/, '').split('__')) + '.txt');
fs.writeFileSync(path.join(tmp, 'dev.jsonl'), glean(articles));
console.log(`== dev gold (${articles.length} articles)`);
process.stdout.write(node([path.join(shared, 'eval', 'score.mjs'), path.join(tmp, 'dev.jsonl'), goldDir], { env: { ...process.env, SCORE_SHOW: show } }));

const testa = path.join(shared, 'data', 'conll2003', 'eng.testa');
node([path.join(shared, 'eval', 'conll.mjs'), 'split', testa, path.join(tmp, 'testa')]);
fs.writeFileSync(path.join(tmp, 'testa.jsonl'), glean([path.join(tmp, 'testa')]));
console.log('== CoNLL-2003 dev (eng.testa)');
process.stdout.write(node([path.join(shared, 'eval', 'conll.mjs'), 'score', testa, path.join(tmp, 'testa.jsonl')]));
fs.rmSync(tmp, { recursive: true, force: true });
