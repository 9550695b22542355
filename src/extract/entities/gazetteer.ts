/**
 * Country gazetteer: every name, alias and demonym of a sovereign state, keyed by the
 * normalized token sequence, matched longest-first at a token position.
 */
import { countryTable } from '../../lexicon/index.js';
import { COUNTRY_FORMS } from '../../lexicon/entity-cues.js';
import { tokenize, type Token } from '../../text/tokenize.js';

export interface CountryMatch {
  code: string;
  /** Token index one past the match. */
  end: number;
}

/** Token norm without accents, so "Côte" and "Cote" meet. */
const ASCII = /^[\x00-\x7f]*$/;

const plainWord = (w: string): string => (ASCII.test(w) ? w : w.normalize('NFD').replace(/\p{M}/gu, ''));

export const plainNorm = (t: Token): string => plainWord(t.norm);

/**
 * The token norms of a form. Most forms are plain words, whose tokens are the words in lower
 * case: they skip the tokenizer, which would cost more than the rest of start-up's table building.
 */
const keyOf = (form: string): string[] =>
  /^\p{L}+(?: \p{L}+)*$/u.test(form) ? form.toLowerCase().split(' ').map(plainWord) : tokenize(form).map(plainNorm);

/** Plural demonyms news uses ("Moroccans", "Kenyans"); the irregular ones are in COUNTRY_FORMS. */
const pluralDemonym = (d: string): string | null => (/[aino]$/.test(d) ? `${d}s` : null);

function buildIndex(): { forms: Map<string, string>; firstWords: Set<string>; longest: number } {
  const forms = new Map<string, string>();
  const firstWords = new Set<string>();
  let longest = 1;
  const add = (form: string, code: string) => {
    const key = keyOf(form);
    if (!key.length || key.join(' ').includes(',')) return;
    longest = Math.max(longest, key.length);
    firstWords.add(key[0]!);
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
  return { forms, firstWords, longest };
}

const INDEX = buildIndex();

/** The longest country form starting at token i, or null. */
export function countryAt(tokens: Token[], i: number, limit = tokens.length): CountryMatch | null {
  if (i >= limit || !INDEX.firstWords.has(plainNorm(tokens[i]!))) return null; // "(" may end the text
  let key = '';
  let best: CountryMatch | null = null;
  for (let j = i; j < Math.min(limit, i + INDEX.longest); j++) {
    const t = tokens[j]!;
    if (j > i && t.gap.includes('\n')) break;
    key = j === i ? plainNorm(t) : `${key} ${plainNorm(t)}`;
    const code = INDEX.forms.get(key);
    if (code) best = { code, end: j + 1 };
  }
  return best;
}

/** Common (short) name of a country code. */
export const countryName = (code: string): string => countryTable[code]?.name ?? code;

/** The country a single word names ("Swiss" in "Swiss-based"), or undefined. */
export const countryOfWord = (word: string): string | undefined =>
  INDEX.forms.get(word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
