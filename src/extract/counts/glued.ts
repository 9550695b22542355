/**
 * Amounts the tokenizer keeps in one word because letters come first: "EUR40m", "RM50",
 * "R2.5bn", "KSh500". The counts see them split into currency and number tokens.
 */
import type { Doc } from '../../text/document.js';
import { tokenize, tokenWith, type Token } from '../../text/tokenize.js';
import { currencyOfSymbol, isCurrencyCode } from '../../lexicon/currencies.js';

const LETTERS_THEN_DIGITS = /^(\p{L}+)\d/u;
/** A letter right before a digit: no glued amount without one, and most texts have none. */
const LETTER_THEN_DIGIT = /\p{L}\d/u;

/** Whether text has a digit 0-9 (what \d matches): a test of character codes, before the Unicode expression. */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The currency letters glued before digits at the start of a word token, or null. */
function currencyLetters(t: Token): string | null {
  if (t.kind !== 'word' || !hasDigit(t.text)) return null;
  const letters = LETTERS_THEN_DIGITS.exec(t.text)?.[1];
  return letters && (currencyOfSymbol(letters) !== undefined || isCurrencyCode(letters)) ? letters : null;
}

/** The tokens of text[start, end) as the tokenizer reads them there, in sentence `sentence`. */
function retokenize(text: string, start: number, end: number, sentence: number): Token[] {
  return tokenize(text.slice(start, end)).map((t, k) =>
    tokenWith(t, { start: t.start + start, end: t.end + start, sentence, gap: k === 0 ? '' : t.gap }));
}

/** The document with every glued currency amount split; the same object when there is none. */
export function splitGluedCurrencies(doc: Doc): Doc {
  // One scan of the text rules most documents out before every token is asked.
  if (!LETTER_THEN_DIGIT.test(doc.text) || !doc.tokens.some((t) => currencyLetters(t) !== null)) return doc;
  const tokens: Token[] = [];
  const { text } = doc;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const letters = currencyLetters(t);
    if (letters === null) {
      tokens.push(t);
      continue;
    }
    // The glued run goes on to the next space: "R1" "," "500" is one amount.
    let last = i;
    while (doc.tokens[last + 1]?.gap === '' && doc.tokens[last + 1]!.sentence === t.sentence) last++;
    const allCaps = letters.length > 1 && letters === letters.toUpperCase();
    tokens.push(tokenWith(t, { text: letters, end: t.start + letters.length, norm: letters.toLowerCase(), allCaps }));
    tokens.push(...retokenize(text, t.start + letters.length, doc.tokens[last]!.end, t.sentence));
    i = last;
  }
  const sentences = doc.sentences.map((): [number, number] => [Infinity, -Infinity]);
  tokens.forEach((t, k) => {
    const range = sentences[t.sentence]!;
    range[0] = Math.min(range[0], k);
    range[1] = Math.max(range[1], k + 1);
  });
  return { text, tokens, sentences };
}
