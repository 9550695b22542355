/**
 * Counts: every amount in the text with what it counts (guidelines, "Counts"). Amounts are read
 * left to right (counts/amount.ts), joined into ranges ("1,500-2,000", "between 10 and 20") and
 * alternatives ("five or six"), then given their counted noun (counts/noun.ts).
 */
import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Count } from '../types.js';
import { readAmount, type Amount } from './counts/amount.js';
import { countedNounAt, nounFromContext } from './counts/noun.js';
import { times } from './counts/numbers.js';
import { CURRENCY_WORDS } from '../lexicon/currencies.js';
import { ELLIPSIS_CUES } from '../lexicon/count-cues.js';
import { wordClasses } from '../lexicon/index.js';


/** First token of an amount's count: its approximator, else its currency sign or number. */
const countStart = (a: Amount) => a.modifier?.first ?? a.first;

const isDash = (t: Token) => t.text === '-' || t.text === '–';

/** Ends of a range rise within one order of magnitude; "rose 17,000 to 4.48 million" is a change. */
function spansRange(a: Amount, b: Amount): boolean {
  const low = shareWithFirst(a, b).value;
  return b.value > low && b.value <= low * 10;
}

type Link = 'range' | 'alternative' | 'score' | 'proportion';

/** How amount b relates to amount a right before it: one token between them decides. */
function linkBetween(tokens: Token[], a: Amount, b: Amount): Link | null {
  if (b.first !== a.end + 1 || tokens[a.end]!.sentence !== tokens[b.first]!.sentence) return null;
  // "fell 8% to 4.7bn rupees" joins two different things.
  if (a.unit && b.unit && a.unit !== b.unit) return null;
  const between = tokens[a.end]!;
  const before = tokens[countStart(a) - 1]?.norm;
  if (between.norm === 'or') return 'alternative';
  if (between.norm === 'in') return 'proportion';
  if (isDash(between) && between.gap === '' && tokens[b.first]!.gap === '') {
    const bothBare = a.phrase.digits && b.phrase.digits && !a.unit && !b.unit;
    return bothBare ? 'score' : 'range';
  }
  // "from 350 to 400" and "fell by 600,000 to 5.9 million" are changes, not ranges.
  const isChange = before === 'from' || before === 'by';
  const isRange = (between.norm === 'to' && !isChange && spansRange(a, b)) ||
    (between.norm === 'and' && before === 'between');
  if (!isRange) return null;
  // Amounts that each carry their own sign ("A$7.17 to A$8.24") are reported one by one.
  return a.unit && b.unit ? 'alternative' : 'range';
}

/** The first amount of a range or alternative takes the currency, percent sign and scale of the second. */
function shareWithFirst(a: Amount, b: Amount): Amount {
  const scale = b.phrase.scale;
  const scaled = a.phrase.scale === 1 && scale > 1 && a.value * scale <= b.value ? times(a.value, scale) : a.value;
  return { ...a, value: scaled, unit: a.unit ?? b.unit };
}

interface Counted {
  unit: string | null;
  /** Token index after the whole count. */
  end: number;
}

/** The unit of an amount: its own (money, percent, measure) or the noun it counts. */
function countedBy(tokens: Token[], amount: Amount, singular = amount.value === 1): Counted {
  if (amount.unit) return { unit: amount.unit, end: amount.end };
  const noun = countedNounAt(tokens, amount.end, singular, amount.phrase.approximate || amount.value > 1);
  if (!noun) return { unit: null, end: amount.end };
  // "millions of pounds" counts money.
  return { unit: CURRENCY_WORDS.get(noun.unit) ?? noun.unit, end: noun.end };
}

/**
 * The unit of an amount that changes to amount b: its own, else b's ("grew from 15 to 25
 * member states", "rose 17,000 to 4.48 million people").
 */
function changeCountedBy(tokens: Token[], a: Amount, b: Amount | undefined): Counted {
  const own = countedBy(tokens, a);
  const changesTo = b !== undefined && b.first === a.end + 1 && tokens[a.end]!.norm === 'to' &&
    tokens[a.end]!.sentence === tokens[b.first]!.sentence;
  return own.unit || !changesTo ? own : { unit: countedBy(tokens, b).unit, end: own.end };
}

/**
 * Whether a count with no unit is still worth reporting: a vague amount ("thousands") or a
 * whole number of a thousand or more ("from 189,000 last year"). Smaller ones and decimals
 * are mostly index levels, prices and references; a capital after them makes a name ("50 Cent").
 */
function keepsWithoutUnit(tokens: Token[], a: Amount): boolean {
  if (a.phrase.approximate) return true;
  const next = tokens[a.end];
  const named = next !== undefined && next.kind === 'word' && next.cap && next.sentence === tokens[a.first]!.sentence;
  return a.phrase.digits && Number.isInteger(a.value) && a.value >= 1000 && !named;
}

type CountFields = Pick<Count, 'value' | 'max' | 'unit' | 'modifier' | 'approximate'>;

/** The record of a count spanning tokens [first, end). */
function toCount(doc: Doc, first: number, end: number, fields: CountFields): Count {
  const start = doc.tokens[first]!.start;
  const stop = doc.tokens[end - 1]!.end;
  const { value, max, unit, modifier, approximate } = fields;
  const range = max === undefined ? {} : { max };
  return { value, ...range, unit, modifier, approximate, text: doc.text.slice(start, stop), start, end: stop };
}

/**
 * "age of 10 or 11", "Lindqvist 6-4", "18 to 21 year olds": joined numbers share an exclusion, but
 * not with money, a percentage or a scaled number ("double by 2010 to 1.3 billion machines").
 */
function joined(tokens: Token[], a: Amount | null | undefined, b: Amount | null | undefined): boolean {
  if (!a || !b || b.first !== a.phrase.end + 1 || b.unit || b.phrase.scale > 1) return false;
  const between = tokens[a.phrase.end]!;
  return isDash(between) || between.norm === 'or' || between.norm === 'to';
}

/** Every amount of the document, in text order, with dates, years, names and the like left out. */
function readAmounts(doc: Doc): Amount[] {
  const amounts: Amount[] = [];
  let excluded: Amount | null = null;
  for (let i = 0; i < doc.tokens.length; i++) {
    const amount = readAmount(doc, i);
    if (!amount) continue;
    i = amount.phrase.end - 1;
    if (amount.exclusion || joined(doc.tokens, excluded, amount)) {
      excluded = amount;
      if (joined(doc.tokens, amounts[amounts.length - 1], amount)) amounts.pop();
    } else amounts.push(amount);
  }
  return amounts;
}

/** How far back (in tokens) a bare number may take its unit from a count of the same size. */
const SAME_THING_REACH = 40;

/**
 * A bare number close after a count of about the same size counts the same thing:
 * "output of more than 200,000 cars from 2007. The rise, from 189,000 last year" -> car.
 */
function sameThingAs(previous: Count | undefined, prevEnd: number, a: Amount): string | null {
  if (!previous?.unit || a.phrase.approximate || a.first - prevEnd > SAME_THING_REACH) return null;
  const ratio = a.value / previous.value;
  return ratio >= 0.5 && ratio <= 2 ? previous.unit : null;
}

/** A unit that names things counted, not money ("USD") or a percentage. */
const isCountedNoun = (unit: string) => unit !== 'percent' && !/^[A-Z]{3}$/.test(unit);

/**
 * "... and injured 5,000.": a bare number that ends a clause coordinated by "and" or "but",
 * right after its verb (a known verb or an -ed form).
 */
function endsCoordinatedClause(tokens: Token[], a: Amount): boolean {
  const verb = tokens[countStart(a) - 1];
  const next = tokens[a.end];
  const clauseEnds = !next || next.sentence !== tokens[a.first]!.sentence || next.kind === 'punct' ||
    next.norm === 'and' || next.norm === 'but';
  const isVerb = verb !== undefined && verb.kind === 'word' && !verb.cap &&
    (/^V+$/.test(wordClasses(verb.norm)) || verb.norm.endsWith('ed'));
  const conjunction = tokens[countStart(a) - 2]?.norm;
  return clauseEnds && isVerb && (conjunction === 'and' || conjunction === 'but');
}

/**
 * A bare number that leaves out the noun of the count before it in the sentence: "two people
 * died and 15 were injured", "1,200 jobs went in 2003 and 800 more in 2004", "killed 20 people
 * and injured 50".
 */
function elidedNoun(tokens: Token[], previous: Count | undefined, prevEnd: number, a: Amount): string | null {
  if (!previous?.unit || !isCountedNoun(previous.unit)) return null;
  if (prevEnd === 0 || tokens[prevEnd - 1]!.sentence !== tokens[a.first]!.sentence) return null;
  const next = tokens[a.end];
  // "800 more in 2004", but not "one more small business".
  const after = tokens[a.end + 1];
  const nounAfterMore = next?.norm === 'more' && after?.kind === 'word' && !/X/.test(wordClasses(after.norm));
  const cued = next !== undefined && next.sentence === tokens[a.first]!.sentence && ELLIPSIS_CUES.has(next.norm) &&
    !nounAfterMore;
  return cued || endsCoordinatedClause(tokens, a) ? previous.unit : null;
}

/** Every count of the document, in text order (offsets are UTF-16 indices into doc.text). */
export function findCounts(doc: Doc): Count[] {
  const { tokens } = doc;
  const amounts = readAmounts(doc);
  const counts: Count[] = [];
  let previousEnd = 0;
  const emit = (a: Amount, counted: Counted, first: number, max?: number) => {
    const worthAlone = keepsWithoutUnit(tokens, a);
    const previous = counts[counts.length - 1];
    const unit = counted.unit ?? nounFromContext(tokens, countStart(a), a.end, a.value) ??
      elidedNoun(tokens, previous, previousEnd, a) ?? (worthAlone ? sameThingAs(previous, previousEnd, a) : null);
    if (!unit && !worthAlone) return;
    counts.push(toCount(doc, first, counted.end, {
      value: a.value, max, unit, modifier: a.modifier?.modifier ?? null, approximate: a.phrase.approximate,
    }));
    previousEnd = counted.end;
  };
  for (let k = 0; k < amounts.length; k++) {
    const a = amounts[k]!;
    const b = amounts[k + 1];
    const link = b ? linkBetween(tokens, a, b) : null;
    if (!b || !link) {
      emit(a, changeCountedBy(tokens, a, b), countStart(a));
      continue;
    }
    k++;
    // Only a plural noun makes "3-1" a range ("3-1 decision" is a score).
    const counted = countedBy(tokens, { ...b, unit: b.unit ?? a.unit }, link !== 'score' && b.value === 1);
    // Scores ("won 3-1", "the 11-9 Six Nations win") and proportions ("one in six cars") are no counts.
    const namedAfter = tokens[counted.end - 1]!.cap;
    if ((link === 'score' && (!counted.unit || namedAfter)) || link === 'proportion') continue;
    const first = shareWithFirst(a, b);
    if (link !== 'alternative') {
      const opening = tokens[countStart(a) - 1]?.norm === 'between' ? countStart(a) - 1 : countStart(a);
      emit(first, counted, opening, b.value);
    } else {
      emit(first, { unit: counted.unit, end: a.end }, countStart(a));
      emit({ ...b, modifier: b.modifier ?? a.modifier }, counted, b.first);
    }
  }
  return counts;
}
