/**
 * The unit of an amount that has none of its own and no noun after it, from its context: the
 * count it parallels or is compared with, a "number of" phrase, a level verb... UNIT_RULES is
 * the ordered table; the first rule that finds a unit decides.
 */
import type { Token } from '../../text/tokenize.js';
import type { Count, CountKind } from '../../types.js';
import { countStart, type Amount } from './amount.js';
import { isPluralNoun, nounOfNumberOf, peopleVerbAfter, pluralBeforeOf } from './noun.js';
import { cardinalWord } from './numbers.js';
import { ELLIPSIS_CUES, LEVEL_PREPOSITIONS, LEVEL_VERBS, PARALLEL_CONJUNCTIONS } from '../../lexicon/count-cues.js';
import { has, hasOnly, known, WordClass } from '../../lexicon/word-class.js';
import { SCALE_ABBREVIATIONS } from '../../lexicon/number-words.js';

/** A capitalized word right after a number makes a name ("50 Cent", "Windows 95"). */
function namedAfter(tokens: Token[], a: Amount): boolean {
  const next = tokens[a.end];
  return next !== undefined && next.kind === 'word' && next.cap && next.sentence === tokens[a.first]!.sentence;
}

/**
 * How far back a level verb may stand, over the change before the level: numbers, their plural
 * nouns, percent signs, prepositions ("fell 12 points to 312", "gained 15.2 points, or 0.8%, to 1,985.6").
 */
const LEVEL_REACH = 10;

/** Tokens of a change written between a level verb and the level. */
const isChangeToken = (t: Token) => t.kind === 'number' || LEVEL_PREPOSITIONS.has(t.norm) || (isPluralNoun(t) && !t.cap) ||
  t.text === '%' || t.text === ',' || t.norm === 'or' || t.norm === 'percent' || t.norm === 'per' || t.norm === 'cent';

/** "the index rose to 312", "closed at 3,105.5", "fell 12 to 312": a bare number a level verb brings. */
function afterLevelVerb(tokens: Token[], a: Amount): boolean {
  const start = countStart(a);
  const sentence = tokens[a.first]!.sentence;
  for (let k = start - 1; k >= Math.max(0, start - LEVEL_REACH); k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (LEVEL_VERBS.has(t.norm)) return true;
    if (!isChangeToken(t)) return false;
  }
  return false;
}

/** Index levels and prices are decimals or hundreds ("61.2", "3,105"); small whole numbers are mostly ranks ("slipped to 64"). */
const isLevel = (a: Amount) => a.phrase.digits && (!Number.isInteger(a.value) || Math.abs(a.value) >= 100);

/** A unit and kind decided by context for an amount that has none of its own. */
export interface Found {
  unit: string | null;
  kind: CountKind;
}

/** What the context rules see. */
export interface UnitContext {
  tokens: Token[];
  text: string;
  a: Amount;
  /** The counts so far. */
  counts: readonly Count[];
  /** The count before, and the token index after it. */
  previous: Count | undefined;
  previousEnd: number;
}

/** How far back (in tokens) a number may take its unit from the count before. */
const SAME_THING_REACH = 40;

/** A unit that names things counted, not money or a percentage. */
const isCountedNoun = (c: Count) => c.kind === 'count' || c.kind === 'measure';

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
    (hasOnly(verb.norm, WordClass.Verb) || verb.norm.endsWith('ed'));
  const conjunction = tokens[countStart(a) - 2]?.norm;
  return clauseEnds && isVerb && (conjunction === 'and' || conjunction === 'but');
}

/** The count before is in the same sentence and names things. */
function previousThingInSentence({ tokens, a, previous, previousEnd }: UnitContext): Count | null {
  if (!previous?.unit || !isCountedNoun(previous)) return null;
  return previousEnd > 0 && tokens[previousEnd - 1]!.sentence === tokens[a.first]!.sentence ? previous : null;
}

/** "two people died and 15 were injured", "1,200 jobs went in 2003 and 800 more in 2004", "killed 20 people and injured 50". */
function elidedNoun(ctx: UnitContext): Found | null {
  const { tokens, a } = ctx;
  const previous = previousThingInSentence(ctx);
  if (!previous) return null;
  const next = tokens[a.end];
  // "800 more in 2004", but not "one more small business".
  const after = tokens[a.end + 1];
  const nounAfterMore = next?.norm === 'more' && after?.kind === 'word' && !has(after.norm, WordClass.FunctionWord);
  const cued = next !== undefined && next.sentence === tokens[a.first]!.sentence && ELLIPSIS_CUES.has(next.norm) &&
    !nounAfterMore;
  return cued || endsCoordinatedClause(tokens, a) ? { unit: previous.unit, kind: previous.kind } : null;
}

/** How far a parallel number may stand from the count whose noun it leaves out. */
const PARALLEL_REACH = 15;

/**
 * "312 homes sold by auction and 90 by tender", "40 cars in May, 35 in June": a bare number right
 * after a conjunction or comma, followed by a preposition or the clause end, repeats the noun
 * of the count before.
 */
function parallelNoun(ctx: UnitContext): Found | null {
  const { tokens, a, previousEnd } = ctx;
  const previous = previousThingInSentence(ctx);
  // "one from Court TV and one from ...": a spelled-out "one" is a pronoun.
  if (!previous || a.first - previousEnd > PARALLEL_REACH || a.phrase.approximate || tokens[a.first]!.norm === 'one') return null;
  const before = tokens[countStart(a) - 1];
  const next = tokens[a.end];
  // "five or six" is one alternative, not two parallel clauses.
  const afterNumber = tokens[countStart(a) - 2]?.kind === 'number' || cardinalWord(tokens[countStart(a) - 2]?.norm ?? '') !== null;
  const joined = before !== undefined && !afterNumber && (PARALLEL_CONJUNCTIONS.has(before.norm) || before.text === ',');
  const sentence = tokens[a.first]!.sentence;
  const closes = !next || next.sentence !== sentence || next.kind === 'punct' ||
    (next.kind === 'word' && !next.cap && hasOnly(next.norm, WordClass.FunctionWord) && next.norm !== 'of');
  return joined && closes ? { unit: previous.unit, kind: previous.kind } : null;
}

/** "Of the 400 homes, 312 sold ...": a number right after a fronted "of" phrase counts its noun. */
function frontedPartitive(ctx: UnitContext): Found | null {
  const { tokens, a, previousEnd } = ctx;
  const previous = previousThingInSentence(ctx);
  const start = countStart(a);
  if (!previous || tokens[start - 1]?.text !== ',' || previousEnd !== start - 1) return null;
  const opening = tokens.slice(Math.max(0, start - 1 - (previous.text.split(' ').length + 3)), start - 1).map((t) => t.norm);
  const of = opening.lastIndexOf('of');
  return of >= 0 && opening.slice(of + 1).every((w) => !PARALLEL_CONJUNCTIONS.has(w)) ? { unit: previous.unit, kind: previous.kind } : null;
}

/**
 * "€300m, and another 550m": a scaled number with no unit after money keeps its currency (and a
 * glued "m" is then millions, not metres). A race ("the 800m") keeps its metres.
 */
function carriedCurrency({ tokens, text, a, counts }: UnitContext): Found | null {
  // The money before, skipping conversions in brackets ("$204m (£109m)").
  let money: Count | undefined;
  for (let k = counts.length - 1; k >= 0 && !money; k--) {
    const c = counts[k]!;
    if (c.kind === 'money' && text[c.start - 1] !== '(') money = c;
  }
  if (!money || tokens[a.first]!.start - money.end > SAME_THING_REACH * 6) return null;
  const scale = tokens[a.phrase.end - 1]!;
  const abbreviated = a.phrase.digits && a.phrase.scale >= 1e6 && SCALE_ABBREVIATIONS.has(scale.norm) &&
    (a.unit === null || a.rule === 'count.measure.glued-m-metres');
  // "1,070 trillion rials": a noun (or an unknown word) after the number may be its own currency.
  const next = tokens[a.end];
  const open = next?.kind !== 'word' || (known(next.norm) && !has(next.norm, WordClass.Noun));
  const before = tokens[countStart(a) - 1]?.norm;
  return abbreviated && open && before !== 'the' && before !== 'a' ? { unit: money.unit, kind: 'money' } : null;
}

/** How far a compared number may stand from the amount it is compared with ("7% from 6.5"). */
const COMPARISON_REACH = 8;

/** Words that set a number against the amount before it. */
const COMPARISON_WORDS: ReadonlySet<string> = new Set(['from', 'to', 'against', 'versus', 'vs', 'than']);

/**
 * "unemployment fell to 5.1% from 5.3", "sales of $4.2 billion, up from 3.9 billion": a bare
 * number compared with a percentage, money or measure just before takes its unit when it is of
 * the same order.
 */
function comparedWith({ tokens, a, previous, previousEnd }: UnitContext): Found | null {
  if (!previous?.unit || previous.kind === 'count' || !a.phrase.digits || a.first - previousEnd > COMPARISON_REACH) return null;
  if (!COMPARISON_WORDS.has(tokens[countStart(a) - 1]?.norm ?? '')) return null;
  if (tokens[previousEnd - 1]!.sentence !== tokens[a.first]!.sentence) return null;
  const ratio = Math.abs(a.value / previous.value);
  return ratio >= 0.1 && ratio <= 10 ? { unit: previous.unit, kind: previous.kind } : null;
}

/**
 * A bare number close after a count of about the same size counts the same thing:
 * "output of more than 200,000 cars from 2007. The rise, from 189,000 last year" -> car.
 */
function sameThing({ a, previous, previousEnd }: UnitContext): Found | null {
  if (!previous?.unit || a.phrase.approximate || a.first - previousEnd > SAME_THING_REACH) return null;
  const ratio = a.value / previous.value;
  return ratio >= 0.5 && ratio <= 2 ? { unit: previous.unit, kind: previous.kind } : null;
}

/** A vague amount ("thousands"), or a whole number of a thousand or more ("from 189,000 last year"), not a name. */
const worthAlone = (tokens: Token[], a: Amount) =>
  a.phrase.approximate || (a.phrase.digits && Number.isInteger(a.value) && Math.abs(a.value) >= 1000 && !namedAfter(tokens, a));

const found = (unit: string | null): Found => ({ unit, kind: 'count' });

/**
 * Where an amount with no unit of its own and no noun after it takes one from: ordered, the
 * first that finds one decides. The last rules keep a number whose unit stays open (null).
 */
export const UNIT_RULES: ReadonlyArray<{ id: string; description: string; find: (ctx: UnitContext) => Found | null }> = [
  {
    id: 'count.money.carried-currency', description: 'a scaled number after money keeps its currency ("€300m, and another 550m")',
    find: carriedCurrency,
  },
  {
    id: 'count.carried.comparison', description: 'a number compared with a percentage, money or measure before it takes its unit ("fell to 5.1% from 5.3")',
    find: comparedWith,
  },
  {
    id: 'count.noun.number-of', description: 'the noun of "the number of X" before the number',
    find: ({ tokens, a }) => { const u = nounOfNumberOf(tokens, countStart(a)); return u ? found(u) : null; },
  },
  {
    id: 'count.noun.people-verb', description: 'a verb only people do after the number ("where 800,000 live")',
    find: ({ tokens, a }) => { const u = peopleVerbAfter(tokens, countStart(a), a.end); return u ? found(u) : null; },
  },
  {
    id: 'count.noun.plural-before-of', description: 'the plural before "of" a large number ("sales of 300,000")',
    find: ({ tokens, a }) => { const u = pluralBeforeOf(tokens, countStart(a), a.value); return u ? found(u) : null; },
  },
  { id: 'count.noun.elided', description: 'the noun of the count before, left out ("two died and 15 were hurt")', find: elidedNoun },
  { id: 'count.noun.partitive', description: 'the noun of a fronted "of" phrase ("Of the 400 homes, 312 sold")', find: frontedPartitive },
  { id: 'count.noun.parallel', description: 'the noun of the count before, across a conjunction ("312 by auction and 90 by tender")', find: parallelNoun },
  {
    id: 'count.noun.same-thing', description: 'a large number close after a count of about the same size counts the same thing',
    find: (ctx) => (worthAlone(ctx.tokens, ctx.a) ? sameThing(ctx) : null),
  },
  {
    id: 'count.bare.level', description: 'a decimal or a number from 100 that a level verb brings ("the index rose to 3,105"), its unit left open',
    find: ({ tokens, a }) => (isLevel(a) && !namedAfter(tokens, a) && afterLevelVerb(tokens, a) ? found(null) : null),
  },
  {
    id: 'count.bare.large', description: 'a vague amount or a whole number of a thousand or more, its unit left open',
    find: ({ tokens, a }) => (worthAlone(tokens, a) ? found(null) : null),
  },
];

