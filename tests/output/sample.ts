import type { DocumentRecord, ErrorRecord } from '../../src/types.js';

/** A hand-made record exercising every field, shared by the formatter tests. */
export const record: DocumentRecord = {
  source: 'news/one.txt',
  chars: 140,
  people: [{ name: 'Ada Lovelace', title: 'Countess', affiliation: 'Analytical Society', mentions: [{ start: 0, end: 12, text: 'Ada Lovelace' }] }],
  organizations: [{ name: 'Analytical Society', acronym: 'AS', mentions: [{ start: 20, end: 38, text: 'Analytical Society' }, { start: 112, end: 114, text: 'AS' }] }],
  countries: [{ name: 'United Kingdom', code: 'GB', mentions: [{ start: 40, end: 47, text: 'Britain' }] }],
  counts: [
    { value: 1000, unit: 'engine', modifier: 'over', approximate: false, text: 'over 1,000 engines', start: 50, end: 68 },
    { value: 10, max: 20, unit: 'loom', modifier: 'about', approximate: true, text: 'about 10-20 looms', start: 115, end: 132 },
  ],
  quotes: [{ text: 'The engine weaves, "as it were", patterns', speaker: 'Ada Lovelace', verb: 'wrote', start: 70, end: 110 }],
};

export const failure: ErrorRecord = { source: 'news/broken.bin', error: { code: 'EBINARY', message: 'not a text file (binary content)' } };
