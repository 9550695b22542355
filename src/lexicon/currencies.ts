/**
 * Currencies -> ISO 4217 codes (used by src/extract/counts). Codes, names and symbols are built
 * from currency-codes, currency-symbol-map and world-countries at build time
 * (scripts/build-units.mjs); sub-units are the one hand-kept list here.
 */
import table from './generated/currencies.json' with { type: 'json' };

interface CurrencyTable {
  /** ISO codes written as words before or after amounts ("USD 5m", "5m EUR"). */
  codes: string[];
  /** Symbols and letter abbreviations, case-sensitive ("$", "US$", "A$", "RM", "R", "kr", "zł"). */
  symbols: Record<string, string>;
  /** Letter symbols that are money only glued to the digits ("KSh500"). */
  gluedOnlySymbols: string[];
  /** Names in lower case, singular and plural, perhaps qualified ("rupees", "australian dollars"). */
  words: Record<string, string>;
  /** Names that are also ordinary English ("won", "real"): money only after a scale ("100 trillion won"). */
  ambiguousWords: string[];
}

const data: CurrencyTable = table;
const CODES: ReadonlySet<string> = new Set(data.codes);
const GLUED_ONLY: ReadonlySet<string> = new Set(data.gluedOnlySymbols);
const AMBIGUOUS: ReadonlySet<string> = new Set(data.ambiguousWords);
// Maps, not the JSON records: one look-up per question (every token before and after a number), not a property test then a read.
const CODE_OF_SYMBOL: ReadonlyMap<string, string> = new Map(Object.entries(data.symbols));
const CODE_OF_WORD: ReadonlyMap<string, string> = new Map(Object.entries(data.words));

/** The ISO code a symbol or abbreviation stands for ("HK$" -> HKD, "RM" -> MYR). */
export const currencyOfSymbol = (written: string): string | undefined => CODE_OF_SYMBOL.get(written);

/** Letter symbols that must touch the digits to be money. */
export const isGluedOnlySymbol = (written: string) => GLUED_ONLY.has(written);

/** An ISO 4217 code written as a word ("EUR"), exact case. */
export const isCurrencyCode = (written: string) => CODES.has(written);

/** The ISO code a currency name stands for ("rupees" -> INR, "south african rand" -> ZAR), in lower case. */
export const currencyOfWord = (name: string): string | undefined => CODE_OF_WORD.get(name);

/** A currency name that is also an ordinary English word ("won"). */
export const isAmbiguousCurrencyWord = (name: string) => AMBIGUOUS.has(name);

/** First words of currency names, so most words are ruled out by one look-up. */
const FIRST_WORDS: ReadonlySet<string> = new Set(Object.keys(data.words).map((w) => w.split(' ')[0]!));
export const mayStartCurrencyName = (word: string) => FIRST_WORDS.has(word);

/** Longest currency name, in words ("new zealand dollars"). */
export const MAX_CURRENCY_WORDS = Math.max(...Object.keys(data.words).map((w) => w.split(' ').length));

/** Sub-units: a hundredth of their currency ("25p" -> 0.25 GBP, "50 cents" -> 0.5 USD). */
export const CURRENCY_SUBUNITS: ReadonlyMap<string, string> = new Map(Object.entries({
  p: 'GBP', pence: 'GBP', penny: 'GBP', cent: 'USD', cents: 'USD', sen: 'MYR',
}));
