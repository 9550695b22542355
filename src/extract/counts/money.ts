/** Money and percentages around a number: currency symbols and codes before, currency words after. */
import type { Token } from '../../text/tokenize.js';
import {
  AMBIGUOUS_CURRENCY_WORDS, CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES, QUALIFIED_CURRENCIES,
} from '../../lexicon/currencies.js';

/** A currency written before the number: its ISO code and first token. */
export interface CurrencyPrefix {
  code: string;
  first: number;
}

/** "$", "US$", "A$", "£", "€", "USD ", "Rs " right before token i. */
export function currencyBefore(tokens: Token[], i: number): CurrencyPrefix | null {
  const prev = tokens[i - 1];
  if (!prev || tokens[i]!.gap.length > 1) return null;
  const symbol = CURRENCY_SYMBOLS.get(prev.text);
  if (symbol) {
    const letters = tokens[i - 2];
    const dollar = prev.text === '$' && letters && prev.gap === '' && letters.kind === 'word'
      ? DOLLAR_PREFIXES.get(letters.norm) : undefined;
    return dollar ? { code: dollar, first: i - 2 } : { code: symbol, first: i - 1 };
  }
  const code = CURRENCY_CODES.has(prev.text) ? prev.text : CURRENCY_ABBREVIATIONS.get(prev.text);
  return code ? { code, first: i - 1 } : null;
}

/** What follows a number and makes it money or a percentage, with the tokens it takes. */
export interface AmountSuffix {
  unit: string;
  /** Token index after the suffix. */
  end: number;
  /** Multiplier on the value: 0.01 for pence and cents. */
  factor: number;
}

/** "%", "per cent", "percent", "pct" at token j. */
export function percentAt(tokens: Token[], j: number): AmountSuffix | null {
  const t = tokens[j];
  if (!t) return null;
  const sign = t.text === '%' || t.norm === 'percent' || t.norm === 'pct' || (t.norm === 'pc' && t.gap === '');
  if (sign) return { unit: 'percent', end: j + 1, factor: 1 };
  if (t.norm === 'per' && tokens[j + 1]?.norm === 'cent') return { unit: 'percent', end: j + 2, factor: 1 };
  return null;
}

/** "Australian dollar(s)", "South Korean won" starting at j: the longest qualified name. */
function qualifiedCurrencyAt(tokens: Token[], j: number): AmountSuffix | null {
  for (const length of [3, 2]) {
    const words = tokens.slice(j, j + length);
    if (words.length < length || words.some((w) => w.kind !== 'word')) continue;
    const norms = words.map((w) => w.norm);
    const last = norms[length - 1]!;
    norms[length - 1] = last.endsWith('s') && !QUALIFIED_CURRENCIES.get(norms.join(' ')) ? last.slice(0, -1) : last;
    const code = QUALIFIED_CURRENCIES.get(norms.join(' '));
    if (code) return { unit: code, end: j + length, factor: 1 };
  }
  return null;
}

/**
 * A currency written after the number at token j: "40m rupees", "7.4bn Australian dollars",
 * "100 trillion won", "25p", "50 cents". Words that are also ordinary English ("won", "rand")
 * only count after a scale. `scaled` says whether the number had one.
 */
export function currencyAfter(tokens: Token[], j: number, scaled: boolean): AmountSuffix | null {
  const t = tokens[j];
  if (!t) return null;
  const qualified = qualifiedCurrencyAt(tokens, j);
  if (qualified) return qualified;
  const subunit = CURRENCY_SUBUNITS.get(t.norm);
  // "25p" is glued; "50 Cent" is a name.
  if (subunit && (t.norm !== 'p' || t.gap === '') && !t.cap && !scaled) return { unit: subunit, end: j + 1, factor: 0.01 };
  const word = CURRENCY_WORDS.get(t.norm);
  if (word && (scaled || !AMBIGUOUS_CURRENCY_WORDS.has(t.norm))) {
    return { unit: word, end: j + 1, factor: 1 };
  }
  return CURRENCY_CODES.has(t.text) ? { unit: t.text, end: j + 1, factor: 1 } : null;
}

/** "a 5 million-pound deal", "a 2bn-euro fund": a currency word compounded with the scale ending the number. */
export function currencyInScale(tokens: Token[], end: number, scaled: boolean): AmountSuffix | null {
  const parts = tokens[end - 1]!.norm.split(/[-–]/);
  const code = scaled && parts.length === 2 ? CURRENCY_WORDS.get(parts[1]!) : undefined;
  return code ? { unit: code, end, factor: 1 } : null;
}
