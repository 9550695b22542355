/**
 * The hash index of the knowledge table, built with the table (scripts/build-knowledge.mjs) so a
 * run only reads it: an open-addressed table of every key and every key's proper word prefix
 * ("bank of" of "bank of england"), each slot the key's line in the table and the key's hash.
 * A look-up is one hash and, nearly always, one or two slots: no search, no string built. The
 * table stays bytes (UTF-8, outside the JavaScript heap): positions are byte offsets.
 * The lexicon's word classes (src/lexicon/word-class.ts) use the same index.
 */
import { readFileSync } from 'node:fs';

/**
 * FNV-1a over UTF-16 units, from `seed` (FNV's offset basis unless told). The index's key hash,
 * and the Bloom filter's (lexicon/common-words.ts; scripts/build-lexicon.mjs writes its match).
 */
export function fnv1a(text: string, seed = 2166136261): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Set in a slot's position word when the slot is a prefix's, not a key's. */
const PREFIX = 0x80000000;
const TAB = 9, SPACE = 32, NEWLINE = 10;

/**
 * Slots, `2 * size` words: slot i is [position + 1 (0 when empty) | PREFIX, hash]. The position
 * is a line's start in the table: of the key's line, or of a line whose key the prefix begins.
 * The words are in the machine's byte order, as the index is built where it is used.
 */
export type HashIndex = Uint32Array;

/** The index of a table of `key<TAB>…` lines (UTF-8). */
export function buildHashIndex(table: Uint8Array): HashIndex {
  const utf8 = new TextDecoder();
  const keys: Array<[string, number, boolean]> = [];
  const prefixes = new Set<string>();
  for (let at = 0; at < table.length;) {
    const tab = table.indexOf(TAB, at);
    const key = utf8.decode(table.subarray(at, tab));
    keys.push([key, at, false]);
    for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
      const prefix = key.slice(0, sp);
      if (!prefixes.has(prefix)) {
        prefixes.add(prefix);
        keys.push([prefix, at, true]);
      }
    }
    const nl = table.indexOf(NEWLINE, tab);
    at = nl < 0 ? table.length : nl + 1;
  }
  if (table.length >= PREFIX - 1) throw new Error('the knowledge table is too long for its hash index');
  // Half full at most, so a missing key nearly always meets an empty slot within a slot or two.
  let size = 1;
  while (size < keys.length * 2) size *= 2;
  const slots = new Uint32Array(2 * size);
  for (const [key, at, prefix] of keys) {
    const h = fnv1a(key);
    let i = h & (size - 1);
    while (slots[2 * i] !== 0) i = (i + 1) & (size - 1);
    slots[2 * i] = (at + 1) | (prefix ? PREFIX : 0);
    slots[2 * i + 1] = h;
  }
  return slots;
}

/** Reads a table of `key<TAB>…` lines and the index built beside it. */
export function readIndexedTable(table: URL, index: URL): { bytes: Buffer; index: HashIndex } {
  const bytes = readFileSync(table);
  const slots = readFileSync(index);
  // A Uint32Array needs its bytes on a 4-byte boundary; a file's own buffer starts on one.
  const aligned = slots.byteOffset % 4 === 0 ? slots : Buffer.from(slots);
  return { bytes, index: new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >>> 2) };
}

/** Does `table` hold `key` at `at`, followed by the byte `next`? */
function holds(table: Uint8Array, at: number, key: string, next: number): boolean {
  let ascii = true;
  for (let k = 0; k < key.length && ascii; k++) ascii = key.charCodeAt(k) < 0x80;
  if (!ascii) {
    const bytes = Buffer.from(key);
    return table[at + bytes.length] === next && Buffer.compare(bytes, table.subarray(at, at + bytes.length)) === 0;
  }
  if (table[at + key.length] !== next) return false;
  for (let k = 0; k < key.length; k++) if (table[at + k] !== key.charCodeAt(k)) return false;
  return true;
}

/**
 * Where `key`'s line starts in `table` (as a key, or with `prefix` the start of a line whose key
 * goes on from it with a space), or -1. `h` is the key's fnv1a, for a caller that extends it word
 * by word instead of hashing each longer key again.
 */
export function findInIndex(slots: HashIndex, table: Uint8Array, key: string, prefix: boolean, h = fnv1a(key)): number {
  const mask = (slots.length >>> 1) - 1;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const word = slots[2 * i]!;
    if (word === 0) return -1;
    if (slots[2 * i + 1] !== h || (word >= PREFIX) !== prefix) continue;
    const at = (word & ~PREFIX) - 1;
    if (holds(table, at, key, prefix ? SPACE : TAB)) return at;
  }
}
