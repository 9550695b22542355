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

// (ASCII needs no decomposing: skipping it keeps indexing thousands of names cheap.)
const fold = (s: string) =>
  (/[^\x00-\x7f]/.test(s) ? s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const words = (name: string) => fold(name).split(' ');
const endsWithWords = (whole: string[], tail: string[]) =>
  tail.length <= whole.length && tail.every((w, k) => whole[whole.length - tail.length + k] === w);

interface Entry<T> {
  entry: T;
  words: string[];
}

/** The first value of each key, in the order given. */
function firstByKey<T>(pairs: Array<[string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [key, value] of pairs) if (!map.has(key)) map.set(key, value);
  return map;
}

/** Entries by their last word, in document order. */
function byLastWord<T>(entries: Array<Entry<T>>): Map<string, Array<Entry<T>>> {
  const map = new Map<string, Array<Entry<T>>>();
  for (const e of entries) {
    const group = map.get(e.words.at(-1)!);
    if (group) group.push(e);
    else map.set(e.words.at(-1)!, [e]);
  }
  return map;
}

/**
 * The person and organization entries of a document, folded and indexed by key once: looking
 * each speaker up by scanning every entry is quadratic when a text quotes many people.
 * Every lookup returns what a scan of the entries in order would find first.
 */
class SpeakerIndex {
  private readonly personByName: Map<string, Person>;
  private readonly peopleByLast: Map<string, Array<Entry<Person>>>;
  private readonly personByFirst: Map<string, Person>;
  private readonly organizationByName: Map<string, Organization>;
  private readonly organizationsByLast: Map<string, Array<Entry<Organization>>>;

  constructor(people: Person[], organizations: Organization[]) {
    const persons = people.map((entry) => ({ entry, words: words(entry.name) }));
    this.personByName = firstByKey(persons.map((p) => [p.words.join(' '), p.entry]));
    this.peopleByLast = byLastWord(persons);
    this.personByFirst = firstByKey(persons.map((p) => [p.words[0]!, p.entry]));
    const orgs = organizations.map((entry) => ({ entry, words: words(entry.name) }));
    this.organizationByName = firstByKey(orgs.flatMap((o): Array<[string, Organization]> => [[o.words.join(' '), o.entry], ...(o.entry.acronym ? [[fold(o.entry.acronym), o.entry] as [string, Organization]] : [])]));
    this.organizationsByLast = byLastWord(orgs);
  }

  /**
   * The person entry a speaker found in the text stands for: the same name, one ending with it
   * ("Chelba" -> "Jalel Chelba"), one it ends with ("Lib Dem Norman Baker" -> "Norman Baker"),
   * or, for one word, the one person of that first name.
   */
  person(found: string[]): Person | undefined {
    const sameLast = this.peopleByLast.get(found.at(-1)!) ?? [];
    return this.personByName.get(found.join(' ')) ??
      sameLast.find((p) => endsWithWords(p.words, found))?.entry ??
      sameLast.find((p) => p.words.length > 1 && endsWithWords(found, p.words))?.entry ??
      (found.length === 1 ? this.personByFirst.get(found[0]!) : undefined);
  }

  /**
   * The organization entry: same name or acronym, or one ending with the name found here. An entry
   * shorter than the name found ("Economy Ministry" for "Finance and Economy Ministry") was cut
   * short, so the name found stays.
   */
  organization(found: string[]): Organization | undefined {
    return this.organizationByName.get(found.join(' ')) ??
      (this.organizationsByLast.get(found.at(-1)!) ?? []).find((o) => endsWithWords(o.words, found))?.entry;
  }

  /** The name of the entry a speaker found in the text stands for; the name as found when none does. */
  nameOf(ref: NameRef): string {
    const found = words(ref.text);
    const match = ref.isOrg ? (this.organization(found) ?? this.person(found)) : (this.person(found) ?? this.organization(found));
    return match?.name ?? ref.text;
  }
}

export function findQuotes(doc: Doc, people: Person[], organizations: Organization[]): Quote[] {
  const spans = findQuoteSpans(doc);
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const s of spans) inQuote.fill(1, s.open, s.close >= 0 ? s.close + 1 : s.after);
  const kept = spans.filter((s) => isUtterance(doc, s));
  if (kept.length === 0) return []; // no names or clauses to look at
  const names = new NameIndex(doc);
  const attributions = attributeQuotes(doc, kept, findClauses(doc, inQuote), names, inQuote);
  const speakers = new SpeakerIndex(people, organizations);
  return kept.map((span, k) => {
    const { speaker, verb } = attributions[k]!;
    return {
      text: doc.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: speaker ? speakers.nameOf(speaker) : null,
      verb,
    };
  });
}
