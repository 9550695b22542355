#!/usr/bin/env node
// npm run bench:report [-- CORPUS_DIR]: the HTML report of a whole corpus in Chromium — its file
// size, the time from navigation to the first page of articles on screen, and how long a click
// on the top person takes to light up their mentions everywhere. Needs chromium (CHROMIUM_PATH).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus', 'bbc'));
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
if (!chromium) {
  console.error('bench:report: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  process.exit(2);
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glean-bench-report-')), 'report.html');
const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'glean.js'), '-q', '-f', 'html', corpus], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (run.status !== 0) throw new Error(`glean -f html failed: ${run.stderr}`);
fs.writeFileSync(report, run.stdout);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const mb = fs.statSync(report).size / 1e6;

const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 1400 });
const t0 = Date.now();
await page.goto(pathToFileURL(report).href, { waitUntil: 'load', timeout: 120_000 });
await page.waitForSelector('article');
const loaded = Date.now() - t0;
const articles = await page.$eval('#glean-status', (s) => s.textContent);
const t1 = Date.now();
await page.click('#glean-summary-view button.person');
await page.waitForSelector('mark.selected');
const clicked = Date.now() - t1;
const status = await page.$eval('#glean-status', (s) => s.textContent);
await browser.close();

console.log(`corpus            ${corpus}`);
console.log(`report            ${mb.toFixed(1)} MB, written in ${seconds.toFixed(1)} s (${articles})`);
console.log(`open in Chromium  ${loaded} ms to the first page of articles`);
console.log(`click top person  ${clicked} ms until every mention is lit (${status})`);
