import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processText } from '../../src/pipeline.js';
import { joinWrappedLines } from '../../src/text/unwrap.js';
import type { DocumentRecord } from '../../src/types.js';

const fixtures = fileURLToPath(new URL('../../fixtures/articles', import.meta.url));
const hasFold = spawnSync('fold', ['--version']).status === 0;

/** What must not change when a text is re-wrapped: names, roles, countries, quotes (white space aside) and speakers. */
const facts = (r: DocumentRecord) => ({
  people: r.people.map((p) => [p.name, p.title, p.affiliation]).sort(),
  organizations: r.organizations.map((o) => o.name).sort(),
  countries: r.countries.map((c) => c.code).sort(),
  quotes: r.quotes.map((q) => [q.text.replace(/\s+/g, ' '), q.speaker]).sort(),
});

describe('joinWrappedLines', () => {
  // Wrapped at 38 columns: each broken line plus the next word is wider than that.
  const wrapped = 'The port of Valdora will reopen on\nMonday, the minister Carla Ventimiglia\ntold reporters after the storm passed.\n\nShort headline\nA second line that starts soon after.\n';

  it('joins a line broken because the next word did not fit, keeping every offset', () => {
    const joined = joinWrappedLines(wrapped);
    expect(joined).toHaveLength(wrapped.length);
    expect(joined).toContain('reopen on Monday, the minister Carla Ventimiglia told reporters');
  });

  it('keeps paragraph breaks and lines that end early (headlines, list items)', () => {
    const joined = joinWrappedLines(wrapped);
    expect(joined).toContain('passed.\n\nShort headline\nA second');
  });

  it('leaves text with one paragraph per line alone', () => {
    const text = `${'A long paragraph written on one line, as most news text is. '.repeat(4)}\n${'Another one follows it on the next line. '.repeat(4)}\n`;
    expect(joinWrappedLines(text)).toBe(text);
  });

  it('joins CRLF breaks with two spaces', () => {
    const text = 'Officials of the regional council of Marrowby said on Tuesday that\r\ntheir budget had been cut.';
    expect(joinWrappedLines(text)).toBe(text.replace('\r\n', '  '));
  });

  it('gives a wrapped name one space and mentions the original text', () => {
    const text = 'The agreement was signed in the capital by the minister Carla\nVentimiglia and by the mayor of the port city, officials said\non Friday.';
    const record = processText('t', text);
    const person = record.people.find((p) => p.name === 'Carla Ventimiglia');
    expect(person?.mentions[0]).toMatchObject({ text: 'Carla\nVentimiglia' });
  });
});

describe.skipIf(!hasFold)('re-wrapped fixtures (needs the fold command)', () => {
  for (const name of readdirSync(fixtures)) {
    it(`fold -s -w 72 ${name} gives the same people, organizations, countries, quotes and speakers`, () => {
      const text = readFileSync(path.join(fixtures, name), 'utf8');
      const folded = spawnSync('fold', ['-s', '-w', '72', path.join(fixtures, name)], { encoding: 'utf8' }).stdout;
      expect(folded).not.toBe(text);
      expect(facts(processText(name, folded))).toEqual(facts(processText(name, text)));
    });
  }
});
