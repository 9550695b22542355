/**
 * Context tests that tell a counted amount from other numbers: dates, years, times, ages,
 * ordinals, decades, names and references with numbers, and the approximator before an amount.
 */
import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import { COUNT_MODIFIERS } from '../../lexicon/count-modifiers.js';
import {
  AGE_CUES, IDENTIFIER_CUES, MONTHS, ONE_IDIOM_PREPOSITIONS, ORDINAL_SUFFIXES, TIME_SUFFIXES,
} from '../../lexicon/count-cues.js';
import { CURRENCY_SUBUNITS } from '../../lexicon/currencies.js';
import { has, PERSON_CLASSES, WordClass } from '../../lexicon/word-class.js';
import { SCALE_ABBREVIATIONS } from '../../lexicon/number-words.js';
import { unitByName, unitBySymbol } from '../../lexicon/units.js';
import { afterModelNumber, isPluralNoun } from './noun.js';
import { cardinalWord } from './numbers.js';

/** The approximators by their last word, each list in COUNT_MODIFIERS order: only those ending with the word before a number are tried. */
const MODIFIERS_BY_LAST_WORD = COUNT_MODIFIERS.reduce((byLast, [written, normal]) => {
  const words = written.split(' ');
  const last = words[words.length - 1]!;
  return byLast.set(last, [...(byLast.get(last) ?? []), [words, normal] as const]);
}, new Map<string, ReadonlyArray<readonly [string[], string]>>());

/** The approximator ending right before token i: its first token and normalized form. */
export function modifierBefore(tokens: Token[], i: number): { first: number; modifier: string } | null {
  const endingBefore = i > 0 ? MODIFIERS_BY_LAST_WORD.get(tokens[i - 1]!.norm) : undefined;
  for (const [words, modifier] of endingBefore ?? []) {
    const first = i - words.length;
    if (first < 0) continue;
    if (words.every((w, k) => tokens[first + k]!.norm === w) && tokens[first]!.sentence === tokens[i]!.sentence) {
      return { first, modifier };
    }
  }
  return null;
}

/** "jan." -> "jan": an abbreviation's period (a test of the last character, no expression run per number). */
const withoutPeriod = (norm: string) => (norm.endsWith('.') ? norm.slice(0, -1) : norm);

const isMonth = (t: Token | undefined) =>
  t !== undefined && MONTHS.has(withoutPeriod(t.norm)) && (t.cap || (t.norm !== 'may' && t.norm !== 'march'));

/**
 * "46-strong", "10-month", "45-year-old", "2.5 million-strong", "a 17-million population": digits
 * in a hyphenated modifier, not a count ("$1 billion-plus" is still an amount).
 */
function isCompoundModifier(tokens: Token[], end: number): boolean {
  const scale = tokens[end - 1]!;
  if (scale.kind === 'word' && /[-–][a-z]/.test(scale.norm)) return !/[-–]plus$/.test(scale.norm);
  // "a 17-million population"
  if (scale.kind === 'word' && scale.norm !== 'plus' && tokens[end - 2]?.text === '-') return true;
  return tokens[end]?.text === '-' && tokens[end]!.gap === '' && tokens[end + 1]?.kind === 'word' &&
    tokens[end + 1]!.gap === '';
}

/** "747 jets", "737-800 planes": a model number at k, with the plural it names after it. */
const isModelOfPlural = (tokens: Token[], k: number) => {
  const after = tokens[afterModelNumber(tokens, k)];
  return tokens[k]?.kind === 'number' && after !== undefined && after.kind === 'word' && isPluralNoun(after);
};

/**
 * "0845 123 4567": digits spaced from more digits are a phone number or code; "ten 747 jets":
 * digits after a number are a model. A count before a model stays ("10 737-800 planes").
 */
const isDigitRun = (tokens: Token[], first: number, end: number) => {
  const prev = tokens[first - 1];
  const afterNumber = prev !== undefined && tokens[first]!.gap === ' ' &&
    (prev.kind === 'number' || cardinalWord(prev.norm) !== null);
  const beforeNumber = tokens[end]?.kind === 'number' && tokens[end]!.gap === ' ' && !isModelOfPlural(tokens, end);
  return afterNumber || beforeNumber;
};

/** "9/11", "1/2": digits joined by a slash are a date or a fraction. */
const isSlashed = (tokens: Token[], first: number, end: number) =>
  (tokens[end]?.text === '/' && tokens[end]!.gap === '' && tokens[end + 1]?.kind === 'number') ||
  (tokens[first - 1]?.text === '/' && tokens[first]!.gap === '' && tokens[first - 2]?.kind === 'number');

/** Glued letters after digits that make them something other than a plain amount ("14th", "1990s", "4x100m"). */
function hasForeignSuffix(tokens: Token[], end: number): boolean {
  const t = tokens[end];
  if (!t || t.gap !== '' || t.kind === 'punct') return false;
  if (t.kind === 'number') return true;
  if (ORDINAL_SUFFIXES.has(t.norm) || t.norm === 's' || TIME_SUFFIXES.has(t.norm)) return true;
  const amountSuffix = unitBySymbol(t.text, true) !== undefined || unitByName(t.norm) !== undefined || CURRENCY_SUBUNITS.get(t.norm) !== undefined ||
    SCALE_ABBREVIATIONS.has(t.norm) || t.norm === 'pc' || t.norm === 'fold';
  return !amountSuffix;
}

/** "2:00 pm", "14.30 GMT", "10 am". */
function isTime(tokens: Token[], first: number, end: number): boolean {
  const next = tokens[end];
  const prev = tokens[first - 1];
  if (next && next.text === ':' && next.gap === '' && tokens[end + 1]?.kind === 'number') return true;
  if (prev && prev.text === ':' && tokens[first]!.gap === '' && tokens[first - 2]?.kind === 'number') return true;
  return next !== undefined && TIME_SUFFIXES.has(next.norm);
}

/** "27 July", "July 27". */
const isDate = (tokens: Token[], first: number, end: number) => isMonth(tokens[first - 1]) || isMonth(tokens[end]);

/**
 * A year: four bare digits from 1000 to 2099 ("in 2004", "2003 figures"), unless a round
 * number counts a plural noun ("2500 volunteers").
 */
function isYear(tokens: Token[], first: number, end: number, pluralFollows: boolean): boolean {
  const text = tokens[first]!.text;
  return end === first + 1 && /^(?:1\d|20)\d\d$/.test(text) && !(pluralFollows && Number(text) % 50 === 0);
}

// The words of "a 45-year-old" and "45 years old": sets, not expressions, as every digit phrase is asked about them.
const YEAR_OLD = new Set(['year-old', 'years-old']);
const YEARS = new Set(['year', 'years']);
const OLD = new Set(['old', 'olds']);

/** "aged 45", "a 45-year-old", "45 years old", "John Smith, 45, from ..." */
function isAge(tokens: Token[], first: number, end: number): boolean {
  if (AGE_CUES.has(tokens[first - 1]?.norm ?? '')) return true;
  if (tokens[first - 1]?.norm === 'of' && AGE_CUES.has(tokens[first - 2]?.norm ?? '')) return true;
  const next = tokens[end];
  const after = tokens[end + 1];
  if (next?.text === '-' && after && YEAR_OLD.has(after.norm)) return true;
  if (next && YEARS.has(next.norm) && OLD.has(after?.norm ?? '')) return true;
  if (next?.norm === 'year-olds' || next?.norm === 'year-old') return true;
  const value = tokens[first]!.text;
  const between = tokens[first - 1]?.text === ',' && (next?.text === ',' || next?.text === ')');
  return between && /^\d{1,3}$/.test(value) && tokens[first - 2]?.cap === true;
}

/** "(3)": a bare number in brackets is a reference or an age, not an amount. */
const isBracketed = (tokens: Token[], first: number, end: number) =>
  tokens[first - 1]?.text === '(' && tokens[end]?.text === ')';

/** Phone numbers and codes: leading zeros, or seven digits and more without separators. */
const isCode = (t: Token) => t.kind === 'number' && (/^0\d/.test(t.text) || /^\d{7,}$/.test(t.text));

/** Mostly capitalized words: a headline in title case, where capitals say nothing about names. */
function isTitleCase(doc: Doc, sentence: number): boolean {
  const [a, b] = doc.sentences[sentence]!;
  let long = 0;
  let caps = 0;
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 3 && caps / long >= 0.7;
}

/** The first word of its sentence, perhaps after an opening quote or bracket ('"If five ...'). */
function isSentenceInitial(doc: Doc, k: number): boolean {
  for (let j = doc.sentences[doc.tokens[k]!.sentence]![0]; j < k; j++) {
    if (doc.tokens[j]!.kind !== 'punct') return false;
  }
  return true;
}

/**
 * A number that is part of a name or reference: "Title 42", "Flight 370", "BBC One",
 * "Graham 82", "number one", "Covid-19", "No. 1": mostly a capitalized word right before it.
 * In a title-case headline ("Coastguards Rescue 212 Migrants") capitals say little, so
 * there only a known name counts.
 */
function isIdentifier(doc: Doc, first: number): boolean {
  const own = doc.tokens[first]!;
  // "the Six Nations", "BBC One": a capitalized number word inside a sentence is part of a name.
  const startsSentence = isSentenceInitial(doc, first);
  if (own.kind === 'word' && own.cap && !startsSentence && !isTitleCase(doc, own.sentence)) return true;
  const prev = doc.tokens[first - 1];
  if (!prev) return false;
  const hyphenated = prev.text === '-' && doc.tokens[first]!.gap === '' && prev.gap === '';
  if (hyphenated && doc.tokens[first - 2]?.kind === 'word') return true;
  if (prev.text === '#' && doc.tokens[first]!.gap === '') return true;
  if (prev.text === '.' && IDENTIFIER_CUES.has(doc.tokens[first - 2]?.norm ?? '')) return true;
  if (prev.kind !== 'word' || prev.sentence !== doc.tokens[first]!.sentence) return false;
  if (IDENTIFIER_CUES.has(withoutPeriod(prev.norm))) return true;
  if (!prev.cap || isMonth(prev)) return false;
  // At a sentence start only a name is a name ("Okafor 74"), not "In 2004" or "Only 5".
  if (isSentenceInitial(doc, first - 1)) return !has(prev.norm, WordClass.Verb | WordClass.Adjective | WordClass.Adverb | WordClass.FunctionWord |
    WordClass.NumberWord | WordClass.Expression);
  return isTitleCase(doc, prev.sentence) ? has(prev.norm, PERSON_CLASSES | WordClass.Organization | WordClass.Country | WordClass.Place) : true;
}

export interface PhraseContext {
  /** Written with digits. */
  digits: boolean;
  /** A plural noun follows (so four digits are a count, not a year). */
  pluralFollows: boolean;
  /** Nothing but the number itself: no currency or approximator before it to vouch for it. */
  bare: boolean;
  /** A currency sign before it ("$1900" is money, not a year). */
  money: boolean;
}

/** "with one hand", "for one minute": a bare spelled-out one after a preposition is an idiom. */
const isIdiomaticOne = (tokens: Token[], first: number, end: number) =>
  end === first + 1 && tokens[first]!.norm === 'one' && ONE_IDIOM_PREPOSITIONS.has(tokens[first - 1]?.norm ?? '');

interface Span {
  doc: Doc;
  tokens: Token[];
  first: number;
  end: number;
  context: PhraseContext;
}

/** Why a number is no amount: ordered, the first that applies names the reason. */
interface ExclusionRule {
  id: string;
  description: string;
  applies: (s: Span) => boolean;
}

export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  {
    id: 'count.not.suffix', description: 'letters glued to the digits that make them no amount ("14th", "1990s", "5G")',
    applies: (s) => s.context.digits && hasForeignSuffix(s.tokens, s.end),
  },
  {
    id: 'count.not.compound', description: 'digits in a hyphenated modifier that is no unit or noun ("46-strong", "a 4-million population")',
    applies: (s) => s.context.digits && s.context.bare && isCompoundModifier(s.tokens, s.end),
  },
  {
    id: 'count.not.digit-run', description: 'digits spaced from more digits: a phone number, code or model ("0845 123 4567")',
    applies: (s) => s.context.digits && isDigitRun(s.tokens, s.first, s.end),
  },
  {
    id: 'count.not.slashed', description: 'digits joined by a slash: a date or a fraction ("9/11")',
    applies: (s) => s.context.digits && isSlashed(s.tokens, s.first, s.end),
  },
  {
    id: 'count.not.code', description: 'leading zeros or seven digits and more without separators',
    applies: (s) => s.context.digits && isCode(s.tokens[s.first]!),
  },
  {
    id: 'count.not.year', description: 'four bare digits from 1000 to 2099, without a currency ("in 2004", not "$1900")',
    applies: (s) => s.context.digits && !s.context.money && isYear(s.tokens, s.first, s.end, s.context.pluralFollows),
  },
  {
    id: 'count.not.time', description: 'a clock time ("2:00 pm", "14.30 GMT")',
    applies: (s) => s.context.digits && isTime(s.tokens, s.first, s.end),
  },
  {
    id: 'count.not.age', description: 'an age ("aged 45", "a 45-year-old", "John Smith, 45,")',
    applies: (s) => s.context.digits && isAge(s.tokens, s.first, s.end),
  },
  {
    id: 'count.not.bracketed', description: 'a bare number in brackets: a reference or an age ("(3)")',
    applies: (s) => s.context.digits && isBracketed(s.tokens, s.first, s.end),
  },
  { id: 'count.not.date', description: 'a day of a month ("27 July", "July 27")', applies: (s) => isDate(s.tokens, s.first, s.end) },
  {
    id: 'count.not.identifier', description: 'part of a name or reference ("Title 42", "Flight 370", "BBC One", "number one")',
    applies: (s) => s.context.bare && isIdentifier(s.doc, s.first),
  },
  {
    id: 'count.not.idiom', description: 'a bare "one" after a preposition ("with one hand")',
    applies: (s) => s.context.bare && isIdiomaticOne(s.tokens, s.first, s.end),
  },
];

/** The id of the rule that makes the number phrase [first, end) no amount, or null when it may be one. */
export function exclusionOf(doc: Doc, first: number, end: number, context: PhraseContext): string | null {
  const span: Span = { doc, tokens: doc.tokens, first, end, context };
  // An indexed loop, not `find`: no callback between the table and each rule, for every number of the text.
  for (let k = 0; k < EXCLUSION_RULES.length; k++) if (EXCLUSION_RULES[k]!.applies(span)) return EXCLUSION_RULES[k]!.id;
  return null;
}
