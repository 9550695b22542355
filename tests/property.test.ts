import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processText } from '../src/pipeline.js';
import { offsetErrors, schemaErrors } from './schema.js';

// Sentences the project wrote, cut up and recombined by fast-check.
const NEWS = [
  'Former U.S. President Donald J. Trump said on Tuesday that 1,200 jobs were at risk.',
  '"We will not give up," Mr. Okafor told reporters in Lagos. "Never."',
  'The Bank of Japan (BoJ) raised rates by 0.25% to £5bn, around $6.2bn.',
  "Ms O'Neill, a doctor, said: 'It's the players' union that decides.'",
  'Thousands of fans — some 20,000 — watched Rovers win 3-1 in the Côte d’Ivoire final.',
];

const invariants = (text: string) => {
  const record = processText('prop.txt', text);
  expect(schemaErrors(record)).toEqual([]);
  expect(offsetErrors(record, text)).toEqual([]);
  for (const c of record.counts) {
    expect(Number.isFinite(c.value)).toBe(true);
    if (c.max != null) expect(Number.isFinite(c.max)).toBe(true);
  }
  for (const q of record.quotes) if (q.speaker != null) expect(typeof q.speaker).toBe('string');
};

const fragment = fc.oneof(
  fc.constantFrom(...NEWS),
  fc.constantFrom(...NEWS).chain((s) => fc.tuple(fc.nat(s.length), fc.nat(s.length)).map(([a, b]) => s.slice(Math.min(a, b), Math.max(a, b)))),
  fc.constantFrom('"', '“', '”', "'", '’', '(', ')', 'Mr.', 'Dr', 'President', 'million', 'dozens of', '\n\n', ' ', '😀', '-', '$', '%'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('any text', () => {
  it('gives a valid record: no throw, offsets slice back, finite counts', () => {
    fc.assert(fc.property(fc.array(fragment, { maxLength: 25 }).map((parts) => parts.join(' ')), invariants), { numRuns: 300 });
  });

  it('holds for random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), invariants), { numRuns: 300 });
  });
});

describe('shrunk counterexamples', () => {
  it('an opening bracket that ends the text after a country-like name', () => invariants('Former U.S ('));
});
