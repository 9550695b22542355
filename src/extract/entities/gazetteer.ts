/**
 * Country gazetteer: every name, alias and demonym of a sovereign state, keyed by the
 * normalized token sequence, matched longest-first at a token position.
 */
import { readFileSync } from 'node:fs';
import { countryTable } from '../../lexicon/index.js';
import type { Token } from '../../text/tokenize.js';
import { plainNorm, plainWord } from '../../knowledge/key.js';
import type { CountryForms } from './country-forms.js';

export interface CountryMatch {
  code: string;
  /** Token index one past the match. */
  end: number;
}

/** What a key of words is to the gazetteer: a form's (with its country), and whether a longer form begins with it. */
interface FormKey {
  code?: string;
  goesOn: boolean;
}

/**
 * The forms (built by ./country-forms.ts at build time) and every form's proper word prefixes
 * ("the", "the united"), in one map: a match asks once per word and stops at the first word no
 * form goes on with.
 */
function readIndex(): Map<string, FormKey> {
  const { forms } = JSON.parse(readFileSync(new URL('../../lexicon/generated/country-forms.json', import.meta.url), 'utf8')) as CountryForms;
  const keys = new Map<string, FormKey>(forms.map(([key, code]) => [key, { code, goesOn: false }]));
  for (const [key] of forms) {
    for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
      const prefix = key.slice(0, sp), known = keys.get(prefix);
      if (known) known.goesOn = true;
      else keys.set(prefix, { goesOn: true });
    }
  }
  return keys;
}

const INDEX = readIndex();

/** The longest country form starting at token i and ending by `limit`, or null. */
export function countryAt(tokens: Token[], i: number, limit = tokens.length): CountryMatch | null {
  let key = '';
  let best: CountryMatch | null = null;
  // i may be past the end: a "(" may end the text.
  for (let j = i; j < limit; j++) {
    const t = tokens[j]!;
    if (j > i && t.gap.includes('\n')) break;
    key = j === i ? plainNorm(t) : `${key} ${plainNorm(t)}`;
    const form = INDEX.get(key);
    if (form?.code) best = { code: form.code, end: j + 1 };
    if (!form?.goesOn) break;
  }
  return best;
}

/** Common (short) name of a country code. */
export const countryName = (code: string): string => countryTable[code]?.name ?? code;

/** The country a single word names ("Swiss" in "Swiss-based"), or undefined. */
export const countryOfWord = (word: string): string | undefined =>
  INDEX.get(plainWord(word.toLowerCase()))?.code;
