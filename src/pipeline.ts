import { extractFacts, type Facts } from './extract/index.js';
import type { InputItem } from './input/discover.js';
import { readInput, type ReadOptions } from './input/read.js';
import { mergePieces, pieceBounds } from './pieces.js';
import { joinWrappedLines } from './text/unwrap.js';
import type { Count, DocumentRecord, Mention, OutputRecord } from './types.js';

/** Maps UTF-16 indices of `text` to code-point indices (the offsets of the record contract); null when they are the same. */
function codePointIndex(text: string): ((utf16: number) => number) | null {
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    // The low half of a surrogate pair shares the code point of its high half.
    const next = text.charCodeAt(i + 1);
    if (!(c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)) cp++;
  }
  table[text.length] = cp;
  return (i) => table[i]!;
}

function mapOffsets(facts: Facts, map: (i: number) => number): Facts {
  const shift = <T extends Mention>(m: T): T => ({ ...m, start: map(m.start), end: map(m.end) });
  return {
    people: facts.people.map((p) => ({ ...p, mentions: p.mentions.map(shift) })),
    organizations: facts.organizations.map((o) => ({ ...o, mentions: o.mentions.map(shift) })),
    countries: facts.countries.map((c) => ({ ...c, mentions: c.mentions.map(shift) })),
    counts: facts.counts.map(shift),
    quotes: facts.quotes.map(shift),
  };
}

function extractInPieces(text: string): Facts {
  const bounds = pieceBounds(text);
  if (bounds.length === 2) return extractFacts(text);
  const pieces: Facts[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const offset = bounds[i]!;
    pieces.push(mapOffsets(extractFacts(text.slice(offset, bounds[i + 1])), (n) => n + offset));
  }
  return mergePieces(pieces);
}

/**
 * A count whose amount overflowed ("10,000,000,…" with a hundred groups) would be written as
 * null, which the record contract forbids: such a count is dropped, whichever rule made it.
 */
const finiteCount = (c: Count) => Number.isFinite(c.value) && (c.max === undefined || Number.isFinite(c.max));

/**
 * Facts found in an analysed copy of `text` of the same length: their `text` fields taken from
 * `text` itself, and names across a joined line break written with one space.
 */
function slicedFrom(text: string, facts: Facts): Facts {
  const slice = <T extends Mention>(m: T): T => ({ ...m, text: text.slice(m.start, m.end) });
  const oneSpace = <T extends string | null | undefined>(s: T): T => (s ? s.replace(/\s+/g, ' ') : s) as T;
  return {
    people: facts.people.map((p) => ({ ...p, name: oneSpace(p.name), title: oneSpace(p.title), affiliation: oneSpace(p.affiliation), mentions: p.mentions.map(slice) })),
    organizations: facts.organizations.map((o) => ({ ...o, name: oneSpace(o.name), mentions: o.mentions.map(slice) })),
    countries: facts.countries.map((c) => ({ ...c, mentions: c.mentions.map(slice) })),
    counts: facts.counts.map(slice),
    quotes: facts.quotes.map((q) => ({ ...slice(q), speaker: oneSpace(q.speaker) })),
  };
}

/** One decoded document -> its record; `warnings` (from reading it) come last. */
export function processText(source: string, text: string, warnings?: string[]): DocumentRecord {
  const at = codePointIndex(text);
  // Hard-wrapped paragraphs are analysed joined (text/unwrap.ts); offsets stay the original's.
  const analysed = joinWrappedLines(text);
  const extracted = analysed === text ? extractInPieces(text) : slicedFrom(text, extractInPieces(analysed));
  const facts = { ...extracted, counts: extracted.counts.filter(finiteCount) };
  const record: DocumentRecord = { source, chars: at ? at(text.length) : text.length, ...(at ? mapOffsets(facts, at) : facts) };
  return warnings?.length ? { ...record, warnings } : record;
}

/**
 * An upper bound on a record's length as JSON (characters): every string at most doubled by
 * escaping, the other fields and punctuation of every fact within 192, of the record within 1024.
 * A record longer than the longest string JavaScript can hold (2^29 characters) could never be written.
 */
export function jsonLengthBound(record: DocumentRecord): number {
  let bound = 1024 + 2 * stringsLength(record);
  const add = (fact: object) => (bound += 192 + 2 * stringsLength(fact));
  for (const entities of [record.people, record.organizations, record.countries]) {
    for (const entity of entities) {
      add(entity);
      entity.mentions.forEach(add);
    }
  }
  record.counts.forEach(add);
  record.quotes.forEach(add);
  return bound;
}

/** The summed length of an object's own string fields (no array of its values is built: a record has thousands of facts). */
function stringsLength(o: object): number {
  let n = 0;
  for (const key in o) {
    const v = (o as Record<string, unknown>)[key];
    if (typeof v === 'string') n += v.length;
  }
  return n;
}

/** Half the longest string JavaScript can hold: room for the bound's slack and the formatter's own text. */
const MAX_RECORD_JSON = 2 ** 28;

export interface ProcessOptions extends ReadOptions {
  /** The record carries the text its offsets point into (--with-text, the HTML report). */
  withText?: boolean;
}

/** One input -> its record: read, decode, extract; failures become error records. */
export async function processInput(item: InputItem, options: ProcessOptions): Promise<OutputRecord> {
  const doc = await readInput(item, options);
  if ('error' in doc) return doc;
  try {
    const record = processText(doc.source, doc.text, doc.warnings);
    if (options.withText) record.text = doc.text;
    if (jsonLengthBound(record) <= MAX_RECORD_JSON) return record;
    return { source: doc.source, error: { code: 'ETOOLARGE', message: 'too many facts to write as one record' } };
  } catch (e) {
    return { source: doc.source, error: { code: 'EEXTRACT', message: `extraction failed: ${(e as Error).message}` } };
  }
}
