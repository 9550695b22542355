import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'glean.js');
const fixtures = path.join(root, 'fixtures', 'articles');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
const glean = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env, cwd: root });

describe('glean summary', () => {
  const fromFolder = glean(['summary', '-f', 'json', fixtures]);

  it('summarises a folder as one JSON object by default into a pipe', () => {
    expect(fromFolder.status).toBe(0);
    expect(glean(['summary', fixtures]).stdout).toBe(fromFolder.stdout);
    const s = JSON.parse(fromFolder.stdout);
    expect(s.documents).toBe(3);
    for (const key of ['people', 'organizations', 'countries', 'speakers', 'totals', 'pairs', 'failed']) expect(Array.isArray(s[key])).toBe(true);
    expect(s.speakers.length).toBeGreaterThan(0);
  });

  it("gives the same summary from glean's own JSON Lines, on stdin or in a file", () => {
    const facts = glean(['-f', 'jsonl', fixtures]).stdout;
    expect(glean(['summary', '-f', 'json', '-'], facts).stdout).toBe(fromFolder.stdout);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'glean-summary-')), 'facts.jsonl');
    writeFileSync(file, facts);
    expect(glean(['summary', '-f', 'json', file]).stdout).toBe(fromFolder.stdout);
  });

  it('summarises an article piped in as text', () => {
    const s = JSON.parse(glean(['summary', '-f', 'json'], 'Officials in Ghana said the port reopened.').stdout);
    expect(s.documents).toBe(1);
    expect(s.countries[0]).toMatchObject({ name: 'Ghana', documents: 1 });
  });

  it('lists failed inputs, exits 1, and names a torn record line', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'glean-summary-')), 'facts.jsonl');
    writeFileSync(file, `${glean(['-f', 'jsonl', fixtures]).stdout}{"source":"torn`);
    const run = glean(['summary', '-f', 'json', file, 'no-such-file.txt']);
    expect(run.status).toBe(1);
    const s = JSON.parse(run.stdout);
    expect(s.failed.map((f: { code: string }) => f.code)).toEqual(['ERECORD', 'ENOENT']);
    expect(run.stderr).toContain('facts.jsonl:4');
  });

  it('fits its table in 80 columns', () => {
    const run = glean(['summary', '-f', 'table', fixtures]);
    expect(run.stdout).toContain('Most quoted');
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('writes CSV rows with a section column, pairs as an edge list', () => {
    const lines = glean(['summary', '-f', 'csv', fixtures]).stdout.split('\r\n');
    expect(lines[0]).toBe('section,name,type,target,target_type,code,documents,mentions,quotes,total,unit,aliases,text');
    expect(lines.some((l) => l.startsWith('pair,'))).toBe(true);
  });
});
