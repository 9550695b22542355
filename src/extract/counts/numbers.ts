/** Reading the numeric core of an amount: digits with scales, spelled-out and vague numbers. */
import type { Token } from '../../text/tokenize.js';
import {
  CARDINAL_WORDS, FRACTION_WORDS, GLUED_ONLY_SCALES, MULTIPLE_SUFFIX, SCALE_ABBREVIATIONS, SCALE_WORDS,
  VAGUE_NEEDS_OF, VAGUE_PLURALS, VAGUE_QUANTIFIERS,
} from '../../lexicon/number-words.js';
import { OF_DETERMINERS } from '../../lexicon/count-cues.js';

export interface NumberPhrase {
  value: number;
  /** Token indices [first, end) of the phrase. */
  first: number;
  end: number;
  /** A vague amount: "thousands of", "dozens", "several hundred". */
  approximate: boolean;
  /** The scale applied last (1 when none), shared with the other end of a range ("four to five thousand"). */
  scale: number;
  /** Written with digits (not spelled out). */
  digits: boolean;
  /** The glued "m" of "800m": million or metres, decided by what follows. */
  gluedM: boolean;
  /** A fraction of what follows ("a third of", "two-thirds of", "half the"). */
  fraction: boolean;
  /** A multiple ("sixfold"). */
  multiple: boolean;
  /** The noun compounded with a spelled-out number ("three-minute" -> "minute"), else null. */
  head: string | null;
}

/**
 * A phrase that is no fraction, multiple or compound. Every phrase is built with all fields in
 * this order, so the amount code sees one object shape (an optional field makes another shape,
 * and V8 then compiles readAmounts again).
 */
const plainPhrase = (
  value: number, first: number, end: number, approximate: boolean, scale: number, digits: boolean, gluedM = false,
): NumberPhrase => ({ value, first, end, approximate, scale, digits, gluedM, fraction: false, multiple: false, head: null });

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** "1,000" -> 1000, "4.7" -> 4.7; null for digit groups that are no plain number ("1.2.3", "12,34"). */
export function digitValue(text: string): number | null {
  return DIGITS.test(text) ? Number(text.replace(/,/g, '')) : null;
}

const isHyphenated = (norm: string) => norm.includes('-') || norm.includes('–');

/** The parts of a compound between hyphens and dashes ("twenty-five" -> twenty, five); no expression is run on a word without one (most words). */
const hyphenParts = (norm: string) => (isHyphenated(norm) ? norm.split(/[-–]/) : [norm]);

/** A single word's cardinal value: "eight", "Twenty", "twenty-five"; null otherwise. */
export function cardinalWord(norm: string): number | null {
  const direct = CARDINAL_WORDS.get(norm);
  if (direct !== undefined) return direct;
  const parts = hyphenParts(norm);
  if (parts.length !== 2) return null;
  const tens = CARDINAL_WORDS.get(parts[0]!);
  const units = CARDINAL_WORDS.get(parts[1]!);
  return tens !== undefined && units !== undefined && tens >= 20 && tens % 10 === 0 && units > 0 && units < 10
    ? tens + units : null;
}

/**
 * value * scale without binary noise (4.1 * 1e6 is 4099999.9999999995). A whole product of
 * fewer than 13 digits has none (and most amounts are one), so only the others are rounded.
 */
export function times(value: number, scale: number): number {
  const product = value * scale;
  if (Number.isInteger(product) && Math.abs(product) < 1e12) return product === 0 ? 0 : product; // (0, not -0, as rounding gives)
  return Number(product.toPrecision(12));
}

const glued = (tokens: Token[], i: number) => tokens[i] !== undefined && tokens[i]!.gap === '';

/** A scale right after digits: glued or spaced abbreviation, or a scale word ("430 million"). */
function scaleAfterDigits(tokens: Token[], j: number): { scale: number; gluedM: boolean } | null {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  // "$1 billion-plus", "£1.5m-a-year": the scale is the compound's first part.
  const norm = hyphenParts(t.norm)[0]!;
  const abbreviation = SCALE_ABBREVIATIONS.get(norm);
  if (abbreviation !== undefined && (glued(tokens, j) || !GLUED_ONLY_SCALES.has(norm))) {
    return { scale: abbreviation, gluedM: norm === 'm' };
  }
  // "£22 billions": a plural scale after digits is still a scale.
  const word = SCALE_WORDS.get(norm) ?? (norm.endsWith('s') ? SCALE_WORDS.get(norm.slice(0, -1)) : undefined);
  return word !== undefined && word > 12 ? { scale: word, gluedM: false } : null;
}

/** A hyphen glued on both sides at token j ("1.2-billion", "5,000-plus"). */
const isGluedHyphen = (tokens: Token[], j: number) =>
  tokens[j]?.text === '-' && tokens[j]!.gap === '' && tokens[j + 1] !== undefined && tokens[j + 1]!.gap === '';

/** "$1.2-billion": a scale word joined to the digits by a hyphen, US style. */
function hyphenatedScale(tokens: Token[], j: number): number | undefined {
  if (!isGluedHyphen(tokens, j) || tokens[j + 1]!.kind !== 'word') return undefined;
  const scale = SCALE_WORDS.get(hyphenParts(tokens[j + 1]!.norm)[0]!);
  return scale !== undefined && scale > 12 ? scale : undefined;
}

function parseDigits(tokens: Token[], i: number): NumberPhrase | null {
  const value = digitValue(tokens[i]!.text);
  if (value === null) return null;
  const scaleAt = hyphenatedScale(tokens, i + 1) !== undefined ? i + 2 : i + 1;
  const scaled = scaleAfterDigits(tokens, scaleAt);
  const scale = scaled?.scale ?? 1;
  let end = scaled ? scaleAt + 1 : i + 1;
  // "5,000-plus staff"
  if (isGluedHyphen(tokens, end) && tokens[end + 1]!.norm === 'plus') end += 2;
  return plainPhrase(times(value, scale), i, end, false, scale, true, scaled?.gluedM ?? false);
}

/** "tens of thousands", "hundreds of millions", "dozens" (with "of" where the word needs it). */
function parseVague(tokens: Token[], i: number, first: number): NumberPhrase | null {
  let value = VAGUE_PLURALS.get(tokens[i]!.norm);
  if (value === undefined) return null;
  let end = i + 1;
  for (;;) {
    const larger = VAGUE_PLURALS.get(tokens[end + 1]?.norm ?? '') ?? SCALE_WORDS.get(tokens[end + 1]?.norm ?? '');
    if (tokens[end]?.norm !== 'of' || larger === undefined || larger <= value || larger < 1000) break;
    value *= larger;
    end += 2;
  }
  if (VAGUE_NEEDS_OF.has(tokens[i]!.norm) && end === i + 1 && tokens[end]?.norm !== 'of') return null;
  return plainPhrase(value, first, end, true, value, false);
}

const isA = (t: Token | undefined) => t?.norm === 'a' || t?.norm === 'an';

/** "half a million", "half a dozen" at token j. */
const isHalfAScale = (tokens: Token[], j: number) =>
  tokens[j]!.norm === 'half' && isA(tokens[j + 1]) && SCALE_WORDS.get(tokens[j + 2]?.norm ?? '') !== undefined;

/** "and a half" at token j ("five and a half", "two and a half million"). */
const isAndAHalf = (tokens: Token[], j: number) =>
  tokens[j]!.norm === 'and' && isA(tokens[j + 1]) && tokens[j + 2]?.norm === 'half';

/** "a couple of": an approximate two, read up to "of" (the counted noun follows it). */
function parseCouple(tokens: Token[], i: number): NumberPhrase | null {
  const isCoupleOf = isA(tokens[i]) && tokens[i + 1]?.norm === 'couple' && tokens[i + 2]?.norm === 'of';
  if (!isCoupleOf) return null;
  return plainPhrase(2, i, i + 2, true, 1, false);
}

/** "a quarter of a million", "three quarters of a billion": a fraction of a large scale word. */
function parseFractionOfScale(tokens: Token[], i: number): NumberPhrase | null {
  const numerator = isA(tokens[i]) ? 1 : cardinalWord(tokens[i]!.norm);
  const fraction = FRACTION_WORDS.get(tokens[i + 1]?.norm ?? '');
  if (numerator === null || fraction === undefined || tokens[i + 2]?.norm !== 'of' || !isA(tokens[i + 3])) return null;
  const scale = SCALE_WORDS.get(tokens[i + 4]?.norm ?? '');
  if (scale === undefined || scale < 1000) return null;
  return plainPhrase(times(numerator * fraction, scale), i, i + 5, false, scale, false);
}

const isScaleAt = (tokens: Token[], k: number) => SCALE_WORDS.get(tokens[k]?.norm ?? '') !== undefined;

/** How a spelled-out number opens before its scale: "half a", "a", "several", "a few" (tokens to skip). */
function leadOf(tokens: Token[], j: number): { current: number; approximate: boolean; skip: number } | null {
  if (isHalfAScale(tokens, j)) return { current: 0.5, approximate: false, skip: 2 };
  if (isA(tokens[j]) && isScaleAt(tokens, j + 1)) return { current: 1, approximate: false, skip: 1 };
  const vague = { current: 1, approximate: true };
  if (VAGUE_QUANTIFIERS.has(tokens[j]!.norm) && isScaleAt(tokens, j + 1)) return { ...vague, skip: 1 };
  if (isA(tokens[j]) && tokens[j + 1]?.norm === 'few' && isScaleAt(tokens, j + 2)) return { ...vague, skip: 2 };
  return null;
}

/**
 * Spelled-out cardinals: "eight", "one hundred and twenty", "two dozen", "a million",
 * "several hundred million". Scales multiply what is read so far.
 */
function parseWords(tokens: Token[], i: number): NumberPhrase | null {
  let total = 0;
  const lead = leadOf(tokens, i);
  let current = lead?.current ?? 0;
  let approximate = lead?.approximate ?? false;
  let read = false;
  let lastScale = 1;
  let j = i + (lead?.skip ?? 0);
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const cardinal = cardinalWord(t.norm);
    const scale = SCALE_WORDS.get(t.norm);
    if (cardinal !== null) {
      // "five six" is two numbers; "one hundred and twenty" continues after a scale only.
      const tensThenUnit = current % 10 === 0 && current % 100 >= 20 && cardinal < 10;
      if (read && current % 100 !== 0 && !tensThenUnit) break;
      current += cardinal;
    } else if (scale !== undefined && (read || current > 0)) {
      if (scale < 1000) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastScale = scale;
      if (scale === 12) approximate = true;
    } else if (t.norm === 'and' && read && lastScale > 1 && cardinalWord(tokens[j + 1]?.norm ?? '') !== null) {
      continue;
    } else if (current > 0 && isAndAHalf(tokens, j)) {
      current += 0.5;
      j += 2;
      continue;
    } else break;
    read = true;
  }
  if (!read) return null;
  return plainPhrase(total + current, i, j, approximate, lastScale, false);
}

/** Determiners after "half" that open its noun phrase ("half the flats", "half its staff"). */
const isDeterminer = (t: Token | undefined) => t !== undefined && OF_DETERMINERS.has(t.norm) && t.norm !== 'them' && t.norm !== 'us';

/** The numerator and fraction word of "a third", "two thirds", "two-thirds", "half" at token i; tokens read. */
function fractionAt(tokens: Token[], i: number): { value: number; read: number } | null {
  const t = tokens[i]!;
  if (t.norm === 'half') return { value: 0.5, read: 1 };
  const parts = hyphenParts(t.norm); // "two-thirds"
  if (parts.length === 2) {
    const numerator = cardinalWord(parts[0]!);
    const fraction = FRACTION_WORDS.get(parts[1]!);
    return numerator !== null && numerator > 0 && fraction !== undefined ? { value: numerator * fraction, read: 1 } : null;
  }
  const numerator = isA(t) ? 1 : cardinalWord(t.norm);
  const fraction = FRACTION_WORDS.get(tokens[i + 1]?.norm ?? '');
  return numerator !== null && numerator > 0 && fraction !== undefined && fraction < 1 / 2 + 1e-9 && (numerator > 1) === tokens[i + 1]!.norm.endsWith('s')
    ? { value: numerator * fraction, read: 2 } : null;
}

/**
 * "a third of voters", "two-thirds of adults", "half the flats": a fraction before "of" or, for
 * "half", a determiner; its noun is read like a count's.
 */
function parseFraction(tokens: Token[], i: number): NumberPhrase | null {
  const fraction = fractionAt(tokens, i);
  if (!fraction) return null;
  const end = i + fraction.read;
  const ofFollows = tokens[end]?.norm === 'of' && !isA(tokens[end + 1]);
  const determinerFollows = tokens[i]!.norm === 'half' && isDeterminer(tokens[end]);
  if (!ofFollows && !determinerFollows) return null;
  return {
    value: Number(fraction.value.toPrecision(12)), first: i, end: determinerFollows ? end + 1 : end, approximate: false,
    scale: 1, digits: false, gluedM: false, fraction: true, multiple: false, head: null,
  };
}

/** "sixfold", "ten-fold", "hundredfold": a multiple written as one word. */
function parseMultiple(tokens: Token[], i: number): NumberPhrase | null {
  const norm = tokens[i]!.norm;
  if (!norm.endsWith(MULTIPLE_SUFFIX)) return null;
  const stem = norm.slice(0, -MULTIPLE_SUFFIX.length).replace(/[-–]$/, '');
  const value = cardinalWord(stem) ?? SCALE_WORDS.get(stem);
  if (value === undefined || value === null || value < 2) return null;
  return {
    value, first: i, end: i + 1, approximate: false, scale: 1, digits: false, gluedM: false, fraction: false, multiple: true,
    head: null,
  };
}

/** "three-minute", "twenty-five-year": a spelled-out number hyphenated to the noun it measures. */
function parseHyphenatedWord(tokens: Token[], i: number): NumberPhrase | null {
  const parts = hyphenParts(tokens[i]!.norm);
  // A spelled-out number is one or two words ("three", "twenty-five").
  for (let cut = Math.min(2, parts.length - 1); cut >= 1; cut--) {
    const value = cardinalWord(parts.slice(0, cut).join('-'));
    const head = parts.slice(cut).join('-');
    if (value !== null && /^[a-z]/.test(head)) {
      return {
        value, first: i, end: i + 1, approximate: false, scale: 1, digits: false, gluedM: false, fraction: false, multiple: false,
        head,
      };
    }
  }
  return null;
}

/**
 * The words a spelled-out number phrase may start with, but for hyphenated cardinals ("twenty-five")
 * and multiples ("sixfold"): every other word without a hyphen starts none, so one look-up rules
 * out nearly every word.
 */
const NUMBER_START_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'half', ...VAGUE_QUANTIFIERS, ...VAGUE_PLURALS.keys(), ...CARDINAL_WORDS.keys(),
]);

/** The number phrase starting at token i, or null. */
export function parseNumberAt(tokens: Token[], i: number): NumberPhrase | null {
  const t = tokens[i]!;
  if (t.kind === 'number') return parseDigits(tokens, i);
  if (t.kind !== 'word') return null;
  if (NUMBER_START_WORDS.has(t.norm)) return parseSpelledOut(tokens, i);
  return startsWithNumberWord(t.norm) || t.norm.endsWith(MULTIPLE_SUFFIX) ? parseCompoundWord(tokens, i) : null;
}

/** The words a hyphenated number or compound starts with ("twenty-five", "two-thirds", "hundred-fold"). */
const COMPOUND_FIRST_WORDS: ReadonlySet<string> = new Set([...CARDINAL_WORDS.keys(), ...SCALE_WORDS.keys()]);

/**
 * Whether the part before a word's first hyphen or dash is a number word, as in every hyphenated
 * number and compound: most hyphenated words ("year-old", "so-called") are ruled out by one
 * look-up before the compound parsers split them again and again.
 */
function startsWithNumberWord(norm: string): boolean {
  const hyphen = norm.indexOf('-');
  const dash = norm.indexOf('–');
  const cut = hyphen < 0 ? dash : dash < 0 ? hyphen : Math.min(hyphen, dash);
  return cut > 0 && COMPOUND_FIRST_WORDS.has(norm.slice(0, cut));
}

/**
 * "twenty-five", else a compound: "sixfold", "ten-fold", "two-thirds", "three-minute". Apart from
 * parseNumberAt, as few words are any of these: the parsers below are seldom reached, and a call
 * V8 has not seen yet recompiles only this function, not the one run per token.
 */
function parseCompoundWord(tokens: Token[], i: number): NumberPhrase | null {
  if (cardinalWord(tokens[i]!.norm) !== null) return parseSpelledOut(tokens, i);
  return parseMultiple(tokens, i) ?? parseFraction(tokens, i) ?? parseHyphenatedWord(tokens, i);
}

/** The words after "a" or "an" in a number: "a couple of", "a few hundred", "a third of", "a million". */
const AFTER_ARTICLE: ReadonlySet<string> = new Set(['couple', 'few', ...FRACTION_WORDS.keys(), ...SCALE_WORDS.keys()]);

/** A number spelled out from token i: vague, "a couple of", a fraction, or cardinals with their scales. */
function parseSpelledOut(tokens: Token[], i: number): NumberPhrase | null {
  // "a" and "an", by far the commonest start words, start a number only before one of these.
  if (isA(tokens[i]) && !AFTER_ARTICLE.has(tokens[i + 1]?.norm ?? '')) return null;
  const norm = tokens[i]!.norm;
  if (VAGUE_QUANTIFIERS.has(norm) && VAGUE_PLURALS.get(tokens[i + 1]?.norm ?? '') !== undefined) {
    return parseVague(tokens, i + 1, i);
  }
  return parseVague(tokens, i, i) ?? parseCouple(tokens, i) ?? parseFractionOfScale(tokens, i) ?? parseFraction(tokens, i) ??
    parseWords(tokens, i);
}
