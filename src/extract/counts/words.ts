/** Reads of the generated lexicon tables by own keys only: "constructor" is no word of English. */
import { wordClasses, wordsTable } from '../../lexicon/index.js';

/** The word's lexicon classes ('' when unknown). */
export const classesOf = (word: string): string => (Object.hasOwn(wordsTable.words, word) ? wordClasses(word) : '');

/** The singular compromise's inflector gives a known plural, if any. */
export const singularTable = (plural: string): string | undefined =>
  Object.hasOwn(wordsTable.singular, plural) ? wordsTable.singular[plural] : undefined;
