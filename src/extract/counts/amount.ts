/** One amount in the text: a number with its currency, percent sign or measure unit and its approximator. */
import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import { MEASURE_UNITS, RACE_NOUNS } from '../../lexicon/count-cues.js';
import { exclusionOf, modifierBefore } from './context.js';
import { currencyAfter, currencyBefore, currencyInScale, percentAt, type AmountSuffix } from './money.js';
import { countedNounAt, isPluralNoun } from './noun.js';
import { parseNumberAt, times, type NumberPhrase } from './numbers.js';

export interface Amount {
  phrase: NumberPhrase;
  value: number;
  /** Token indices [first, end): currency before and suffix after included, approximator not. */
  first: number;
  end: number;
  /** Currency code, "percent" or a measure unit when the amount itself says; else null (a noun may follow). */
  unit: string | null;
  modifier: { first: number; modifier: string } | null;
  /** Why this number is no amount (a date, year, name...), or null. */
  exclusion: string | null;
}

/** A glued "m" means metres unless a plural noun that is no race follows ("3m people", not "60m hurdles"). */
function isMetres(tokens: Token[], phrase: NumberPhrase): boolean {
  return !countedNounAt(tokens, phrase.end, false, false) || RACE_NOUNS.has(tokens[phrase.end]!.norm);
}

/** "5km", "10 kg", "800m" (metres unless money or a plural noun follows). */
function measureAfter(tokens: Token[], phrase: NumberPhrase): AmountSuffix | null {
  if (phrase.gluedM) return isMetres(tokens, phrase) ? { unit: 'metre', end: phrase.end, factor: 1e-6 } : null;
  const t = tokens[phrase.end];
  // Glued ("5km") or a spaced abbreviation ("10 kg"); whole words ("miles") are nouns.
  const written = t && t.kind === 'word' && (t.gap === '' || (t.gap === ' ' && t.norm.length <= 3));
  const unit = written ? MEASURE_UNITS.get(t.norm) : undefined;
  return unit !== undefined && phrase.digits ? { unit, end: phrase.end + 1, factor: 1 } : null;
}

/** The amount whose number starts at token i (perhaps excluded: a date, year, name...); null when none starts there. */
export function readAmount(doc: Doc, i: number): Amount | null {
  const { tokens } = doc;
  const phrase = parseNumberAt(tokens, i);
  if (!phrase) return null;
  const prefix = phrase.digits ? currencyBefore(tokens, i) : null;
  const scaled = phrase.scale > 1;
  const suffix = percentAt(tokens, phrase.end) ??
    (prefix ? null : currencyInScale(tokens, phrase.end, scaled) ?? currencyAfter(tokens, phrase.end, scaled)) ??
    (prefix ? null : measureAfter(tokens, phrase));
  const first = prefix?.first ?? i;
  const modifier = modifierBefore(tokens, first);
  const bare = !prefix && !suffix && !modifier;
  const next = tokens[phrase.end];
  const pluralFollows = next !== undefined && isPluralNoun(next) && !next.cap;
  return {
    exclusion: exclusionOf(doc, i, phrase.end, { digits: phrase.digits, pluralFollows, bare }),
    phrase,
    value: times(phrase.value, suffix?.factor ?? 1),
    first,
    end: Math.max(suffix?.end ?? phrase.end, phrase.end),
    unit: prefix?.code ?? suffix?.unit ?? null,
    modifier,
  };
}
