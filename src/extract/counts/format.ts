/** Readable one-line form of a count, for table output. */
import type { Count } from '../../types.js';

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥', INR: '₹' };

const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * "over 1,000 arrest", "$430,000,000", "£5,000,000,000", "15%", "1,500-2,000 person",
 * "7.4 AUD" for currencies without a sign, "1,000 (approx.) victim" for vague amounts.
 */
export function formatCount(c: Count): string {
  const span = c.max !== undefined ? `${grouped(c.value)}-${grouped(c.max)}` : grouped(c.value);
  const sign = c.unit ? CURRENCY_SIGNS[c.unit] : undefined;
  let amount: string;
  if (sign) amount = `${sign}${span}`;
  else if (c.unit === 'percent') amount = `${span}%`;
  else if (c.unit && /^[A-Z]{3}$/.test(c.unit)) amount = `${span} ${c.unit}`;
  else amount = [span, c.approximate ? '(approx.)' : '', c.unit ?? ''].filter(Boolean).join(' ');
  return c.modifier ? `${c.modifier} ${amount}` : amount;
}
