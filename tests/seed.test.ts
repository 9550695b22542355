import { describe, expect, it } from 'vitest';
import { processText } from '../src/pipeline.js';
import { offsetErrors } from './schema.js';
import { hasShared, NEEDS_SHARED, seedText } from './support/shared.js';

// The article glean started from (../shared, not copied into the project) must come out exactly.
const text = seedText();
const record = processText('interpol-flash-weka.txt', text);
const sorted = (xs: string[]) => [...xs].sort();

describe.skipIf(!hasShared)(`the seed article${NEEDS_SHARED}`, () => {
  it('has offsets that slice back', () => {
    expect(offsetErrors(record, text)).toEqual([]);
  });

  it('names its three people, once each, with title and affiliation', () => {
    const people = Object.fromEntries(record.people.map((p) => [p.name, p]));
    expect(sorted(Object.keys(people))).toEqual(['Donald J. Trump', 'Jalel Chelba', 'Jürgen Stock']);
    expect(people['Jürgen Stock']).toMatchObject({ title: 'Secretary General', affiliation: 'INTERPOL' });
    expect(people['Jalel Chelba']).toMatchObject({ title: 'Executive Director', affiliation: 'AFRIPOL' });
    // "Mr. Chelba" is a mention of the same person (the honorific may stay outside the span).
    expect(people['Jalel Chelba']!.mentions.map((m) => m.text)).toEqual(['Jalel Chelba', expect.stringMatching(/^(Mr\. )?Chelba$/)]);
    expect(people['Donald J. Trump']!.mentions.map((m) => m.text)).toContain('Trump');
  });

  it('names its six organizations, the acronym merged with its full name', () => {
    expect(sorted(record.organizations.map((o) => o.name))).toEqual(
      sorted(['INTERPOL', 'AFRIPOL', 'Europol', 'IOM', 'Congress', 'Regional Operational Center in Khartoum']));
    expect(record.organizations.find((o) => o.acronym)).toMatchObject({ name: 'Regional Operational Center in Khartoum', acronym: 'ROCK' });
  });

  it('finds its sixteen countries, by name, alias and demonym', () => {
    expect(sorted(record.countries.map((c) => c.code))).toEqual(
      sorted(['US', 'BF', 'CM', 'CI', 'GH', 'GN', 'ML', 'LK', 'SL', 'MA', 'ES', 'BD', 'IN', 'PK', 'AO', 'VN']));
    expect(record.countries.find((c) => c.code === 'MA')!.mentions.map((m) => m.text)).toEqual(['Moroccan']);
  });

  it('finds its twelve counts and nothing else', () => {
    const counts = record.counts.map((c) => `${c.modifier ? c.modifier + ' ' : ''}${c.value} ${c.unit}${c.approximate ? ' ~' : ''}`);
    expect(sorted(counts)).toEqual(sorted([
      'over 1000 arrest', 'over 1000 arrest', '1000 victim ~', '1000 victim ~', '1000 victim ~', '54 country',
      '2 phase', '15 victim', '2 organization', '8 man', '7 woman', '430000000 USD',
    ]));
  });

  it('finds its nine quotes, each with its speaker, and not the operation name', () => {
    const speakers = record.quotes.map((q) => q.speaker);
    expect(speakers).toEqual(['Jürgen Stock', 'Jürgen Stock', 'Jalel Chelba', 'Jalel Chelba',
      'Donald J. Trump', 'Donald J. Trump', 'Donald J. Trump', 'Donald J. Trump', 'Donald J. Trump']);
    expect(record.quotes.map((q) => q.text)).not.toContain('FLASH-WEKA,');
    const names = new Set(record.people.map((p) => p.name));
    for (const s of speakers) expect(names.has(s!)).toBe(true);
  });
});
