/**
 * Named word classes: the coarse classes compromise's lexicon gives a word, as bit flags, so a
 * rule reads `has(word, WordClass.FirstName | WordClass.Surname)` instead of testing letters.
 * The classes and the compromise tags behind each are data (word-classes.json), read by
 * scripts/build-lexicon.mjs too; bit k is the k-th entry there (tests/lexicon/word-class.test.ts
 * checks this enum against it).
 */
import { findInIndex, readIndexedTable, type HashIndex } from '../knowledge/hash-index.js';

export enum WordClass {
  FirstName = 1 << 0,
  Surname = 1 << 1,
  /** A whole person's name ("john smith"). */
  PersonName = 1 << 2,
  Honorific = 1 << 3,
  /** An organization or sports team compromise knows by name. */
  Organization = 1 << 4,
  Country = 1 << 5,
  /** A city, region or other place. */
  Place = 1 << 6,
  Demonym = 1 << 7,
  Month = 1 << 8,
  Weekday = 1 << 9,
  /** A noun of a person by role or trade ("minister", "striker"). */
  Role = 1 << 10,
  Verb = 1 << 11,
  Adjective = 1 << 12,
  Adverb = 1 << 13,
  Noun = 1 << 14,
  /** Prepositions, conjunctions, determiners, pronouns, copulas, modals. */
  FunctionWord = 1 << 15,
  Unit = 1 << 16,
  NumberWord = 1 << 17,
  Expression = 1 << 18,
}

/** Classes that name someone or something: the words of proper names. */
export const NAME_CLASSES = WordClass.FirstName | WordClass.Surname | WordClass.PersonName | WordClass.Organization |
  WordClass.Country | WordClass.Place | WordClass.Demonym;
/** The parts of a person's name. */
export const PERSON_CLASSES = WordClass.FirstName | WordClass.Surname | WordClass.PersonName;
/** Classes of everyday words. */
export const COMMON_CLASSES = WordClass.FunctionWord | WordClass.Verb | WordClass.Adjective | WordClass.Adverb | WordClass.Noun |
  WordClass.NumberWord | WordClass.Role | WordClass.Expression | WordClass.Unit | WordClass.Month | WordClass.Weekday;

/**
 * The lexicon's words, `word<TAB>classes` lines with a hash index (scripts/build-lexicon.mjs and
 * build-word-index.mjs), read as bytes on the first look-up: no parse at start-up.
 */
let table: { bytes: Buffer; index: HashIndex } | undefined;

const TAB = 9, NEWLINE = 10, ZERO = 48;

/**
 * Classes already read, by word: the rules ask about the same words over and over (1.0M asks
 * for 32k words on the bbc corpus), mostly with a token's own norm, whose hash V8 keeps with the
 * string, so a Map hit is cheaper than hashing the word and comparing it with the table's bytes
 * again. Emptied when full, so a long run's memory stays flat.
 */
const memo = new Map<string, number>();
const MEMO_LIMIT = 1 << 16;

/** The classes of a lower-case word or phrase (0 when the lexicon does not know it). */
export function wordClass(word: string): number {
  let set = memo.get(word);
  if (set === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, (set = readClasses(word)));
  }
  return set;
}

function readClasses(word: string): number {
  table ??= readIndexedTable(new URL('./generated/word-classes.tsv', import.meta.url), new URL('./generated/word-classes.index', import.meta.url));
  const { bytes } = table;
  let at = findInIndex(table.index, bytes, word, false);
  if (at < 0) return 0;
  while (bytes[at] !== TAB) at++;
  let set = 0;
  for (at++; bytes[at] !== NEWLINE; at++) set = set * 10 + bytes[at]! - ZERO;
  return set;
}

/** The word is in at least one of the classes. */
export const has = (word: string, classes: number): boolean => (wordClass(word) & classes) !== 0;

/** The word is known and in none but these classes ("said" is only a verb). */
export function hasOnly(word: string, classes: number): boolean {
  const set = wordClass(word);
  return set !== 0 && (set & ~classes) === 0;
}

/** The lexicon knows the word in some class. */
export const known = (word: string): boolean => wordClass(word) !== 0;
