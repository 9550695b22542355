/**
 * The country gazetteer's forms: every name, alias and demonym of a sovereign state, keyed by
 * its normalized token sequence. Built at build time (scripts/build-country-forms.mjs writes
 * src/lexicon/generated/country-forms.json), not at every start: keying some 2,000 forms, with
 * their Unicode normalization, cost each run 16 M instructions (callgrind; `node -e 0` is 504 M).
 */
import { countryTable } from '../../lexicon/index.js';
import { COUNTRY_FORMS } from '../../lexicon/entity-cues.js';
import { plainNorm, plainWord } from '../../knowledge/key.js';
import { tokenize } from '../../text/tokenize.js';

/** The gazetteer's table: [key, country code] pairs, the first form of a key winning; and the longest key in tokens. */
export interface CountryForms {
  forms: [string, string][];
  longest: number;
}

/**
 * The token norms of a form. Most forms are plain words, whose tokens are the words in lower
 * case: they skip the tokenizer, which would cost more than the rest of the table building.
 */
const keyOf = (form: string): string[] =>
  /^\p{L}+(?: \p{L}+)*$/u.test(form) ? form.toLowerCase().split(' ').map(plainWord) : tokenize(form).map(plainNorm);

/** Plural demonyms news uses ("Moroccans", "Kenyans"); the irregular ones are in COUNTRY_FORMS. */
const pluralDemonym = (d: string): string | null => (/[aino]$/.test(d) ? `${d}s` : null);

export function buildCountryForms(): CountryForms {
  const forms = new Map<string, string>();
  let longest = 1;
  const add = (form: string, code: string) => {
    const key = keyOf(form);
    if (!key.length || key.join(' ').includes(',')) return;
    longest = Math.max(longest, key.length);
    const k = key.join(' ');
    if (!forms.has(k)) forms.set(k, code);
  };
  // Hand forms first: they settle the ambiguous demonyms ("Congolese", "Dutch").
  for (const [form, code] of Object.entries(COUNTRY_FORMS)) add(form, code);
  for (const [code, c] of Object.entries(countryTable)) {
    add(c.name, code);
    for (const n of c.names) add(n, code);
    for (const d of c.demonyms) {
      add(d, code);
      const p = pluralDemonym(d);
      if (p) add(p, code);
    }
  }
  return { forms: [...forms], longest };
}
