/** Money and percentages around a number: currency symbols and codes before, currency words and signs after. */
import type { Token } from '../../text/tokenize.js';
import {
  CURRENCY_SUBUNITS, MAX_CURRENCY_WORDS, mayStartCurrencyName, currencyOfSymbol, currencyOfWord, isAmbiguousCurrencyWord, isCurrencyCode,
  isGluedOnlySymbol,
} from '../../lexicon/currencies.js';
import { SCALE_ABBREVIATIONS, SCALE_WORDS } from '../../lexicon/number-words.js';
import { isExactUnitSymbol } from '../../lexicon/units.js';

/** A currency written before the number: its ISO code, first token and the rule that read it. */
export interface CurrencyPrefix {
  code: string;
  first: number;
  rule: string;
}

/** Longest run of glued tokens ending before token i that a symbol may span ("HK" "$", "S" "/."). */
const MAX_SYMBOL_TOKENS = 3;

/** The text of tokens [first, end) when they touch one another, else null. */
function gluedText(tokens: Token[], first: number, end: number): string | null {
  let text = '';
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (!t || (k > first && t.gap !== '')) return null;
    text += t.text;
  }
  return text;
}

/** A symbol of letters stands alone: no letters glued before it ("RM5", not "ARM5"). */
const standsAlone = (tokens: Token[], first: number) => first === 0 || tokens[first]!.gap !== '' || tokens[first - 1]!.kind === 'punct';

/**
 * A one-letter symbol ("R") glued to a number is money only when the number looks like money:
 * digit groups, decimals, a scale or three digits ("R1,500", "R2.5bn", "R350"; not "R2-D2").
 */
function looksLikeMoney(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const scale = next !== undefined && next.kind === 'word' && (SCALE_ABBREVIATIONS.has(next.norm) || SCALE_WORDS.has(next.norm));
  return /[.,]/.test(t.text) || Number(t.text) >= 100 || scale;
}

const ONE_LETTER = /^\p{L}$/u;

/** Letter symbols of one letter ("R") or of a less traded currency ("KSh") are money only glued to the digits. */
const mustTouch = (written: string) => isGluedOnlySymbol(written) || ONE_LETTER.test(written);

/** "$", "US$", "A$", "HK$", "£", "€", "RM", "R", "Rs", "USD" right before token i (glued, or one space). */
export function currencyBefore(tokens: Token[], i: number): CurrencyPrefix | null {
  const gap = tokens[i]!.gap;
  if (gap.length > 1 || gap === '\n') return null;
  for (let length = Math.min(MAX_SYMBOL_TOKENS, i); length >= 1; length--) {
    const first = i - length;
    const written = gluedText(tokens, first, i);
    if (written === null || !standsAlone(tokens, first)) continue;
    const symbol = currencyOfSymbol(written);
    // a one-letter symbol needs an amount that looks like money (asked only once a symbol is found)
    if (symbol && (!ONE_LETTER.test(written) || looksLikeMoney(tokens, i)) && (gap === '' || !mustTouch(written))) return { code: symbol, first, rule: 'count.money.symbol-prefix' };
    if (length === 1 && isCurrencyCode(written)) return { code: written, first, rule: 'count.money.code' };
  }
  return null;
}

/** What follows a number and gives it its unit, with the tokens it takes. */
export interface AmountSuffix {
  unit: string;
  kind: 'money' | 'percent' | 'measure' | 'count';
  /** Token index after the suffix. */
  end: number;
  /** Multiplier on the value: 0.01 for pence and cents. */
  factor: number;
  rule: string;
}

/** "%", "per cent", "percent", "pct" at token j. */
export function percentAt(tokens: Token[], j: number): AmountSuffix | null {
  const t = tokens[j];
  if (!t) return null;
  const percent = { unit: 'percent', kind: 'percent', factor: 1, rule: 'count.percent.sign' } as const;
  const sign = t.text === '%' || t.norm === 'percent' || t.norm === 'pct' || (t.norm === 'pc' && t.gap === '');
  if (sign) return { ...percent, end: j + 1 };
  if (t.norm === 'per' && tokens[j + 1]?.norm === 'cent') return { ...percent, end: j + 2 };
  return null;
}

/** The longest currency name of words starting at j ("south african rand", "rupees"). */
function currencyNameAt(tokens: Token[], j: number): { code: string; end: number; word: string } | null {
  if (!mayStartCurrencyName(tokens[j]!.norm)) return null;
  for (let length = MAX_CURRENCY_WORDS; length >= 1; length--) {
    const words = tokens.slice(j, j + length);
    if (words.length < length || words.some((w, k) => w.kind !== 'word' || (k > 0 && w.gap !== ' '))) continue;
    const name = words.map((w) => w.norm).join(' ');
    const code = currencyOfWord(name);
    if (code) return { code, end: j + length, word: name };
  }
  return null;
}

/**
 * A currency written after the number at token j: "40m rupees", "7.4bn Australian dollars",
 * "100 trillion won", "25p", "50 cents", "5m EUR", "1,200€", "500 kr". Words that are also
 * ordinary English ("won", "real") only count after a scale. `scaled` says whether the number had one.
 */
export function currencyAfter(tokens: Token[], j: number, scaled: boolean): AmountSuffix | null {
  const t = tokens[j];
  if (!t) return null;
  const money = (unit: string, end: number, rule: string, factor = 1): AmountSuffix =>
    ({ unit, kind: 'money', end, factor, rule });
  const subunit = CURRENCY_SUBUNITS.get(t.norm);
  // "25p" is glued; "50 Cent" is a name.
  if (subunit && (t.norm !== 'p' || t.gap === '') && !t.cap && !scaled) return money(subunit, j + 1, 'count.money.subunit', 0.01);
  const name = currencyNameAt(tokens, j);
  if (name && (scaled || !isAmbiguousCurrencyWord(name.word))) return money(name.code, name.end, 'count.money.word');
  if (t.gap.length > 1 || tokens[j - 1]!.kind !== 'number') return null;
  if (isCurrencyCode(t.text)) return money(t.text, j + 1, 'count.money.code');
  // "1,200€", "500 kr": a symbol after the digits, unless it is also a unit ("5 KM"); a period
  // after it ends the sentence when the symbol is also written without one ("500 kr.").
  for (let length = 1; length <= 2; length++) {
    const written = gluedText(tokens, j, j + length);
    const code = written === null ? undefined : currencyOfSymbol(written);
    const glued = t.gap === '';
    if (code && (glued || !mustTouch(written!)) && !isExactUnitSymbol(written!, glued)) {
      return money(code, j + length, 'count.money.symbol-suffix');
    }
  }
  return null;
}

/** "a 5 million-pound deal", "a 2bn-euro fund": a currency word compounded with the scale ending the number. */
export function currencyInScale(tokens: Token[], end: number, scaled: boolean): AmountSuffix | null {
  if (!scaled) return null;
  const parts = tokens[end - 1]!.norm.split(/[-–]/);
  const code = parts.length === 2 ? currencyOfWord(parts[1]!) : undefined;
  return code ? { unit: code, kind: 'money', end, factor: 1, rule: 'count.money.word' } : null;
}
