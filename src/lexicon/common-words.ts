/**
 * Plain English words compromise's lexicon lacks ("roadshow", "securities", "affairs"), from the
 * word-list package, stored by scripts/build-lexicon.mjs as a Bloom filter: a word not in the
 * list is reported as a word about once in a hundred. Many surnames are English words too
 * ("brown", "frost"), so this is evidence to weigh, never proof that a name is not a name.
 */
import { readFileSync } from 'node:fs';
import { fnv1a } from '../knowledge/hash-index.js';

/** The filter as scripts/build-lexicon.mjs writes it: its size in bits, its hash count, its bytes. */
let table: { bits: number; hashes: number; filter: Buffer } | undefined;

function readTable(): { bits: number; hashes: number; filter: Buffer } {
  const bytes = readFileSync(new URL('./generated/common-words.bloom', import.meta.url));
  return { bits: bytes.readUInt32LE(0), hashes: bytes.readUInt32LE(4), filter: bytes.subarray(8) };
}

/** Is this lower-case word in the plain English word list (and unknown to compromise)? */
export function isPlainWord(word: string): boolean {
  if (!/^[a-z]{3,16}$/.test(word)) return false;
  table ??= readTable();
  const { filter } = table;
  const h1 = fnv1a(word, 2166136261), h2 = fnv1a(word, 374761393) | 1;
  for (let k = 0; k < table.hashes; k++) {
    const bit = ((h1 + Math.imul(k, h2)) >>> 0) % table.bits;
    if (!(filter[bit >> 3]! & (1 << (bit & 7)))) return false;
  }
  return true;
}
