/**
 * Quotations and their speakers. Spans come from the quotation marks (quotes/spans.ts), speakers
 * from speech clauses found in the text itself (quotes/clauses.ts, quotes/attribution.ts); a speaker
 * found that way is then reported under the name of the matching person or organization entry.
 */
import type { Doc } from '../text/document.js';
import type { Organization, Person, Quote } from '../types.js';
import { attributeQuotes } from './quotes/attribution.js';
import { findClauses } from './quotes/clauses.js';
import { NameIndex, type NameRef } from './quotes/names.js';
import { findQuoteSpans, type QuoteSpan } from './quotes/spans.js';

// Quoted words of three or fewer are scare quotes or names ("FLASH-WEKA"), not utterances worth a record.
const MIN_WORDS = 4;
const TITLE_FILLERS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'with', 'from', 'by', 'or']);

function isUtterance(doc: Doc, span: QuoteSpan): boolean {
  const last = span.close >= 0 ? span.close : span.after;
  const inside = doc.tokens.slice(span.open + 1, last);
  const words = inside.filter((t) => t.kind !== 'punct');
  if (words.length < MIN_WORDS) return false;
  // A quoted title ("The Lord of the Rings", "Improving Opportunity, Strengthening Society"): every
  // word capitalized but the small ones, and no sentence ends inside.
  const titleCase = words.every((t) => t.cap || TITLE_FILLERS.has(t.norm) || t.kind === 'number');
  const sentencePunct = inside.some((t) => ['.', '!', '?'].includes(t.text));
  return !(titleCase && !sentencePunct && words.some((t) => t.cap));
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const words = (name: string) => fold(name).split(' ');
const endsWithWords = (whole: string[], tail: string[]) =>
  tail.length <= whole.length && tail.every((w, k) => whole[whole.length - tail.length + k] === w);

/**
 * The person entry a speaker found in the text stands for: the same name, one ending with it
 * ("Chelba" -> "Jalel Chelba"), one it ends with ("Lib Dem Norman Baker" -> "Norman Baker"),
 * or, for one word, the one person of that first name.
 */
function personEntry(found: string[], people: Person[]): Person | undefined {
  return people.find((p) => fold(p.name) === found.join(' ')) ??
    people.find((p) => endsWithWords(words(p.name), found)) ??
    people.find((p) => words(p.name).length > 1 && endsWithWords(found, words(p.name))) ??
    (found.length === 1 ? people.find((p) => words(p.name)[0] === found[0]) : undefined);
}

/**
 * The organization entry: same name or acronym, or one ending with the name found here. An entry
 * shorter than the name found ("Economy Ministry" for "Finance and Economy Ministry") was cut
 * short, so the name found stays.
 */
function organizationEntry(found: string[], organizations: Organization[]): Organization | undefined {
  const text = found.join(' ');
  return organizations.find((o) => fold(o.name) === text || (o.acronym && fold(o.acronym) === text)) ??
    organizations.find((o) => endsWithWords(words(o.name), found));
}

/** The name of the entry a speaker found in the text stands for; the name as found when none does. */
function entryName(ref: NameRef, people: Person[], organizations: Organization[]): string {
  const found = words(ref.text);
  const person = () => personEntry(found, people);
  const organization = () => organizationEntry(found, organizations);
  const match = ref.isOrg ? (organization() ?? person()) : (person() ?? organization());
  return match?.name ?? ref.text;
}

export function findQuotes(doc: Doc, people: Person[], organizations: Organization[]): Quote[] {
  const spans = findQuoteSpans(doc);
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const s of spans) inQuote.fill(1, s.open, s.close >= 0 ? s.close + 1 : s.after);
  const kept = spans.filter((s) => isUtterance(doc, s));
  if (kept.length === 0) return []; // no names or clauses to look at
  const names = new NameIndex(doc);
  const attributions = attributeQuotes(doc, kept, findClauses(doc, inQuote), names, inQuote);
  return kept.map((span, k) => {
    const { speaker, verb } = attributions[k]!;
    return {
      text: doc.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: speaker ? entryName(speaker, people, organizations) : null,
      verb,
    };
  });
}
