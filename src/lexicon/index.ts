/**
 * Word lists built from maintained packages at build time (scripts/build-lexicon.mjs):
 * compromise's lexicon and noun inflector, and world-countries.
 */
import countries from './generated/countries.json' with { type: 'json' };
import words from './generated/words.json' with { type: 'json' };

interface WordsTable {
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
