/**
 * The lookup key of a name, shared by the build (scripts/build-knowledge.mjs), the user's
 * lexicon files and the run-time lookup, so all three spell a name the same way: its word
 * tokens and ampersands, lower case, accents removed, joined by single spaces
 * ("Société Générale" -> "societe generale", "Marks & Spencer" -> "marks & spencer").
 */
import { tokenize, type Token } from '../text/tokenize.js';

const COMBINING_MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** A lower-case word without accents, so "Côte" and "Cote" meet. */
export const plainWord = (w: string): string => (ASCII.test(w) ? w : w.normalize('NFD').replace(COMBINING_MARKS, ''));

/** A token's norm without accents. */
export const plainNorm = (t: Token): string => plainWord(t.norm);

/** Tokens that belong to a name's key: words (with "'s") and "&". */
export const keyToken = (t: Token): boolean => t.kind === 'word' || t.text === '&';

/** The key of tokens [a, b). */
export const tokensKey = (tokens: Token[], a = 0, b = tokens.length): string => {
  let key = '';
  for (let k = a; k < b; k++) if (keyToken(tokens[k]!)) key = key ? `${key} ${plainNorm(tokens[k]!)}` : plainNorm(tokens[k]!);
  return key;
};

/** The key of a name written out ("AT&T", "Leeds United"). */
export const nameKey = (name: string): string => tokensKey(tokenize(name));
