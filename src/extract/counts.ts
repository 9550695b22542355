/**
 * Counts: every quantity in the text with what it counts or measures (guidelines, "Counts").
 * Amounts are read left to right (counts/amount.ts), joined into ranges ("1,500-2,000", "between
 * 10 and 20") and alternatives ("five or six"), then given their unit: their own (money, percent,
 * a measure), the noun after them (counts/noun.ts), or, in order, the context rules of UNIT_RULES
 * (counts/context-unit.ts).
 * Every count carries the id of the rule that decided it; RULES lists them all.
 */
import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Count, CountKind } from '../types.js';
import { countStart, readAmount, type Amount } from './counts/amount.js';
import { UNIT_RULES, type UnitContext } from './counts/context-unit.js';
import { EXCLUSION_RULES } from './counts/context.js';
import { splitGluedCurrencies } from './counts/glued.js';
import { countedNounAt, isPluralNoun } from './counts/noun.js';
import { parseNumberAt, times } from './counts/numbers.js';
import { AMOUNT_RULES } from './counts/rules.js';
import { currencyOfWord, isAmbiguousCurrencyWord } from '../lexicon/currencies.js';
import { SCALE_WORDS } from '../lexicon/number-words.js';
import { unitByName } from '../lexicon/units.js';

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
  // "fell 8% to 4.7bn rupees" joins two different things, and so does "9% to 39.4bn".
  if (a.unit && b.unit && a.unit !== b.unit) return null;
  const between = tokens[a.end]!;
  const before = tokens[countStart(a) - 1]?.norm;
  if (between.norm === 'or') return 'alternative';
  // "one in six cars", but "£7.2m in three days" is two amounts.
  if (between.norm === 'in') return a.unit ? null : 'proportion';
  if (isDash(between) && between.gap === '' && tokens[b.first]!.gap === '') {
    const bothBare = a.phrase.digits && b.phrase.digits && !a.unit && !b.unit;
    return bothBare ? 'score' : 'range';
  }
  // "9% to 39.4bn": a scale the first amount lacks makes the second another thing.
  if (a.unit && !b.unit && b.phrase.scale > a.phrase.scale) return null;
  // "from 350 to 400" and "fell by 600,000 to 5.9 million" are changes, not ranges.
  const isChange = before === 'from' || before === 'by';
  const isRange = (between.norm === 'to' && !isChange && spansRange(a, b)) ||
    (between.norm === 'and' && before === 'between');
  if (!isRange) return null;
  // Amounts that each carry their own sign ("A$7.17 to A$8.24") are reported one by one.
  return a.unit && b.unit ? 'alternative' : 'range';
}

/** The first amount of a range or alternative takes the currency, percent sign, unit and scale of the second. */
function shareWithFirst(a: Amount, b: Amount): Amount {
  const scale = b.phrase.scale;
  const scaled = a.phrase.scale === 1 && scale > 1 && a.value * scale <= b.value ? times(a.value, scale) : a.value;
  return a.unit ? { ...a, value: scaled } : { ...a, value: scaled, unit: b.unit, kind: b.kind, rule: b.rule };
}

interface Counted {
  unit: string | null;
  kind: CountKind;
  rule: string | null;
  /** Token index after the whole count. */
  end: number;
}

/** A counted noun's kind: money ("millions of pounds"), a measure ("five hours") or things counted. */
function nounCounted(noun: string, end: number, scaled: boolean): Counted {
  const code = currencyOfWord(noun);
  if (code && (scaled || !isAmbiguousCurrencyWord(noun))) return { unit: code, kind: 'money', rule: 'count.money.of-currency', end };
  const unit = unitByName(noun);
  if (unit) return { unit: unit.name, kind: 'measure', rule: 'count.measure.noun', end };
  return { unit: noun, kind: 'count', rule: 'count.noun.head', end };
}

/** The unit of an amount: its own (money, percent, measure, compound) or the noun it counts. */
function countedBy(tokens: Token[], amount: Amount, singular = amount.value === 1): Counted {
  if (amount.unit) return { unit: amount.unit, kind: amount.kind ?? 'count', rule: amount.rule, end: amount.end };
  const fraction = amount.phrase.fraction;
  const partitive = amount.phrase.approximate || amount.value > 1 || fraction;
  const noun = countedNounAt(tokens, amount.end, singular, partitive);
  // "millions of millions": a scale word is no counted thing.
  if (!noun || SCALE_WORDS.has(noun.unit)) return { unit: null, kind: 'count', rule: null, end: amount.end };
  const counted = nounCounted(noun.unit, noun.end, amount.phrase.scale > 1 || amount.phrase.approximate);
  if (!fraction) return counted;
  // A fraction of things: a plural head with no name inside ("half the flats", not "half the UK wants").
  const words = tokens.slice(amount.end, noun.end);
  const ofThings = isPluralNoun(tokens[noun.end - 1]!) && words.every((w) => !w.cap);
  return ofThings ? { ...counted, rule: 'count.fraction' } : { unit: null, kind: 'count', rule: null, end: amount.end };
}

/**
 * The unit of an amount that changes to amount b: its own, else b's ("grew from 15 to 25
 * member states", "rose 17,000 to 4.48 million people").
 */
function changeCountedBy(tokens: Token[], a: Amount, b: Amount | undefined): Counted {
  const own = countedBy(tokens, a);
  const changesTo = b !== undefined && b.first === a.end + 1 && tokens[a.end]!.norm === 'to' &&
    tokens[a.end]!.sentence === tokens[b.first]!.sentence;
  if (own.unit || !changesTo) return own;
  const target = countedBy(tokens, b);
  return target.unit ? { ...target, rule: 'count.noun.change-target', end: own.end } : own;
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
    const phrase = parseNumberAt(doc.tokens, i);
    if (!phrase) continue;
    const amount = readAmount(doc, phrase);
    i = amount.phrase.end - 1;
    if (amount.exclusion || joined(doc.tokens, excluded, amount)) {
      excluded = amount;
      if (joined(doc.tokens, amounts[amounts.length - 1], amount)) amounts.pop();
    } else amounts.push(amount);
  }
  return amounts;
}

type CountFields = Pick<Count, 'value' | 'max' | 'unit' | 'kind' | 'modifier' | 'approximate' | 'rule'>;

/** The record of a count spanning tokens [first, end). */
function toCount(doc: Doc, first: number, end: number, fields: CountFields): Count {
  const start = doc.tokens[first]!.start;
  const stop = doc.tokens[end - 1]!.end;
  const { value, max, unit, kind, modifier, approximate, rule } = fields;
  const text = doc.text.slice(start, stop);
  // Two literals rather than a spread of an optional max (a copy through the runtime per count):
  // a count with no range has no max key at all, and a range's max comes right after its value.
  return max === undefined
    ? { value, unit, kind, modifier, approximate, text, start, end: stop, rule }
    : { value, max, unit, kind, modifier, approximate, text, start, end: stop, rule };
}

/**
 * Every count of the document, in text order (offsets are UTF-16 indices into doc.text). Each
 * carries `rule`, the id of the rule that decided it, only when `explain` asks for it.
 */
export function findCounts(original: Doc, explain = false): Count[] {
  const doc = splitGluedCurrencies(original);
  const { tokens } = doc;
  const amounts = readAmounts(doc);
  const counts: Count[] = [];
  let previousEnd = 0;
  const emit = (a: Amount, counted: Counted, first: number, max?: number) => {
    let { unit, kind, rule } = counted;
    let value = a.value;
    let top = max;
    const metres = rule === 'count.measure.glued-m-metres';
    if (!unit || metres) {
      const ctx: UnitContext = { tokens, text: doc.text, a: { ...a, rule }, counts, previous: counts[counts.length - 1], previousEnd };
      // Metres are only ever re-read as money.
      const rules = metres ? UNIT_RULES.slice(0, 1) : UNIT_RULES;
      for (const r of rules) {
        const got = r.find(ctx);
        if (!got) continue;
        if (metres) {
          // The glued "m" read as metres was millions.
          value = a.phrase.value * Math.sign(a.value);
          top = max === undefined ? undefined : max * (value / a.value);
        }
        ({ unit, kind } = got);
        rule = r.id;
        break;
      }
      if (rule === null) return;
    }
    if (!Number.isFinite(value) || (top !== undefined && !Number.isFinite(top))) return;
    counts.push(toCount(doc, first, counted.end, {
      value, max: top, unit, kind, modifier: a.modifier?.modifier ?? null, approximate: a.phrase.approximate, rule: rule ?? undefined,
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
    const counted = countedBy(tokens, b.unit ? b : { ...b, unit: a.unit, kind: a.kind, rule: a.rule }, link !== 'score' && b.value === 1);
    // Scores ("won 3-1", "the 11-9 Six Nations win") and proportions ("one in six cars") are no counts.
    const nameAfter = tokens[counted.end - 1]!.cap;
    if ((link === 'score' && (!counted.unit || nameAfter)) || link === 'proportion') continue;
    const first = shareWithFirst(a, b);
    if (link !== 'alternative') {
      const opening = tokens[countStart(a) - 1]?.norm === 'between' ? countStart(a) - 1 : countStart(a);
      emit(first, counted, opening, b.value);
    } else {
      emit(first, { ...counted, end: a.end }, countStart(a));
      emit({ ...b, modifier: b.modifier ?? a.modifier }, counted, b.first);
    }
  }
  if (!explain) for (const c of counts) delete c.rule;
  return counts;
}

/** Every rule id a count (or a number left out) can carry, with what it means. */
export const RULES: ReadonlyArray<{ id: string; description: string }> = [
  ...AMOUNT_RULES,
  ...UNIT_RULES.map(({ id, description }) => ({ id, description })),
  ...EXCLUSION_RULES.map(({ id, description }) => ({ id, description })),
];
