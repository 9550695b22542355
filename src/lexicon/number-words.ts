/** Words and abbreviations that spell out or scale numbers (used by src/extract/counts). */

/** Spelled-out cardinals below one hundred that are single words. */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** Scale words that multiply what precedes them ("four hundred", "1.2 million", "two dozen"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  dozen: 12, hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // South Asian scales ("50 lakh", "Rs 500 crore").
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
}));

/** Abbreviated scales written after digits, glued or spaced ("£5bn", "$430m", "10k", "3 bn"). */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map(Object.entries({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
}));

/** Abbreviations that may only be glued to the digits ("10k", not "10 k"). */
export const GLUED_ONLY_SCALES: ReadonlySet<string> = new Set(['k', 'm', 'b']);

/**
 * Plural scale words that name a vague amount ("thousands of victims"); the value is the
 * scale itself, as the guidelines ask ("dozens of" -> 12, "tens of thousands" -> 10000).
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map(Object.entries({
  tens: 10, dozens: 12, scores: 20, hundreds: 1e2, thousands: 1e3, millions: 1e6,
  billions: 1e9, trillions: 1e12,
}));

/** Vague plurals that only count when "of" follows ("scores of people", not "the scores"). */
export const VAGUE_NEEDS_OF: ReadonlySet<string> = new Set(['tens', 'scores']);

/** Quantity words that make a following scale vague ("several hundred", "many thousands of", "a few hundred"). */
export const VAGUE_QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'many', 'few']);

/**
 * Fraction words, singular after "a"/"one" and plural after larger numerators ("a third of voters",
 * "two-thirds of adults", "a quarter of a million").
 */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5,
  fifths: 1 / 5, sixth: 1 / 6, sixths: 1 / 6, seventh: 1 / 7, sevenths: 1 / 7, eighth: 1 / 8, eighths: 1 / 8,
  ninth: 1 / 9, ninths: 1 / 9, tenth: 1 / 10, tenths: 1 / 10,
}));

/** The suffix of a multiple ("sixfold", "a 10-fold rise"), reported as the unit. */
export const MULTIPLE_SUFFIX = 'fold';
