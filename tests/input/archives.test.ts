import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { offsetErrors } from '../schema.js';

// Archives are built on the fly from the project's own articles by scripts/pack-corpus.mjs (the
// script the corpus benchmarks use), and read by the built CLI.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'glean.js');
const fixtures = path.join(root, 'fixtures', 'articles');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
const glean = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [bin, '-f', 'jsonl', '-j', '1', ...args], { input, encoding: 'utf8', env, cwd: dir });
const records = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
/** A record's facts, without what differs between an archive and a folder: its source and its length (a last newline). */
const facts = ({ source: _s, chars: _c, ...rest }: Record<string, unknown>) => rest;
const pack = (format: string, out: string) => {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'pack-corpus.mjs'), format, fixtures, out], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
};

let dir: string;
let folder: Array<Record<string, unknown>>;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-archives-'));
  folder = records(glean([fixtures]).stdout);
  for (const format of ['jsonl', 'jsonl.gz', 'warc', 'warc.gz']) pack(format, path.join(dir, `fixtures.${format}`));
  pack('html', path.join(dir, 'pages'));
});

describe('archives', () => {
  it('a JSON Lines archive, plain or gzipped, gives each line the record of its article', () => {
    for (const name of ['fixtures.jsonl', 'fixtures.jsonl.gz']) {
      const run = glean([name]);
      expect(run.status).toBe(0);
      const got = records(run.stdout);
      expect(got.map((r) => r.source)).toEqual(folder.map((_, i) => `${name}:${i + 1}`));
      expect(got.map(facts)).toEqual(folder.map(facts));
    }
  });

  it('--id-field names documents FILE#ID and --text-field takes a dotted path', () => {
    const lines = readFileSync(path.join(fixtures, 'cup-final.txt'), 'utf8');
    writeFileSync(path.join(dir, 'nested.ndjson'), `${JSON.stringify({ meta: { id: 'cup' }, body: { text: lines } })}\n`);
    const got = records(glean(['--text-field', 'body.text', '--id-field', 'meta.id', 'nested.ndjson']).stdout);
    expect(got.map((r) => r.source)).toEqual(['nested.ndjson#cup']);
    expect(facts(got[0]!)).toEqual(facts(folder.find((r) => String(r.source).endsWith('cup-final.txt'))!));
  });

  it('a bad line gives an error record for that line, and the lines after it are read', () => {
    const good = JSON.stringify({ text: 'Officials in Kenya said 40 people were hurt.' });
    writeFileSync(path.join(dir, 'mixed.jsonl'), `${good}\n{"text": broken\n\n{"title": "no text"}\n${good}\n`);
    const run = glean(['mixed.jsonl']);
    expect(run.status).toBe(1);
    const got = records(run.stdout);
    expect(got.map((r) => [r.source, (r.error as { code?: string } | undefined)?.code])).toEqual([
      ['mixed.jsonl:1', undefined], ['mixed.jsonl:2', 'EJSON'], ['mixed.jsonl:4', 'ENOTEXT'], ['mixed.jsonl:5', undefined],
    ]);
    expect(run.stderr).toContain('glean: mixed.jsonl:2: not JSON');
  });

  it("glean's own output given to extraction is one error, not one per line; summary still reads it as records", () => {
    writeFileSync(path.join(dir, 'facts.jsonl'), glean([fixtures]).stdout);
    expect(records(glean(['facts.jsonl']).stdout)).toEqual([
      { source: 'facts.jsonl', error: { code: 'ERECORDS', message: expect.stringContaining('glean summary') } },
    ]);
    const fromRecords = spawnSync(process.execPath, [bin, 'summary', '-f', 'json', 'facts.jsonl'], { encoding: 'utf8', cwd: dir });
    const fromArchive = spawnSync(process.execPath, [bin, 'summary', '-f', 'json', 'fixtures.jsonl'], { encoding: 'utf8', cwd: dir });
    expect(JSON.parse(fromArchive.stdout)).toEqual(JSON.parse(fromRecords.stdout));
  });

  it('HTML pages and WARC archives give the facts of the articles, none from navigation, footers or scripts', () => {
    const furniture = ['Acme Broadcasting', 'Globex', 'Harwick', 'Zenobia', 'Ashdown'];
    for (const input of ['pages', 'fixtures.warc', 'fixtures.warc.gz']) {
      const run = glean(['--with-text', input]);
      expect(run.status).toBe(0);
      const got = records(run.stdout);
      expect(got.map(({ text: _t, ...r }) => facts(r))).toEqual(folder.map(facts));
      for (const r of got) {
        expect(offsetErrors(r, r.text as string)).toEqual([]);
        for (const name of furniture) expect(JSON.stringify(r)).not.toContain(name);
      }
      if (input.includes('warc')) expect(got.map((r) => r.source)).toEqual(['budget-vote', 'cup-final', 'ocean-rescue'].map((n) => `${input}#https://news.example/${n}.html`));
    }
  });

  it('a gzipped article is read as the article; broken gzip is an error record', () => {
    writeFileSync(path.join(dir, 'one.txt.gz'), gzipSync(readFileSync(path.join(fixtures, 'ocean-rescue.txt'))));
    writeFileSync(path.join(dir, 'broken.txt.gz'), gzipSync(readFileSync(path.join(fixtures, 'ocean-rescue.txt'))).subarray(0, 200));
    const got = records(glean(['one.txt.gz', 'broken.txt.gz']).stdout);
    expect(facts(got[0]!)).toEqual(facts(folder.find((r) => String(r.source).endsWith('ocean-rescue.txt'))!));
    expect(got[1]).toMatchObject({ source: 'broken.txt.gz', error: { code: 'EDECODE' } });
  });

  it('a line over --max-size is an error record and the next line is read', () => {
    writeFileSync(path.join(dir, 'long.jsonl'), `${JSON.stringify({ text: 'x '.repeat(3000) })}\n${JSON.stringify({ text: 'Police in Peru arrested 12 men.' })}\n`);
    const got = records(glean(['--max-size', '1k', 'long.jsonl']).stdout);
    expect(got[0]).toMatchObject({ source: 'long.jsonl:1', error: { code: 'ETOOLARGE' } });
    expect(got[1]).toMatchObject({ source: 'long.jsonl:2', countries: [{ code: 'PE' }] });
  });

  it('works as a line filter: JSON Lines documents on stdin, one record per line on stdout', () => {
    const run = glean(['-'], readFileSync(path.join(dir, 'fixtures.jsonl')));
    expect(records(run.stdout).map((r) => r.source)).toEqual(['-:1', '-:2', '-:3']);
    expect(records(run.stdout).map(facts)).toEqual(folder.map(facts));
    const warc = glean([], readFileSync(path.join(dir, 'fixtures.warc')));
    expect(records(warc.stdout).map(facts)).toEqual(folder.map(facts));
  });

  it('folder walks pick up archives and pages by default', () => {
    const got = records(glean(['.']).stdout).map((r) => r.source);
    expect(got).toEqual(expect.arrayContaining(['fixtures.jsonl:1', 'fixtures.warc.gz#https://news.example/cup-final.html', 'pages/cup-final.html']));
  });
});
