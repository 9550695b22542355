import type { Readable } from 'node:stream';
import { extractFacts, type Facts } from './extract/index.js';
import type { InputItem } from './input/discover.js';
import { readInput } from './input/read.js';
import type { DocumentRecord, Mention, OutputRecord } from './types.js';

/** Texts longer than this are processed in paragraph-aligned pieces, so work and memory stay linear. */
export const PIECE_SIZE = 200_000;

/** Maps UTF-16 indices of `text` to code-point indices (the offsets of the record contract). */
function codePointIndex(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
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

/** Cuts a long text at paragraph (or, failing that, line or space) boundaries near `size`. */
export function pieceBounds(text: string, size = PIECE_SIZE): number[] {
  const bounds = [0];
  let at = 0;
  while (text.length - at > size) {
    const window = text.slice(at + size / 2, at + size);
    const paragraph = window.lastIndexOf('\n\n');
    const cut = paragraph >= 0 ? paragraph + 2 : Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' ')) + 1;
    at = cut > 0 ? at + size / 2 + cut : at + size;
    // Never split a surrogate pair.
    if (text.charCodeAt(at) >= 0xdc00 && text.charCodeAt(at) <= 0xdfff) at++;
    bounds.push(at);
  }
  bounds.push(text.length);
  return bounds;
}

/** Merges the entity lists of consecutive pieces: same key, one entry with all mentions, the longer name. */
function mergeBy<T extends { name: string; mentions: Mention[] }>(lists: T[][], key: (e: T) => string): T[] {
  const merged = new Map<string, T>();
  for (const e of lists.flat()) {
    const seen = merged.get(key(e));
    const name = seen && seen.name.length >= e.name.length ? seen.name : e.name;
    merged.set(key(e), seen ? { ...seen, ...e, name, mentions: [...seen.mentions, ...e.mentions] } : e);
  }
  return [...merged.values()];
}

function extractInPieces(text: string): Facts {
  const bounds = pieceBounds(text);
  if (bounds.length === 2) return extractFacts(text);
  const pieces: Facts[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const offset = bounds[i]!;
    pieces.push(mapOffsets(extractFacts(text.slice(offset, bounds[i + 1])), (n) => n + offset));
  }
  return {
    people: mergeBy(pieces.map((p) => p.people), (p) => p.name.toLowerCase()),
    organizations: mergeBy(pieces.map((p) => p.organizations), (o) => (o.acronym ?? o.name).toLowerCase()),
    countries: mergeBy(pieces.map((p) => p.countries), (c) => c.code),
    counts: pieces.flatMap((p) => p.counts),
    quotes: pieces.flatMap((p) => p.quotes),
  };
}

/** One decoded document -> its record. */
export function processText(source: string, text: string): DocumentRecord {
  const at = codePointIndex(text);
  return { source, chars: at(text.length), ...mapOffsets(extractInPieces(text), at) };
}

/**
 * One input -> its record: read, decode, extract; failures become error records. With
 * `withText` the record carries the text its offsets point into.
 */
export async function processInput(item: InputItem, stdin: Readable, withText = false): Promise<OutputRecord> {
  const doc = await readInput(item, stdin);
  if ('error' in doc) return doc;
  try {
    const record = processText(doc.source, doc.text);
    return withText ? { ...record, text: doc.text } : record;
  } catch (e) {
    return { source: doc.source, error: { code: 'EEXTRACT', message: `extraction failed: ${(e as Error).message}` } };
  }
}
