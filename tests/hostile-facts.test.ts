import { describe, expect, it } from 'vitest';
import { jsonLengthBound, processText } from '../src/pipeline.js';
import { offsetErrors, schemaErrors } from './schema.js';

// Hostile texts that attack the facts rather than the reading: each built here, none copied.
const roundTrip = (record: unknown) => JSON.parse(JSON.stringify(record));

describe('absurd amounts', () => {
  const text = [
    `Officials said ${'one hundred '.repeat(200)}people were hurt.`,
    `Officials said 10${',000'.repeat(120)} people were hurt.`,
    `Officials said between 10 and ${'9'.repeat(400)} people were hurt.`,
    `It cost $${'9'.repeat(330)} billion and ${'nine hundred trillion '.repeat(40)}dollars.`,
    'Rescuers said 12 people were saved.',
  ].join('\n');

  it('never give a count whose value or maximum is not a finite number', () => {
    const record = processText('absurd.txt', text);
    for (const c of record.counts) {
      expect(Number.isFinite(c.value), c.text.slice(0, 40)).toBe(true);
      if (c.max !== undefined) expect(Number.isFinite(c.max), c.text.slice(0, 40)).toBe(true);
    }
    expect(schemaErrors(roundTrip(record))).toEqual([]);
    expect(offsetErrors(record, text)).toEqual([]);
  });

  it('keep the ordinary counts beside them', () => {
    expect(processText('absurd.txt', text).counts).toContainEqual(expect.objectContaining({ value: 12, text: '12 people' }));
  });
});

// Invented, pronounceable names from a fixed seed: all different, none from any corpus.
function nameMaker() {
  let seed = 11;
  const random = (n: number) => { // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const word = () => Array.from({ length: 3 }, () => 'bcdfghklmnprstvz'[random(16)]! + 'aeiou'[random(5)]!).join('').replace(/^./, (c) => c.toUpperCase());
  return { word, random };
}

describe('texts full of organizations and speakers (indexed merges, not all pairs)', () => {
  it('gives each of many defined organizations its own acronym, and a later bare use joins the right one', () => {
    const { word } = nameMaker();
    const orgs = Array.from({ length: 400 }, () => [word(), word()] as const);
    const acronym = ([a, b]: readonly [string, string]) => `${a[0]}${b[0]}A`;
    // Only names whose acronym is unique in the text, so that each bare use has one full name.
    const unique = orgs.filter((o) => orgs.filter((p) => acronym(p) === acronym(o)).length === 1).slice(0, 150);
    const text = unique.map((o) => `The ${o[0]} ${o[1]} Association (${acronym(o)}) met on Monday.`).join(' ') + '\n' +
      unique.map((o) => `Later the ${acronym(o)} voted.`).join(' ');
    const record = processText('orgs.txt', text);
    for (const o of unique) {
      const entry = record.organizations.find((e) => e.name === `${o[0]} ${o[1]} Association`);
      expect(entry?.acronym).toBe(acronym(o));
      expect(entry?.mentions.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('joins each of many undefined acronyms to the one company whose initials it spells', () => {
    const { word } = nameMaker();
    const companies = Array.from({ length: 400 }, () => [word(), word(), word()] as const);
    const initials = (c: readonly string[]) => `${c.map((w) => w[0]).join('')}C`;
    const unique = companies.filter((c) => companies.filter((d) => initials(d) === initials(c)).length === 1).slice(0, 120);
    const text = unique.map((c) => `The ${c.join(' ')} Corporation hired staff on Monday.`).join(' ') + '\n' +
      unique.map((c) => `Later ${initials(c)} said it would grow.`).join(' ');
    const record = processText('companies.txt', text);
    for (const c of unique) {
      expect(record.organizations.find((e) => e.name === `${c.join(' ')} Corporation`)?.acronym).toBe(initials(c));
    }
  });

  it('names each of many speakers by the full name of their person entry', () => {
    const { word } = nameMaker();
    const people = Array.from({ length: 300 }, () => `${word()} ${word()}`);
    const text = people.map((p) => `${p} arrived early. "We will not stop the work now," ${p.split(' ')[1]} said.`).join('\n');
    const record = processText('speakers.txt', text);
    expect(record.quotes.map((q) => q.speaker)).toEqual(people);
  });
});

describe('jsonLengthBound', () => {
  it('is never below the length of the record as JSON, escapes included', () => {
    const texts = [
      'Officials said 12 people were hurt and "it was awful," Mr. John Okafor of the Red Cross said.\n',
      'Ms. Ada "Quotes" Okafor said: "line one\nline two \\ backslash \u2028 sep" and 40 boats sank in Ghana.\n',
      '12 people, '.repeat(2000),
    ];
    for (const text of texts) {
      const record = processText('bound.txt', text);
      expect(jsonLengthBound(record)).toBeGreaterThanOrEqual(JSON.stringify(record).length);
    }
  });
});
