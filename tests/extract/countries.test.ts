import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFacts } from '../../src/extract/index.js';
import { buildCountryForms } from '../../src/extract/entities/country-forms.js';

const codes = (text: string) => extractFacts(text).countries.map((c) => c.code).sort();

describe('countries', () => {
  it.each([
    ['Talks between France and Kenya resumed.', ['FR', 'KE']],
    ['Six Moroccan sailors and a Vietnamese cook were aboard.', ['MA', 'VN']],
    ['The U.S. envoy met UK officials.', ['GB', 'US']],
    ['Aid reached Côte d’Ivoire and Ivory Coast farmers.', ['CI']],
    ['Scottish and Welsh fans travelled to England.', ['GB']],
    ['Prices in Papua New Guinea and South Korea rose.', ['KR', 'PG']],
    ['The Iraq war cost billions.', ['IQ']],
    ['The Swiss-based firm hired a Kenyan-born chemist.', ['CH', 'KE']],
  ])('finds the countries of %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    ['He moved from New Mexico to Mexico City.'],
    ['The Bank of Japan and Japan Airlines reported.'],
    ['Migrants crossed the Mediterranean toward Europe and Asia.'],
    ['We ate turkey and told us the news.'],
    ['Jordan Henderson scored twice.'],
    ['Pole vault: she cleared 4.50m.'],
  ])('finds no country in %j', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('uses the common name and one entry per country', () => {
    const found = extractFacts('Britain and the UK are one; British voters agree.').countries;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'GB', name: 'United Kingdom' });
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Britain', 'UK', 'British']);
  });
});

describe('the country forms built at build time', () => {
  it('are the forms the names, aliases and demonyms give now (a stale table fails: run npm run build)', () => {
    const built = JSON.parse(readFileSync(new URL('../../src/lexicon/generated/country-forms.json', import.meta.url), 'utf8'));
    expect(built).toEqual(buildCountryForms());
  });

  it('key a form by its token norms without accents, with plural demonyms and the hand forms', () => {
    const forms = new Map(buildCountryForms().forms);
    expect(forms.get("cote d'ivoire")).toBe('CI');
    expect(forms.get('kenyans')).toBe('KE');
    expect(forms.get('english')).toBe('GB');
  });
});
