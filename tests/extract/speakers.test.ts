import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processText } from '../../src/pipeline.js';
import type { DocumentRecord } from '../../src/types.js';
import { NEEDS_SHARED, SHARED_DIR } from '../support/shared.js';

// One name system: a quote's speaker is always the name of a person or organization of the same record.
const strays = (record: DocumentRecord): string[] => {
  const names = new Set([...record.people, ...record.organizations].map((e) => e.name));
  return record.quotes.flatMap((q) => (q.speaker !== null && !names.has(q.speaker) ? [q.speaker] : []));
};

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'fixtures', 'articles');

describe('every quote speaker is a person or organization of its record', () => {
  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.txt')))('fixture %s', (file) => {
    const record = processText(file, readFileSync(path.join(fixtures, file), 'utf8'));
    expect(record.quotes.some((q) => q.speaker)).toBe(true);
    expect(strays(record)).toEqual([]);
  });

  const sentences = [
    'Dr Mira Osei leads the team. "We expect results by spring," Dr Osei said.',
    '"The plant will close in June," said Halvard Steel chief executive Ines Borg.',
    'The Coastal Ferry Authority (CFA) denied the claim. "Every sailing ran on time," the CFA said.',
    'Tory MP Colin Reeve spoke after the vote. "This is a sad day for the town," he said.',
    '"We were lucky in the end," admitted Reeve, who had voted against.',
    'Broadcaster Lia Tamm hosted the debate. "Nobody won tonight, to be honest," Tamm told viewers.',
    'Finally Ola Brandt spoke. "We can still win this league," Brandt said.',
    'Jeroen van der Kolk, the chairman, said: "The club is not for sale at any price."',
    'Riverside 2 Millbrook 1\n\n"We deserved all three points today," said Riverside manager Tom Ashby.',
    'LAKEPORT, 3 March - "The bridge will reopen next week," mayor Ada Lind said on Friday.',
    'A spokesman for Orvex Group said: "We have nothing further to add at this stage."',
    'Orvex Group has cut jobs. "We had to act quickly to save the business," the company said.',
  ];
  it.each(sentences)('invented text: %s', (text) => {
    const record = processText('-', text);
    expect(strays(record)).toEqual([]);
  });

  const bbc = path.join(SHARED_DIR, 'corpus', 'bbc');
  describe.skipIf(!existsSync(bbc))(`a sample of the BBC corpus${existsSync(bbc) ? '' : NEEDS_SHARED}`, () => {
    const sample = existsSync(bbc)
      ? readdirSync(bbc, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).flatMap((d) => readdirSync(path.join(bbc, d)).filter((f) => f.endsWith('.txt')).sort().slice(0, 40).map((f) => path.join(d, f)))
      : [];
    it('has no stray speaker in 200 articles', () => {
      const found = sample.flatMap((f) => strays(processText(f, readFileSync(path.join(bbc, f), 'utf8'))).map((s) => `${f}: ${s}`));
      expect(found).toEqual([]);
    });
  });
});
