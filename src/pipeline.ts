import { extractFacts, type Facts } from './extract/index.js';
import type { DocumentRecord, Mention } from './types.js';

/** Maps UTF-16 indices of `text` to code-point indices (the offsets of the record contract). */
function codePointIndex(text: string): (utf16: number) => number {
  const firstSurrogate = text.search(/[\uD800-\uDBFF]/);
  if (firstSurrogate < 0) return (i) => i;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i <= text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
    else table[i] = cp - 1;
  }
  return (i) => table[i]!;
}

function toCodePoints(facts: Facts, text: string): Facts {
  const at = codePointIndex(text);
  const shift = <T extends Mention>(m: T): T => ({ ...m, start: at(m.start), end: at(m.end) });
  return {
    people: facts.people.map((p) => ({ ...p, mentions: p.mentions.map(shift) })),
    organizations: facts.organizations.map((o) => ({ ...o, mentions: o.mentions.map(shift) })),
    countries: facts.countries.map((c) => ({ ...c, mentions: c.mentions.map(shift) })),
    counts: facts.counts.map(shift),
    quotes: facts.quotes.map(shift),
  };
}

/** One decoded document -> its record. */
export function processText(source: string, text: string): DocumentRecord {
  let chars = 0;
  for (const _ of text) chars++;
  return { source, chars, ...toCodePoints(extractFacts(text), text) };
}
