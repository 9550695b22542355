import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/types.js';

// The HTML report in a real browser: Debian's chromium driven by puppeteer-core (no browser
// download). .ci/run installs chromium; elsewhere the test says why it skips.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'glean.js');
/** Relative to the repository, so the screenshot shows no machine path. */
const fixtures = 'fixtures/articles';
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const SKIP_REASON = chromium ? '' : ' [skipped: needs Chromium (apt-get install chromium, or CHROMIUM_PATH)]';
/** Where the screenshot goes: docs/ when GLEAN_SCREENSHOT=update (for the README), else a scratch folder. */
const screenshotDir = process.env.GLEAN_SCREENSHOT === 'update' ? path.join(root, 'docs') : mkdtempSync(path.join(tmpdir(), 'glean-report-'));

const glean = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 28 });

interface Rendered { source: string; kind: string; start: number; end: number; text: string; entity?: string }

describe.skipIf(!chromium)(`the HTML report in Chromium${SKIP_REASON}`, () => {
  let browser: Browser;
  let page: Page;
  const records = new Map<string, DocumentRecord>();
  const errors: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glean-report-'));
    const report = path.join(dir, 'report.html');
    const html = glean(['-f', 'html', fixtures]);
    expect(html.status).toBe(0);
    writeFileSync(report, html.stdout);
    for (const line of glean(['-f', 'jsonl', '--with-text', fixtures]).stdout.trim().split('\n')) {
      const r = JSON.parse(line) as DocumentRecord;
      records.set(r.source, r);
    }
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`request: ${r.url()}`));
    await page.setViewport({ width: 900, height: 1400 });
    await page.goto(pathToFileURL(report).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const rendered = () => page.$$eval('article', (articles) => articles.flatMap((a) =>
    Array.from(a.querySelectorAll<HTMLElement>('.fact')).map((m) => ({
      source: a.dataset.source!, kind: m.classList[1]!, start: Number(m.dataset.start), end: Number(m.dataset.end),
      text: m.textContent!, entity: m.dataset.entity,
    }))));

  it('opens with no script error and no network request', () => {
    expect(errors).toEqual([]);
  });

  it("highlights every fact, each highlight's text equal to its record's text at those offsets", async () => {
    const marks: Rendered[] = await rendered();
    const expected = [...records.values()].flatMap((r) => [
      ...(['people', 'organizations', 'countries'] as const).flatMap((f) => r[f].flatMap((e) => e.mentions.map((m) => ({ ...m, f })))),
      ...r.counts, ...r.quotes,
    ].map((m) => `${r.source} ${m.start} ${m.end}`));
    expect(marks.map((m) => `${m.source} ${m.start} ${m.end}`).sort()).toEqual(expected.sort());
    for (const m of marks) {
      const text = Array.from(records.get(m.source)!.text!).slice(m.start, m.end).join('');
      expect(m.text).toBe(text);
    }
  });

  it('lights up every mention of an entity, in every article, when it is clicked', async () => {
    const name = 'Helen Marsh';
    const mentions = [...records.values()].flatMap((r) => r.people.filter((p) => p.name === name).flatMap((p) => p.mentions));
    await page.click(`#glean-summary-view button.person:nth-of-type(1)`);
    const button = await page.$eval('#glean-summary-view button.person', (b) => b.textContent);
    expect(button).toBe(name);
    const selected = await page.$$eval('mark.selected', (ms) => ms.map((m) => m.textContent));
    expect(selected.length).toBe(mentions.length);
    expect(await page.$eval('#glean-status', (s) => s.textContent)).toContain(`mention ${name}`);
  });

  it('shows the fact behind a highlight on keyboard focus', async () => {
    await page.focus('mark.fact.count');
    const tip = await page.$eval('#glean-tip', (t) => ({ hidden: t.hidden, text: t.textContent }));
    expect(tip.hidden).toBe(false);
    expect(tip.text).toMatch(/^count: /);
  });

  it('writes a screenshot', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = path.join(screenshotDir, 'report.png');
    await page.screenshot({ path: file as `${string}.png` });
    expect(existsSync(file)).toBe(true);
  });
});
