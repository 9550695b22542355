/**
 * Word lists built from maintained packages at build time (scripts/build-lexicon.mjs):
 * compromise's lexicon and noun inflector, and world-countries.
 */
import countries from './generated/countries.json' with { type: 'json' };
import words from './generated/words.json' with { type: 'json' };

interface WordsTable {
  /** word -> its classes as WordClass bit flags (see word-class.ts). */
  words: Record<string, number>;
  singular: Record<string, string>;
  maleNames: string[];
  femaleNames: string[];
  orgWords: string[];
  placeWords: string[];
}

export interface CountryEntry {
  name: string;
  names: string[];
  demonyms: string[];
}

export const wordsTable: WordsTable = words;
export const countryTable: Record<string, CountryEntry> = countries;


// One letter per WordClass bit, in bit order: the letter strings counts/ still tests by regex.
const CLASS_LETTERS = 'FLPHOCGDMWAVJRNXUTE';

/**
 * The classes of a word as one-letter codes ('' when unknown). Only counts/ still reads these,
 * until it moves to WordClass (word-class.ts), which every other rule uses.
 */
export function wordClasses(word: string): string {
  const set = Object.hasOwn(wordsTable.words, word) ? wordsTable.words[word]! : 0;
  let letters = '';
  for (let k = 0; k < CLASS_LETTERS.length; k++) if (set & (1 << k)) letters += CLASS_LETTERS[k];
  return [...letters].sort().join('');
}

/** The singular compromise's inflector gives a plural it knows, if any. */
export const singularOf = (plural: string): string | undefined =>
  Object.hasOwn(wordsTable.singular, plural) ? wordsTable.singular[plural] : undefined;

let genders: Map<string, 'male' | 'female'> | undefined;

/** The gender compromise's lexicon gives a lower-case given name, if it gives one. */
export function givenNameGender(word: string): 'male' | 'female' | undefined {
  if (!genders) {
    genders = new Map();
    for (const w of wordsTable.maleNames) genders.set(w, 'male');
    for (const w of wordsTable.femaleNames) genders.set(w, 'female');
  }
  return genders.get(word);
}
