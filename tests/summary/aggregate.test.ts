import { describe, expect, it } from 'vitest';
import { SummaryBuilder } from '../../src/summary/aggregate.js';
import type { DocumentRecord, Mention, OutputRecord } from '../../src/types.js';

const at = (text: string, n = 1): Mention[] => Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + text.length, text }));
const doc = (source: string, facts: Partial<DocumentRecord>): DocumentRecord =>
  ({ source, chars: 100, people: [], organizations: [], countries: [], counts: [], quotes: [], ...facts });
const person = (name: string, n = 1) => ({ name, mentions: at(name, n) });
const org = (name: string, acronym?: string) => ({ name, ...(acronym ? { acronym } : {}), mentions: at(name) });
const quote = (speaker: string, text: string) => ({ text, speaker, verb: 'said', start: 0, end: text.length });
const count = (value: number, unit: string) => ({ value, unit, modifier: null, approximate: false, text: `${value} ${unit}`, start: 0, end: 1 });

const summarise = (records: OutputRecord[]) => {
  const builder = new SummaryBuilder();
  for (const r of records) builder.add(r);
  return builder.result();
};

describe('SummaryBuilder', () => {
  it('ranks people by documents and merges a surname used alone with the full name', () => {
    const s = summarise([
      doc('a', { people: [person('Marta Quell', 3), person('Ivo Brandt')] }),
      doc('b', { people: [person('Quell', 2)] }),
      doc('c', { people: [person('Marta Quell')] }),
    ]);
    expect(s.documents).toBe(3);
    expect(s.people[0]).toEqual({ name: 'Marta Quell', documents: 3, mentions: 6, aliases: ['Quell'] });
    expect(s.people.map((p) => p.name)).toEqual(['Marta Quell', 'Ivo Brandt']);
  });

  it('leaves a surname alone when two full names share it about equally', () => {
    const s = summarise([
      doc('a', { people: [person('Anna Rook')] }),
      doc('b', { people: [person('Ben Rook')] }),
      doc('c', { people: [person('Rook')] }),
    ]);
    expect(s.people.map((p) => p.name).sort()).toEqual(['Anna Rook', 'Ben Rook', 'Rook']);
  });

  it('merges spellings that differ in accents, initials or a leading "the"', () => {
    const s = summarise([
      doc('a', { people: [person('José K. Varga')], organizations: [org('the Harbour Trust')] }),
      doc('b', { people: [person('Jose Varga')], organizations: [org('Harbour Trust')] }),
    ]);
    expect(s.people).toHaveLength(1);
    expect(s.people[0]!.documents).toBe(2);
    expect(s.organizations).toHaveLength(1);
  });

  it('joins an acronym to the name a document defined it for, and to the one name whose initials it is', () => {
    const s = summarise([
      doc('a', { organizations: [org('Coastal Rescue Alliance', 'CRA')] }),
      doc('b', { organizations: [org('CRA')] }),
      doc('c', { organizations: [org('Northern Grain Board')] }),
      doc('d', { organizations: [org('NGB')] }),
    ]);
    expect(s.organizations.map((o) => [o.name, o.documents, o.aliases])).toEqual([
      ['Coastal Rescue Alliance', 2, ['CRA']],
      ['Northern Grain Board', 2, ['NGB']],
    ]);
  });

  it('counts quotes per speaker under the merged name, with a sample', () => {
    const s = summarise([
      doc('a', { people: [person('Marta Quell')], quotes: [quote('Marta Quell', 'We will rebuild the pier.'), quote('Marta Quell', 'Not this year.')] }),
      doc('b', { people: [person('Quell')], quotes: [quote('Quell', 'Ask the council.')] }),
      doc('c', { people: [person('Marta Quell')] }),
    ]);
    expect(s.speakers).toEqual([{ name: 'Marta Quell', type: 'person', quotes: 3, documents: 2, sample: 'We will rebuild the pier.' }]);
  });

  it('adds up counts and money by unit, never percentages', () => {
    const s = summarise([
      doc('a', { counts: [count(12, 'arrest'), count(3, 'arrest'), count(5e6, 'EUR'), count(40, 'percent')] }),
      doc('b', { counts: [count(7, 'arrest')] }),
    ]);
    expect(s.totals).toEqual([
      { kind: 'count', unit: 'arrest', total: 22, occurrences: 3, documents: 2 },
      { kind: 'money', unit: 'EUR', total: 5e6, occurrences: 1, documents: 1 },
    ]);
  });

  it('lists entity pairs by the documents they share, under merged names', () => {
    const s = summarise([
      doc('a', { people: [person('Marta Quell')], organizations: [org('Harbour Trust')] }),
      doc('b', { people: [person('Quell')], organizations: [org('Harbour Trust')] }),
      doc('c', { people: [person('Marta Quell')], countries: [{ name: 'Norway', code: 'NO', mentions: at('Norway') }] }),
    ]);
    expect(s.pairs[0]).toEqual({ a: 'Harbour Trust', aType: 'organization', b: 'Marta Quell', bType: 'person', documents: 2 });
  });

  it('lists failed inputs with their codes', () => {
    const s = summarise([{ source: 'x.bin', error: { code: 'EBINARY', message: 'not text' } }, doc('a', {})]);
    expect(s.failed).toEqual([{ source: 'x.bin', code: 'EBINARY', message: 'not text' }]);
    expect(s.failedCount).toBe(1);
    expect(s.documents).toBe(2);
  });
});
