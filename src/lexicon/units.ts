/**
 * Measurement units, built from js-quantities at build time (scripts/build-units.mjs): every
 * written form (symbol or name) with the singular unit name a count reports and its dimension.
 */
import table from './generated/units.json' with { type: 'json' };

export interface Unit {
  /** Singular name reported as a count's unit ("kilometre", "degree fahrenheit"). */
  name: string;
  plural: string;
  /** "length", "power", "temperature", ... */
  dimension: string;
}

interface UnitsTable {
  /** [singular, plural, dimension] of each unit. */
  units: string[][];
  /** Case-sensitive symbols ("km", "MW", "°C"); one-letter ones only glued to digits. */
  symbols: Record<string, number>;
  gluedSymbols: Record<string, number>;
  /** Symbols in lower case, where only one unit reads so ("KM", "MPH" in capitals). */
  lowerSymbols: Record<string, number>;
  /** Spelled-out names in lower case, singular and plural, perhaps several words ("miles per hour"). */
  names: Record<string, number>;
}

const data: UnitsTable = table;
const UNITS: Unit[] = data.units.map(([name, plural, dimension]) => ({ name: name!, plural: plural!, dimension: dimension! }));

/** A table's units by written form: one Map look-up per question, not a property test then a read. */
const byWritten = (table: Record<string, number>): ReadonlyMap<string, Unit> =>
  new Map(Object.entries(table).map(([written, k]) => [written, UNITS[k]!]));
const SYMBOLS = byWritten(data.symbols);
const GLUED_SYMBOLS = byWritten(data.gluedSymbols);
const LOWER_SYMBOLS = byWritten(data.lowerSymbols);
const NAMES = byWritten(data.names);

/** The unit written as a symbol: exact case, else in lower case; one-letter symbols only when `glued`. */
export function unitBySymbol(written: string, glued: boolean): Unit | undefined {
  return SYMBOLS.get(written) ?? (glued ? GLUED_SYMBOLS.get(written) : undefined) ?? LOWER_SYMBOLS.get(written.toLowerCase());
}

/** Every prefix of every symbol: exact case, and in lower case for the symbols read in any case. */
const prefixesOf = (symbols: string[]): ReadonlySet<string> =>
  new Set(symbols.flatMap((symbol) => Array.from({ length: symbol.length }, (_, k) => symbol.slice(0, k + 1))));
const EXACT_SYMBOL_PREFIXES = prefixesOf([...Object.keys(data.symbols), ...Object.keys(data.gluedSymbols)]);
const LOWER_SYMBOL_PREFIXES = prefixesOf(Object.keys(data.lowerSymbols));

/**
 * Whether a symbol may start with this text, as unitBySymbol reads it: most words after a number
 * are ruled out by this before the longer texts they start are built and looked up.
 */
export const mayStartUnitSymbol = (text: string): boolean =>
  EXACT_SYMBOL_PREFIXES.has(text) || LOWER_SYMBOL_PREFIXES.has(text.toLowerCase());

/** Whether the written symbol is a unit's in exactly this case ("kN" is, "kn" is not). */
export const isExactUnitSymbol = (written: string, glued: boolean): boolean =>
  SYMBOLS.has(written) || (glued && GLUED_SYMBOLS.has(written));

/** The unit spelled out ("kilometres", "miles per hour"), in lower case. */
export const unitByName = (name: string): Unit | undefined => NAMES.get(name);

/** First words of unit names, so most words are ruled out by one look-up. */
const FIRST_WORDS: ReadonlySet<string> = new Set(Object.keys(data.names).map((n) => n.split(' ')[0]!));
export const mayStartUnitName = (word: string) => FIRST_WORDS.has(word);

/** Longest spelled-out unit name, in words. */
export const MAX_UNIT_WORDS = Math.max(...Object.keys(data.names).map((n) => n.split(' ').length));