/**
 * Word lists built from maintained packages at build time (scripts/build-lexicon.mjs):
 * compromise's lexicon and noun inflector, and world-countries.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface WordsTable {
  /** word -> coarse classes, one letter each (see scripts/build-lexicon.mjs). */
  words: Record<string, string>;
  singular: Record<string, string>;
  orgWords: string[];
  placeWords: string[];
}

export interface CountryEntry {
  name: string;
  names: string[];
  demonyms: string[];
}

export const wordsTable: WordsTable = require('./generated/words.json');
export const countryTable: Record<string, CountryEntry> = require('./generated/countries.json');

/** The coarse classes compromise's lexicon gives a lower-case word ('' when unknown). */
export const wordClasses = (word: string): string => wordsTable.words[word] ?? '';
