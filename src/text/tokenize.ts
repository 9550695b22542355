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
// Sticky, so it matches only where the tokenizer stands, which has skipped the spaces before it.
const TOKEN =
  /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|['’][sS](?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-–&]|['’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*|\S/uy;

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;

// The Unicode classes above are asked only of tokens outside ASCII (a few in a thousand): for the
// rest a test of the character codes gives the same answer without running a regular expression.
const ASCII_END = 0x80;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/** The kind of the token t, whose first character code is `first`. */
function kindOf(t: string, first: number): TokenKind {
  if (isAsciiDigit(first)) return 'number';
  if (isAsciiUpper(first) || isAsciiLower(first)) return 'word';
  if (first >= ASCII_END && LETTER.test(t[0]!)) return 'word';
  return t.length > 1 && LETTER.test(t) ? 'word' : 'punct';
}

const isCap = (t: string, first: number) => (first < ASCII_END ? isAsciiUpper(first) : UPPER.test(t));

/**
 * Whether t has no lower-case letter. An ASCII one answers before the Unicode class is asked
 * ("Zürich"): when that class was asked at the first character outside ASCII, its rare first run
 * in a thread came after the tokenizer was optimised and sent it back to the interpreter.
 */
function hasNoLower(t: string): boolean {
  let ascii = true;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (isAsciiLower(c)) return false;
    if (c >= ASCII_END) ascii = false;
  }
  return ascii || !LOWER_LETTER.test(t);
}

/** Lower case, curly apostrophes straightened (replaced only in the few tokens that have one). */
const normOf = (t: string) => {
  const lower = t.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};

/**
 * A copy of token t with some of its fields changed. It is written as a literal in the field order
 * of the tokenizer's own, so every token has one hidden class: a spread copy would have another,
 * and every rule reading tokens would then see two kinds of object.
 */
export function tokenWith(t: Token, changed: Partial<Token>): Token {
  return {
    text: changed.text ?? t.text,
    start: changed.start ?? t.start,
    end: changed.end ?? t.end,
    kind: changed.kind ?? t.kind,
    norm: changed.norm ?? t.norm,
    cap: changed.cap ?? t.cap,
    allCaps: changed.allCaps ?? t.allCaps,
    sentence: changed.sentence ?? t.sentence,
    gap: changed.gap ?? t.gap,
  };
}

/** ASCII white space, as \s has it: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (let start = 0; start < text.length;) {
    const first = text.charCodeAt(start);
    // test, not exec: the match's end is all the tokenizer needs, and exec would build an array
    // for every token. The expression matches any character but white space (its last
    // alternative), so where it fails the character is white space outside ASCII.
    TOKEN.lastIndex = start;
    if (isAsciiSpace(first) || !TOKEN.test(text)) {
      start++;
      continue;
    }
    const end = TOKEN.lastIndex;
    const t = text.slice(start, end);
    const kind = kindOf(t, first);
    const cap = isCap(t, first);
    tokens.push({
      text: t,
      start,
      end,
      kind,
      norm: normOf(t),
      cap,
      allCaps: kind === 'word' && t.length > 1 && cap && hasNoLower(t),
      sentence: 0,
      gap: text.slice(last, start),
    });
    last = start = end;
  }
  return tokens;
}
