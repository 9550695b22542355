/** Punctuation the rules test for, one set per kind of mark. */

/** Quotation marks, straight and curly, double and single. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '‟', "'", '‘', '’', '‛']);

/** The marks that end a sentence. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** A hyphen or dash standing alone between words. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
