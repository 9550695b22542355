import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/types.js';
import { schemaErrors } from '../schema.js';

// The built CLI with the user's own names (`--lexicon FILE`), as a user runs it.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'glean.js');
const glean = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, NO_COLOR: '1' } });
const records = (stdout: string): DocumentRecord[] => stdout.trim().split('\n').map((l) => JSON.parse(l));
const orgNames = (r: DocumentRecord) => r.organizations.map((o) => o.name);

const STORY = 'Fans queued all night to see Glimmerfox at the arena. Later the Foxes played a second encore.\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-lexicon-'));
  writeFileSync(path.join(dir, 'story.txt'), STORY);
  writeFileSync(path.join(dir, 'story-copy.txt'), STORY);
  writeFileSync(path.join(dir, 'names.tsv'), '# our bands\nGlimmerfox\torganization/band\tFoxes|The Foxes\tband-17\n');
  writeFileSync(path.join(dir, 'names.jsonl'), '{"name": "Glimmerfox", "type": "organization/band", "aliases": ["Foxes"]}\n{"name": "Tarrow Vale", "type": "person"}\n');
});

describe('glean --lexicon', () => {
  it('finds a band the text gives no cue for only when the lexicon names it, merged with its alias', () => {
    const without = records(glean(['-f', 'jsonl', path.join(dir, 'story.txt')]).stdout)[0]!;
    expect(orgNames(without)).not.toContain('Glimmerfox');

    const run = glean(['-f', 'jsonl', '--lexicon', path.join(dir, 'names.tsv'), path.join(dir, 'story.txt')]);
    expect(run.status).toBe(0);
    const [record] = records(run.stdout);
    const band = record!.organizations.find((o) => o.name === 'Glimmerfox');
    expect(band).toMatchObject({ id: 'band-17' });
    expect(band!.mentions.map((m) => m.text)).toEqual(['Glimmerfox', 'Foxes']);
    expect(schemaErrors(record)).toEqual([]);
  });

  it('with --explain, the band and every other fact carry a rule id that glean rules lists', () => {
    const rules = glean(['rules']);
    expect(rules.status).toBe(0);
    const ids = new Set(rules.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s+/)[0]!));
    const run = glean(['-f', 'jsonl', '--explain', '--lexicon', path.join(dir, 'names.tsv'), path.join(dir, 'story.txt')]);
    expect(run.status).toBe(0);
    const [record] = records(run.stdout);
    expect(record!.organizations.find((o) => o.name === 'Glimmerfox')).toMatchObject({ rule: 'knowledge.user' });
    const facts = [...record!.people, ...record!.organizations, ...record!.countries, ...record!.counts, ...record!.quotes];
    expect(facts.filter((f) => !f.rule || !ids.has(f.rule))).toEqual([]);
  });

  it('reads JSON Lines too, and worker threads apply it like the main thread', () => {
    const args = ['-f', 'jsonl', '--lexicon', path.join(dir, 'names.jsonl'), path.join(dir, 'story.txt'), path.join(dir, 'story-copy.txt')];
    const one = glean(['--jobs', '1', ...args]), two = glean(['--jobs', '2', ...args]);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    for (const r of records(two.stdout)) expect(orgNames(r)).toContain('Glimmerfox');
  });

  it('rejects a bad line with FILE:LINE and the reason, exit status 2', () => {
    const bad = path.join(dir, 'bad.tsv');
    writeFileSync(bad, 'Glimmerfox\torganization/band\nOrvex\tshop\n');
    const run = glean(['--lexicon', bad, path.join(dir, 'story.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^glean: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: unknown type "shop"`));
    expect(run.stdout).toBe('');
  });

  it('names a lexicon file it cannot read, exit status 2', () => {
    const run = glean(['--lexicon', path.join(dir, 'missing.tsv'), path.join(dir, 'story.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing.tsv');
    expect(run.stderr).toContain('ENOENT');
  });
});
