/**
 * Quotations and their speakers. Spans come from the quotation marks (quotes/spans.ts), speakers
 * from speech clauses found in the text itself (quotes/clauses.ts, quotes/attribution.ts), whose
 * names are mentions of the record's people and organizations (quotes/speakers.ts): a speaker is
 * always the name of one of those entries.
 */
import { SMALL_WORDS } from '../lexicon/entity-cues.js';
import type { Doc } from '../text/document.js';
import { SENTENCE_ENDS } from '../text/marks.js';
import type { Organization, Person, Quote } from '../types.js';
import { attributeQuotes } from './quotes/attribution.js';
import { boilerplateTokens } from './quotes/boilerplate.js';
import { findClauses } from './quotes/clauses.js';
import { SpeakerIndex, type QuoteDoc } from './quotes/speakers.js';
import type { Names } from './entities/names.js';
import { findQuoteSpans, type QuoteSpan } from './quotes/spans.js';

// Quoted words of three or fewer are scare quotes or names ("FLASH-WEKA"), not utterances worth a record.
const MIN_WORDS = 4;

/** Whether a quoted span is words someone said, read in one pass over its tokens. */
function isUtterance(doc: Doc, span: QuoteSpan): boolean {
  const last = span.close >= 0 ? span.close : span.after;
  let words = 0;
  let titleCase = true; // every word capitalized but the small ones
  let capitalized = false;
  let sentencePunct = false; // a sentence ends inside (its marks are punctuation tokens)
  for (let i = span.open + 1; i < last; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === 'punct') {
      sentencePunct ||= SENTENCE_ENDS.has(t.text);
      continue;
    }
    words++;
    capitalized ||= t.cap;
    titleCase &&= t.cap || SMALL_WORDS.has(t.norm) || t.kind === 'number';
  }
  if (words < MIN_WORDS) return false;
  // A quoted title ("The Lord of the Rings", "Improving Opportunity, Strengthening Society"): every
  // word capitalized but the small ones, and no sentence ends inside.
  return !(titleCase && !sentencePunct && capitalized);
}

export function findQuotes(doc: Doc, names: Names, people: Person[], organizations: Organization[]): Quote[] {
  const spans = findQuoteSpans(doc);
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const s of spans) inQuote.fill(1, s.open, s.close >= 0 ? s.close + 1 : s.after);
  const kept = spans.filter((s) => isUtterance(doc, s));
  if (kept.length === 0) return []; // no names or clauses to look at
  const speakers = new SpeakerIndex(doc, names, people, organizations);
  // one literal, not a spread of `doc`: the spread took V8's generic copy, about 6 µs a document
  const quoteDoc: QuoteDoc = { text: doc.text, tokens: doc.tokens, sentences: doc.sentences, speakers, boilerplate: boilerplateTokens(doc) };
  const attributions = attributeQuotes(quoteDoc, kept, findClauses(quoteDoc, inQuote), inQuote);
  return kept.map((span, k) => {
    const { speaker, verb, rule } = attributions[k]!;
    return {
      text: doc.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: speaker ? speakers.fullest(speaker).text : null,
      verb,
      rule,
    };
  });
}
