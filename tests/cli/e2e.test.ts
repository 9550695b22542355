import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/types.js';
import { offsetErrors, schemaErrors } from '../schema.js';

// These tests run the built CLI (npm test builds first), as users and pipelines do.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'glean.js');
const fixtures = path.join(root, 'fixtures', 'articles');
/** An article written for the project (the article article has its own test, tests/article.test.ts). */
const article = path.join(fixtures, 'ocean-rescue.txt');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };

const glean = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env, cwd: root });
const jsonl = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'glean-e2e-'));
  for (const name of readdirSync(fixtures)) writeFileSync(path.join(folder, name), readFileSync(path.join(fixtures, name)));
  mkdirSync(path.join(folder, 'nested'));
  writeFileSync(path.join(folder, 'nested', 'short.txt'), 'Officials in Kenya said 40 people were hurt.');
});

describe('glean (built CLI)', () => {
  it('gives an article one schema-valid record whose offsets slice back', () => {
    const run = glean(['-f', 'jsonl', article]);
    expect(run.status).toBe(0);
    const records = jsonl(run.stdout);
    expect(records).toHaveLength(1);
    expect(schemaErrors(records[0])).toEqual([]);
    expect(offsetErrors(records[0], readFileSync(article, 'utf8'))).toEqual([]);
  });

  it('reads stdin as source "-" and writes a one-record JSON array', () => {
    const run = glean(['-f', 'json'], readFileSync(article, 'utf8'));
    expect(run.status).toBe(0);
    const records = JSON.parse(run.stdout);
    expect(records).toHaveLength(1);
    expect(records[0].source).toBe('-');
  });

  it('reports a missing file on stderr, keeps its place with an error record, still writes the rest, exits 1', () => {
    const run = glean(['-f', 'jsonl', 'no-such-article.txt', article]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no-such-article.txt');
    const records = jsonl(run.stdout);
    expect(records[0]).toEqual({ source: 'no-such-article.txt', error: { code: 'ENOENT', message: 'no such file or directory' } });
    expect(records[1].source).toBe(article);
    expect(records[1].people).toBeDefined();
  });

  it('writes one record per file, in sorted order, identically on every run and for any number of jobs', () => {
    const one = glean(['-f', 'jsonl', '--jobs', '1', folder]);
    const two = glean(['-f', 'jsonl', '--jobs', '2', folder]);
    expect(one.status).toBe(0);
    const sources = jsonl(one.stdout).map((r: DocumentRecord) => path.relative(folder, r.source));
    expect(sources).toEqual(['budget-vote.txt', 'cup-final.txt', 'nested/short.txt', 'ocean-rescue.txt']);
    expect(two.stdout).toBe(one.stdout);
    expect(glean(['-f', 'jsonl', '--jobs', '2', folder]).stdout).toBe(one.stdout);
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const out = execFileSync('bash', ['-c', `node "${bin}" -f jsonl "${folder}" "${folder}" "${folder}" | head -1`], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(jsonl(out)).toHaveLength(1);
    const run = spawnSync('bash', ['-c', `node "${bin}" -f jsonl "${folder}" "${folder}" | head -1 >/dev/null`], { encoding: 'utf8', env });
    expect(run.stderr).toBe('');
  });

  it.skipIf(!existsSync('/dev/full'))('ends with status 1 and one line, no stack trace, when stdout is full', () => {
    const run = spawnSync('bash', ['-c', `node "${bin}" -f jsonl "${folder}" > /dev/full`], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['glean: cannot write output: ENOSPC: no space left on device, write']);
  });

  it('writes CSV starting with the header', () => {
    const run = glean(['-f', 'csv', article]);
    expect(run.stdout.split('\r\n')[0]).toBe('source,field,name,code,value,max,unit,modifier,approximate,title,affiliation,speaker,verb,mentions,text,start,end');
  });

  it('prints a table by format name, without colour under NO_COLOR', () => {
    const run = glean(['-f', 'table', article]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('People');
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  it.each([[['--no-such-option']], [['-f', 'yaml', article]], [['--jobs', '0', article]]])('exits 2 on a usage error: %j', (args) => {
    const run = glean(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^glean: .* \(see glean --help\)\n$/);
    expect(run.stdout).toBe('');
  });

  it('answers --help and --version', () => {
    expect(glean(['--help']).stdout).toContain('Usage: glean');
    expect(glean(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('--explain and glean rules', () => {
  const listed = () => {
    const run = glean(['rules']);
    expect(run.status).toBe(0);
    return new Set(run.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s+/)[0]!));
  };

  it('lists every rule id once, each with a description', () => {
    const lines = glean(['rules']).stdout.split('\n').filter((l) => l.startsWith('  '));
    const ids = lines.map((l) => l.trim().split(/\s+/)[0]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of lines) expect(l.trim().split(/\s{2,}/)).toHaveLength(2);
  });

  it('gives every fact of every fixture a rule that glean rules lists', () => {
    const ids = listed();
    const run = glean(['-f', 'jsonl', '--explain', folder]);
    expect(run.status).toBe(0);
    const records: DocumentRecord[] = jsonl(run.stdout);
    const facts = records.flatMap((r) => [...r.people, ...r.organizations, ...r.countries, ...r.counts, ...r.quotes]);
    expect(facts.length).toBeGreaterThan(20);
    for (const r of records) expect(schemaErrors(r)).toEqual([]);
    expect(facts.filter((f) => !f.rule || !ids.has(f.rule))).toEqual([]);
  });

  it('leaves rules out without --explain, and puts them in a CSV column after end with it', () => {
    expect(glean(['-f', 'jsonl', article]).stdout).not.toContain('"rule"');
    const [header, ...rows] = glean(['-f', 'csv', '--explain', article]).stdout.trim().split('\r\n');
    expect(header!.split(',').slice(-2)).toEqual(['end', 'rule']);
    const ids = listed();
    for (const row of rows) expect(ids.has(row.split(',').pop()!)).toBe(true);
    expect(glean(['-f', 'csv', article]).stdout.split('\r\n')[0]!.endsWith(',end')).toBe(true);
  });
});
