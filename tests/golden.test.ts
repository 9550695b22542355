import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processText } from '../src/pipeline.js';
import { offsetErrors, schemaErrors } from './schema.js';

/**
 * Golden tests: each article in fixtures/articles (written by the project) must give exactly the
 * facts in fixtures/expected — every listed fact, and nothing else outside `optional`.
 */
interface Expected {
  people: Array<{ name: string; title?: string }>;
  organizations: Array<{ name: string; acronym?: string }>;
  countries: string[];
  counts: Array<{ value: number; unit: string; modifier: string | null }>;
  quotes: Array<{ start: string; speaker: string | null }>;
  optional?: { people?: string[]; organizations?: string[]; counts?: Array<{ value: number; unit: string }>; quotes?: string[] };
}

const dir = new URL('../fixtures/', import.meta.url);
const names = readdirSync(new URL('articles/', dir)).map((f) => f.replace(/\.txt$/, ''));
const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe.each(names)('fixtures/articles/%s.txt', (name) => {
  const text = readFileSync(new URL(`articles/${name}.txt`, dir), 'utf8');
  const want: Expected = JSON.parse(readFileSync(new URL(`expected/${name}.json`, dir), 'utf8'));
  const got = processText(`${name}.txt`, text);
  const optional = want.optional ?? {};

  it('is schema-valid with offsets that slice back', () => {
    expect(schemaErrors(got)).toEqual([]);
    expect(offsetErrors(got, text)).toEqual([]);
  });

  it('names exactly the people', () => {
    const people = got.people.filter((p) => !optional.people?.includes(p.name));
    expect(sorted(people.map((p) => p.name))).toEqual(sorted(want.people.map((p) => p.name)));
    for (const p of want.people.filter((w) => w.title)) expect(got.people.find((g) => g.name === p.name)?.title).toBe(p.title);
  });

  it('names exactly the organizations', () => {
    const orgs = got.organizations.filter((o) => !optional.organizations?.includes(o.name));
    expect(sorted(orgs.map((o) => ({ name: o.name, acronym: o.acronym })))).toEqual(sorted(want.organizations.map((o) => ({ name: o.name, acronym: o.acronym }))));
  });

  it('finds exactly the countries', () => {
    expect(sorted(got.countries.map((c) => c.code))).toEqual(sorted(want.countries));
  });

  it('finds exactly the counts', () => {
    const isOptional = (c: { value: number; unit: string | null }) => optional.counts?.some((o) => o.value === c.value && o.unit === c.unit);
    const counts = got.counts.filter((c) => !isOptional(c)).map((c) => ({ value: c.value, unit: c.unit, modifier: c.modifier }));
    expect(sorted(counts)).toEqual(sorted(want.counts));
  });

  it('finds exactly the quotes, with their speakers', () => {
    const quotes = got.quotes.filter((q) => !optional.quotes?.includes(q.text));
    const summary = quotes.map((q) => ({ start: want.quotes.find((w) => q.text.startsWith(w.start))?.start ?? q.text, speaker: q.speaker }));
    expect(sorted(summary)).toEqual(sorted(want.quotes));
  });
});
