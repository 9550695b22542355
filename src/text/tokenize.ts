/**
 * A fast, regex-driven tokenizer for English news text.
 *
 * Offsets are UTF-16 indices into the string (what JavaScript slices use); the pipeline
 * converts them to code points once, when a record is finished.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-cased text with curly apostrophes straightened. */
  norm: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case. */
  allCaps: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** Whitespace (or nothing) between this token and the previous one. */
  gap: string;
}

// Alternatives, first match wins:
//   dotted abbreviations (U.S., e.g.)
//   numbers with separators and decimals (1,000  1.2  430)
//   possessive clitic ('s)
//   words with inner hyphens, apostrophes and dots of initials (don't, FLASH-WEKA, d'Ivoire)
//   any other single non-space character
const TOKEN =
  /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|['’][sS](?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-–&]|['’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*|\S/gu;

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index;
    const first = t.charCodeAt(0);
    const kind: TokenKind = first >= 48 && first <= 57 ? 'number' : LETTER.test(t[0]!) || (t.length > 1 && LETTER.test(t)) ? 'word' : 'punct';
    tokens.push({
      text: t,
      start,
      end: start + t.length,
      kind,
      norm: t.toLowerCase().replace(/’/g, "'"),
      cap: UPPER.test(t),
      allCaps: kind === 'word' && t.length > 1 && !LOWER_LETTER.test(t) && UPPER.test(t),
      sentence: 0,
      gap: text.slice(last, start),
    });
    last = start + t.length;
  }
  return tokens;
}
