/** Finding the counted noun after an amount ("15 suspected trafficking victims" -> victim). */
import type { Token } from '../../text/tokenize.js';
import {
  FRACTION_NOUNS, IRREGULAR_PLURALS, NOMINAL_ADJECTIVES, OF_DETERMINERS, PEOPLE_VERBS,
  PHRASE_BREAKERS, PLURAL_MODIFIERS, QUANTITY_NOUNS, SINGULARS_IN_MEN,
} from '../../lexicon/count-cues.js';
import { cardinalWord } from './numbers.js';
import { singularOf as knownSingular } from '../../lexicon/index.js';
import { has, hasOnly, known, PERSON_CLASSES, WordClass } from '../../lexicon/word-class.js';
import { unitByName, unitBySymbol } from '../../lexicon/units.js';

/** The unit a word names, spelled out or as a symbol ("hours", "km"), if any. */
export const unitNamedBy = (t: Token): string | undefined => (unitByName(t.norm) ?? unitBySymbol(t.text, false))?.name;

export interface CountedNoun {
  unit: string;
  /** Token index after the noun. */
  end: number;
}

/** Pre-modifiers and head of a noun phrase: at most this many words are read. */
const MAX_PHRASE_WORDS = 5;

/** The part after the last hyphen of a compound ("Mini-workers" -> "workers"). */
const headPart = (norm: string) => norm.slice(Math.max(norm.lastIndexOf('-'), norm.lastIndexOf('–')) + 1);

/** Function words (and a few quantifiers) end a noun phrase; an all-caps "US" is a name, not the pronoun. */
const isFunctionWord = (t: Token) => !t.allCaps && (has(t.norm, WordClass.FunctionWord) || PHRASE_BREAKERS.has(t.norm));

const isVerbOnly = (t: Token) => hasOnly(t.norm, WordClass.Verb);

/**
 * A verb that cannot be a pre-modifier ("were", "said"); participles like "suspected" can, and
 * so can a capitalized word, part of a name ("11 Grand Slam titles").
 */
function endsPhrase(t: Token): boolean {
  return !t.cap && hasOnly(t.norm, WordClass.Verb | WordClass.FunctionWord) && !/(?:ing|ed)$/.test(t.norm);
}

/**
 * Before a singular head ("one long vacation") only plain words: no finite verbs or adverbs, and
 * a later capital only inside the phrase ("one small Greek cafe", not "one rival McManaman").
 */
function isPremodifier(t: Token, capitalAllowed: boolean): boolean {
  const verb = hasOnly(t.norm, WordClass.Verb) && !t.norm.endsWith('ing');
  const adverb = hasOnly(t.norm, WordClass.Adverb) || t.norm.endsWith('ly');
  return !verb && !adverb && (capitalAllowed || !t.cap);
}

/** "one planned for ...": an -ed word the lexicon knows as a verb or adjective only. */
const isParticiple = (t: Token) => t.norm.endsWith('ed') && hasOnly(t.norm, WordClass.Verb | WordClass.Adjective);

/**
 * "the one underpinning the deal", "one covering BOA's ...": an -ing word before a name or a
 * determiner is a verb with its object ("one big-screen outing for ..." keeps its noun).
 */
function opensClause(t: Token, next: Token | undefined): boolean {
  if (!t.norm.endsWith('ing') || has(t.norm, WordClass.Noun) || next?.kind !== 'word') return false;
  const determiner = OF_DETERMINERS.has(next.norm) || next.norm === 'a' || next.norm === 'an';
  return determiner || (next.cap && !isFunctionWord(next));
}

/** "policemen", "gunmen", "spokeswomen": a plural of a "-man" noun. */
const isMenPlural = (w: string) => w.length > 5 && w.endsWith('men') && !SINGULARS_IN_MEN.has(w);

/** Looks like a plural noun: known plural, irregular, or a regular -s form. */
export function isPluralNoun(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (/^[A-Z]{2,}s$/.test(t.text)) return true; // "MPs", "PCs", "DVDs"
  const w = headPart(t.norm);
  if (IRREGULAR_PLURALS.get(w) !== undefined || knownSingular(w) !== undefined) return true;
  // "three of Wales' victories": a name that ends in -s is no plural.
  if (t.cap && has(w, PERSON_CLASSES | WordClass.Organization | WordClass.Country | WordClass.Place)) return false;
  if (isMenPlural(w)) return !t.cap;
  if (w.length <= 3 || !w.endsWith('s') || /(?:ss|us|'s)$/.test(w)) return false;
  // "crisis" and "tennis" are singular nouns; unknown "-is" words ("Minis") are plurals.
  if (w.endsWith('is')) return !known(w);
  return !hasOnly(w, WordClass.FunctionWord | WordClass.Adverb | WordClass.Adjective);
}

/** Singular lower-case lemma of a plural noun ("countries" -> "country", "men" -> "man"). */
export function singularOf(norm: string): string {
  const w = headPart(norm);
  const listed = IRREGULAR_PLURALS.get(w) ?? knownSingular(w);
  if (listed) return listed;
  if (isMenPlural(w)) return w.slice(0, -3) + 'man';
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  // "potatoes", "cargoes" (but "canoes"); "bonuses", "campuses" (but "abuses", "houses").
  const withoutEs = w.slice(0, -2);
  if (/oes$/.test(w) && (known(withoutEs) || withoutEs.length >= 5)) return withoutEs;
  if (/[^aeiou]uses$/.test(w) && !known(w.slice(0, -1))) return withoutEs;
  return w.slice(0, -1);
}

const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

const isNumberToken = (t: Token | undefined) => t !== undefined && (t.kind === 'number' || cardinalWord(t.norm) !== null);

/**
 * Where the noun phrase of "thousands of victims", "16 of the 21 principals" or
 * "two out of 16 dancers" starts, when token j opens such an "of" phrase; else j.
 */
function afterPartitiveOf(tokens: Token[], j: number): number {
  // "hundreds of millions" of pounds: a closing quote may stand before "of".
  let k = CLOSING_QUOTES.has(tokens[j]?.text ?? '') && tokens[j]!.gap === '' ? j + 1 : j;
  if (tokens[k]?.norm === 'out' && tokens[k + 1]?.norm === 'of') k += 2;
  else if (tokens[k]?.norm === 'of') k += 1;
  else return j;
  if (OF_DETERMINERS.has(tokens[k]?.norm ?? '')) k++;
  if (isNumberToken(tokens[k])) k++;
  return k;
}

/** A token that may belong to the noun phrase: a word of the sentence, no function word, no number word. */
const continuesPhrase = (t: Token | undefined, sentence: number | undefined): t is Token =>
  t !== undefined && t.kind === 'word' && t.sentence === sentence && !isFunctionWord(t) && cardinalWord(t.norm) === null;

/** "80 million PlayStation 2 consoles": a model number inside a name, skipped over. */
const isModelNumber = (tokens: Token[], k: number, first: number) =>
  tokens[k]?.kind === 'number' && k > first && tokens[k - 1]!.kind === 'word' && tokens[k - 1]!.cap;

/**
 * Token index after a model number at k ("ten 747 jets", "10 737-800 planes", "three 800m
 * runners"), or k when no number stands there.
 */
export function afterModelNumber(tokens: Token[], k: number): number {
  if (tokens[k]?.kind !== 'number') return k;
  let end = tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.gap === '' ? k + 2 : k + 1;
  while (tokens[end]?.text === '-' && tokens[end]!.gap === '' && tokens[end + 1]?.kind === 'number' &&
    tokens[end + 1]!.gap === '') end += 2;
  return end;
}

/** "civil and military aircraft": a coordinator between two pre-modifiers of one head. */
const joinsPremodifiers = (tokens: Token[], k: number, first: number, sentence: number | undefined) =>
  k > first && (tokens[k]?.norm === 'and' || tokens[k]?.norm === 'or') && continuesPhrase(tokens[k + 1], sentence);

/** Units the first word fixes by itself: "24 hour", "5 km", "150,000 dead". */
function fixedUnitAt(tokens: Token[], first: number, sentence: number | undefined): CountedNoun | null {
  const t = tokens[first];
  if (!continuesPhrase(t, sentence)) return null;
  const measure = unitNamedBy(t);
  if (measure !== undefined) return { unit: measure, end: first + 1 };
  const alone = !isWordAt(tokens, first + 1, sentence);
  return NOMINAL_ADJECTIVES.has(t.norm) && alone ? { unit: t.norm, end: first + 1 } : null;
}

/** "two Smarties Book Prizes": a capitalized plural inside a name; the name's last plural heads it. */
function lastPluralOfName(tokens: Token[], k: number, sentence: number | undefined): number {
  let head = k;
  for (let m = k + 1; m < k + MAX_PHRASE_WORDS && continuesPhrase(tokens[m], sentence) && tokens[m]!.cap; m++) {
    if (isPluralNoun(tokens[m]!)) head = m;
  }
  return head;
}

/** The plural head of "15 suspected trafficking victims", "three singles matches". */
function pluralHeadAt(tokens: Token[], first: number, sentence: number | undefined): CountedNoun | null {
  for (let k = first; k < first + MAX_PHRASE_WORDS; k++) {
    if (isModelNumber(tokens, k, first) || joinsPremodifiers(tokens, k, first, sentence)) continue;
    const t = tokens[k];
    if (!continuesPhrase(t, sentence)) break;
    if (isPluralNoun(t)) {
      // "singles matches": a plural may modify the next plural, but "six minutes thanks" are two
      // phrases; a verb form is the head only after a plural that is a usual modifier ("three drugs
      // tests", not "1,300 bosses suggests"). A capital after a lower-case plural starts a name.
      const named = t.cap ? lastPluralOfName(tokens, k, sentence) : k;
      const plural = tokens[named]!;
      const next = tokens[named + 1];
      const compound = continuesPhrase(next, sentence) && isPluralNoun(next) &&
        (!isVerbOnly(next) || PLURAL_MODIFIERS.has(plural.norm)) && (!next.cap || plural.cap) &&
        unitNamedBy(plural) === undefined;
      const head = compound ? named + 1 : named;
      return { unit: singularOf(tokens[head]!.norm), end: head + 1 };
    }
    // "two new share issues": a word the lexicon knows only as a verb may still modify a plural
    // head, but not right after "the two" used as a pronoun ("the two held talks").
    const pronounBefore = k === first && tokens[first - 2]?.norm === 'the';
    if (endsPhrase(t) && (pronounBefore || !isPluralNoun(tokens[k + 1] ?? t))) break;
  }
  return null;
}

/**
 * The singular head after "one": "one win", "one long vacation", "one issue above all" (the last
 * word that is no adjective, else the last word: "one rival"). A plural ends the phrase ("One
 * wonders ..."), a capitalized word is a modifier at most ("one Tesco depot", not "one McManaman"),
 * and a verb is never the head ("one accusing it of ...").
 */
function singularHeadAt(tokens: Token[], first: number, sentence: number | undefined): CountedNoun | null {
  let last = -1;
  let lastNoun = -1;
  for (let k = first; k < first + MAX_PHRASE_WORDS; k++) {
    if (isModelNumber(tokens, k, first)) continue;
    const t = tokens[k];
    const next = tokens[k + 1];
    const capitalAllowed = k === first || (continuesPhrase(next, sentence) && /^[a-z]/.test(next.text));
    if (!continuesPhrase(t, sentence) || isPluralNoun(t) || endsPhrase(t) || opensClause(t, next)) break;
    if (!isPremodifier(t, capitalAllowed)) break;
    if (t.cap) continue;
    last = k;
    if (!hasOnly(t.norm, WordClass.Adjective)) lastNoun = k;
  }
  const head = lastNoun >= 0 ? lastNoun : last;
  const isHead = head >= 0 && !isVerbOnly(tokens[head]!) && !isParticiple(tokens[head]!);
  return isHead ? { unit: headPart(tokens[head]!.norm), end: head + 1 } : null;
}

/**
 * The counted noun of the amount ending before token j. `singular` (for "one") accepts a
 * singular head; `partitive` lets "of" lead to the noun (vague amounts and numbers above one).
 */
export function countedNounAt(tokens: Token[], j: number, singular: boolean, partitive: boolean): CountedNoun | null {
  const sentence = tokens[j - 1]?.sentence;
  const first = afterModelNumber(tokens, partitive ? afterPartitiveOf(tokens, j) : j);
  if (FRACTION_NOUNS.has(tokens[first]?.norm ?? '')) return null;
  return fixedUnitAt(tokens, first, sentence) ??
    (singular ? singularHeadAt(tokens, first, sentence) : pluralHeadAt(tokens, first, sentence));
}

/** A word (not a function word) at token k, in the given sentence. */
function isWordAt(tokens: Token[], k: number, sentence: number | undefined): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && t.sentence === sentence && !isFunctionWord(t);
}

/**
 * "pre-orders of more than 1.5 million", "sales of 300,000": the plural right before "of".
 * Only for large round amounts: small ones are mostly ages, names and group sizes ("kids of
 * 15", "episodes of 24", "groups of four").
 */
export function pluralBeforeOf(tokens: Token[], first: number, value: number): string | null {
  if (value < 1000 || !Number.isInteger(value)) return null;
  const of = tokens[first - 1];
  const noun = tokens[first - 2];
  const fits = of?.norm === 'of' && noun !== undefined && noun.sentence === tokens[first]!.sentence &&
    !noun.cap && isPluralNoun(noun) && unitNamedBy(noun) === undefined && !QUANTITY_NOUNS.has(noun.norm);
  return fits ? singularOf(noun.norm) : null;
}

/** How far back "the number of X" may stand from its number ("the number of colleges rose from 350"). */
const NUMBER_OF_REACH = 12;

/** "the number of specialist sport colleges from 350 to 400" -> college. */
export function nounOfNumberOf(tokens: Token[], first: number): string | null {
  const sentence = tokens[first]!.sentence;
  for (let k = first - 2; k >= Math.max(0, first - NUMBER_OF_REACH); k--) {
    if (tokens[k]!.sentence !== sentence) break;
    if (tokens[k]!.norm !== 'number' || tokens[k + 1]!.norm !== 'of') continue;
    const noun = countedNounAt(tokens, k + 2, false, false);
    if (noun && noun.end <= first) return noun.unit;
  }
  return null;
}

/** A verb only people do right after a bare number: "where 800,000 live" -> person. */
export function peopleVerbAfter(tokens: Token[], first: number, end: number): string | null {
  const next = tokens[end];
  return next && next.sentence === tokens[first]!.sentence && PEOPLE_VERBS.has(next.norm) ? 'person' : null;
}
