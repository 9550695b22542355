/** One amount in the text: a number with its sign, currency, percent sign or unit, and its approximator. */
import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import type { CountKind } from '../../types.js';
import { CURRENCY_SUBUNITS, currencyOfWord } from '../../lexicon/currencies.js';
import { MULTIPLE_SUFFIX } from '../../lexicon/number-words.js';
import { MAX_UNIT_WORDS, mayStartUnitName, mayStartUnitSymbol, unitByName, unitBySymbol } from '../../lexicon/units.js';
import { has, known, WordClass } from '../../lexicon/word-class.js';
import { isPlainWord } from '../../lexicon/common-words.js';
import { NON_NOUN_HEADS, RACE_NOUNS } from '../../lexicon/count-cues.js';
import { exclusionOf, modifierBefore } from './context.js';
import { currencyAfter, currencyBefore, currencyInScale, percentAt, type AmountSuffix } from './money.js';
import { countedNounAt, isPluralNoun } from './noun.js';
import { times, type NumberPhrase } from './numbers.js';

export interface Amount {
  phrase: NumberPhrase;
  value: number;
  /** Token indices [first, end): sign and currency before and suffix after included, approximator not. */
  first: number;
  end: number;
  /** Currency code, "percent", a unit name or a compounded noun when the amount itself says; else null (a noun may follow). */
  unit: string | null;
  kind: CountKind | null;
  /** The rule that gave the unit (null when a noun after or the context will). */
  rule: string | null;
  modifier: { first: number; modifier: string } | null;
  /** Why this number is no amount (a date, year, name...), or null. */
  exclusion: string | null;
}

/** First token of an amount's count: its approximator, else its sign, currency or number. */
export const countStart = (a: Amount) => a.modifier?.first ?? a.first;

const measure = (unit: string, end: number, rule: string, factor = 1): AmountSuffix =>
  ({ unit, kind: 'measure', end, factor, rule });

/** A glued "m" means metres unless a plural noun that is no race follows ("3m people", not "60m hurdles"). */
function isMetres(tokens: Token[], phrase: NumberPhrase): boolean {
  return !countedNounAt(tokens, phrase.end, false, false) || RACE_NOUNS.has(tokens[phrase.end]!.norm);
}

/** Tokens a written symbol may span ("N" "·" "m", "km" "/" "h", "sq" "km"). */
const MAX_SYMBOL_TOKENS = 4;

/**
 * Tokens [j, j + 1), [j, j + 2), ... written as one symbol, as far as they are glued or
 * single-spaced inside ("°C", "km/h", "sq km"), at most MAX_SYMBOL_TOKENS: each text extends the one before.
 */
function writtenFrom(tokens: Token[], j: number): string[] {
  const written: string[] = [];
  let text = '';
  for (let k = j; k < j + MAX_SYMBOL_TOKENS; k++) {
    const t = tokens[k];
    if (!t || (k > j && t.gap !== '' && t.gap !== ' ')) break;
    text += (k > j ? t.gap : '') + t.text;
    written.push(text);
  }
  return written;
}

/** "5km", "10 kg", "40 mph", "30°C", "25bp", "12 sq km": a unit symbol after digits, glued or one space away. */
function unitSymbolAfter(tokens: Token[], phrase: NumberPhrase): AmountSuffix | null {
  const j = phrase.end;
  const first = tokens[j];
  if (!phrase.digits || !first || (first.gap !== '' && first.gap !== ' ') || !mayStartUnitSymbol(first.text)) return null;
  const glued = first.gap === '';
  const written = writtenFrom(tokens, j);
  for (let length = written.length; length >= 1; length--) {
    // A symbol ends at a word boundary ("5 mins", not "5 m" of "5 mins").
    const after = tokens[j + length];
    const bounded = !after || after.gap !== '' || after.kind === 'punct';
    const unit = bounded ? unitBySymbol(written[length - 1]!, glued) : undefined;
    if (unit) return measure(unit.name, j + length, 'count.measure.symbol');
  }
  return null;
}

/** "5 kilometres", "40 miles per hour", "2 basis points", "30 degrees Celsius", "22secs": a spelled-out unit. */
function unitNameAfter(tokens: Token[], j: number): AmountSuffix | null {
  const first = tokens[j];
  if (!first || first.kind !== 'word' || first.cap || (first.gap !== ' ' && first.gap !== '') || !mayStartUnitName(first.norm)) return null;
  // The names of [j, j + 1), [j, j + 2), ... as far as single-spaced words go, each extending the one before.
  const names = [first.norm];
  for (let k = j + 1; k < j + MAX_UNIT_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.gap !== ' ') break;
    names.push(names[names.length - 1] + ' ' + t.norm);
  }
  for (let length = names.length; length >= 1; length--) {
    const unit = unitByName(names[length - 1]!);
    if (unit) return measure(unit.name, j + length, 'count.measure.name');
  }
  return null;
}

/**
 * A word that may be the noun of a number compound: a noun compromise knows ("page", "man") or a
 * plain English word it lacks ("bedroom", "storey"), but no adjective, adverb or verb form
 * ("strong", "year-old", "nil" of a score).
 */
function isCompoundNoun(word: string): boolean {
  if (!/^[a-z]+$/.test(word) || NON_NOUN_HEADS.has(word)) return false;
  if (known(word)) return has(word, WordClass.Noun | WordClass.Role | WordClass.Unit);
  return isPlainWord(word) && !/(?:ed|ly|ing|est)$/.test(word);
}

/**
 * "a 2.0-litre engine", "a 30-yard run", "a 12-page file", "a three-minute silence", "a 10-fold
 * rise": a number hyphenated to its unit or noun. Spelled-out numbers take units only.
 */
function compoundAfter(tokens: Token[], phrase: NumberPhrase): AmountSuffix | null {
  if (phrase.multiple) return { unit: MULTIPLE_SUFFIX, kind: 'count', end: phrase.end, factor: 1, rule: 'count.multiple' };
  const hyphen = tokens[phrase.end];
  const word = tokens[phrase.end + 1];
  const hyphenated = phrase.digits && phrase.scale === 1 && hyphen?.text === '-' && hyphen.gap === '' &&
    word?.kind === 'word' && word.gap === '' && !word.cap;
  const head = phrase.head ?? (hyphenated ? word.norm : null);
  if (head === null) return null;
  const end = phrase.head ? phrase.end : phrase.end + 2;
  if (head === MULTIPLE_SUFFIX) return { unit: head, kind: 'count', end, factor: 1, rule: 'count.multiple' };
  // "a 10-pound note", "a 50-cent coin".
  const currency = currencyOfWord(head);
  if (currency) return { unit: currency, kind: 'money', end, factor: 1, rule: 'count.money.compound' };
  const subunit = CURRENCY_SUBUNITS.get(head);
  if (subunit && head !== 'p') return { unit: subunit, kind: 'money', end, factor: 0.01, rule: 'count.money.compound' };
  const unit = unitByName(head) ?? (phrase.digits ? unitBySymbol(head, false) : undefined);
  if (unit) return measure(unit.name, end, 'count.measure.compound');
  return phrase.digits && isCompoundNoun(head) ? { unit: head, kind: 'count', end, factor: 1, rule: 'count.noun.compound' } : null;
}

/** "800m" (metres unless money or a plural noun follows), then unit symbols and names. */
function measureAfter(tokens: Token[], phrase: NumberPhrase): AmountSuffix | null {
  if (phrase.gluedM) return isMetres(tokens, phrase) ? measure('metre', phrase.end, 'count.measure.glued-m-metres', 1e-6) : null;
  return unitSymbolAfter(tokens, phrase) ?? unitNameAfter(tokens, phrase.end);
}

const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '−']);

/**
 * "-1.4%", "−3C", "minus 12": a sign right before the amount's first token. A hyphen counts only
 * when it stands apart from what precedes ("5-6" is a range, "Covid-19" a name).
 */
function minusBefore(tokens: Token[], first: number): number | null {
  const sign = tokens[first - 1];
  if (!sign) return null;
  if (sign.norm === 'minus') return first - 1;
  if (!MINUS_SIGNS.has(sign.text) || tokens[first]!.gap !== '') return null;
  const before = tokens[first - 2];
  const apart = !before || sign.gap !== '' || before.text === '(';
  return apart && before?.kind !== 'number' ? first - 1 : null;
}

/** The amount around the number phrase (perhaps excluded: a date, year, name...). */
export function readAmount(doc: Doc, phrase: NumberPhrase): Amount {
  const { tokens } = doc;
  const i = phrase.first;
  const prefix = phrase.digits ? currencyBefore(tokens, i) : null;
  const scaled = phrase.scale > 1;
  // A spelled-out compound ("three-minute") ends in its own noun: nothing after it is its unit.
  const suffix = phrase.head !== null ? compoundAfter(tokens, phrase) : percentAt(tokens, phrase.end) ??
    (prefix ? null : currencyInScale(tokens, phrase.end, scaled) ?? currencyAfter(tokens, phrase.end, scaled)) ??
    (prefix ? null : compoundAfter(tokens, phrase) ?? measureAfter(tokens, phrase));
  const signed = minusBefore(tokens, prefix?.first ?? i);
  const first = signed ?? prefix?.first ?? i;
  const modifier = modifierBefore(tokens, first);
  const bare = !prefix && !suffix && !modifier;
  // Read within the tokens only: a read past the end (a number closing the text) undoes V8's compiled code.
  const next = phrase.end < tokens.length ? tokens[phrase.end]! : null;
  const pluralFollows = next !== null && isPluralNoun(next) && !next.cap;
  const exclusion = exclusionOf(doc, i, phrase.end, { digits: phrase.digits, pluralFollows, bare, money: prefix !== null });
  const value = times(phrase.value, suffix?.factor ?? 1);
  return {
    // A spelled-out compound that names no unit ("one-off", "five-star") is a modifier, not an amount.
    exclusion: exclusion ?? (phrase.head !== null && !suffix ? 'compound' : null),
    phrase,
    value: signed === null ? value : -value,
    first,
    end: Math.max(suffix?.end ?? phrase.end, phrase.end),
    unit: prefix?.code ?? suffix?.unit ?? null,
    kind: prefix ? 'money' : suffix?.kind ?? null,
    rule: prefix?.rule ?? suffix?.rule ?? null,
    modifier,
  };
}
