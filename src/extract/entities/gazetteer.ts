/**
 * Country gazetteer: every name, alias and demonym of a sovereign state, keyed by the
 * normalized token sequence, matched longest-first at a token position.
 */
import { readFileSync } from 'node:fs';
import { countryTable } from '../../lexicon/index.js';
import type { Token } from '../../text/tokenize.js';
import { plainNorm, type CountryForms } from './country-forms.js';

export { plainNorm };

export interface CountryMatch {
  code: string;
  /** Token index one past the match. */
  end: number;
}

/** The forms (built by ./country-forms.ts at build time), with the words a form can start with. */
function readIndex(): { forms: Map<string, string>; firstWords: Set<string>; longest: number } {
  const { forms, longest } = JSON.parse(readFileSync(new URL('../../lexicon/generated/country-forms.json', import.meta.url), 'utf8')) as CountryForms;
  return { forms: new Map(forms), firstWords: new Set(forms.map(([key]) => key.split(' ', 1)[0]!)), longest };
}

const INDEX = readIndex();

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
