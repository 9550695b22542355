/**
 * Long texts in pieces, so work and memory stay linear: where to cut (only between paragraphs,
 * lines or sentences, never inside a quotation or a name) and how to merge the facts of the pieces
 * back into one document's (the same person, organization or country named in two pieces is one entry).
 */
import type { Facts } from './extract/index.js';
import { NON_FINAL } from './text/document.js';
import type { Country, Mention, Organization, Person } from './types.js';

/** Texts longer than this are processed in pieces of about this many UTF-16 code units. */
export const PIECE_SIZE = 200_000;

/** A piece may grow to this many times PIECE_SIZE to reach a cut outside a quotation. */
const LONGEST_PIECE = 10;

const QUOTE_OPEN = 0x201c; // “
const QUOTE_CLOSE = 0x201d; // ”
const STRAIGHT_QUOTE = 0x22; // "
const NEWLINE = 0x0a;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
// Marks that may follow a sentence's final stop: "…ready." she said / (…ready.)
const isCloser = (c: number) => c === QUOTE_CLOSE || c === STRAIGHT_QUOTE || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d;
const startsSentence = (s: string) => /[\p{Lu}\p{N}"“‘'(\[]/u.test(s);

/** How good a cut is; a piece ends at the best cut near its target size, the latest of equals. */
const enum Cut {
  /** Between words, or at a sentence end or line break inside what looks like a quotation: only when nothing better is in reach. */
  Space = 0,
  SentenceInQuote = 1,
  LineInQuote = 2,
  /** Cuts at or above this rank split no sentence, name or quotation. */
  Sentence = 3,
  Line = 4,
  Paragraph = 5,
}
const SAFE = Cut.Sentence;

/** Does the text before `end` (exclusive) end a sentence: . ! or ? (then closing marks), not after an abbreviation or an initial? */
function endsSentence(text: string, end: number): boolean {
  let k = end - 1;
  while (k > 0 && end - k <= 3 && isCloser(text.charCodeAt(k))) k--;
  const stop = text[k];
  if (stop === '!' || stop === '?') return true;
  if (stop !== '.') return false;
  let w = k;
  while (w > 0 && /\p{L}/u.test(text[w - 1]!) && k - w <= 8) w--;
  const word = text.slice(w, k);
  return !NON_FINAL.has(word.toLowerCase()) && !(word.length === 1 && /\p{Lu}/u.test(word));
}

/**
 * Where the piece starting at `at` ends. Scanning from `at` (a safe cut, so outside any quotation),
 * it keeps the quotation state (curly marks nest, straight marks toggle, a blank line closes all)
 * and ranks every cut between whitespace and the next word. The best cut between half and all of
 * `size` wins if it is safe; else the first safe cut further on, up to LONGEST_PIECE sizes; else
 * the best unsafe cut in the window (a run-on text with no sentence ends, say).
 */
function pieceEnd(text: string, at: number, size: number): number {
  const from = at + size / 2, to = at + size, limit = Math.min(text.length, at + size * LONGEST_PIECE);
  let best = -1, bestRank = -1;
  let depth = 0, straight = false;
  let runStart = -1, newlines = 0;
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (runStart < 0) { runStart = i; newlines = 0; }
      if (c === NEWLINE) newlines++;
      continue;
    }
    if (runStart >= 0 && i <= from) {
      if (newlines >= 2) { depth = 0; straight = false; }
      runStart = -1;
    } else if (runStart >= 0) {
      if (newlines >= 2) { depth = 0; straight = false; }
      const quoted = depth > 0 || straight;
      const rank = newlines >= 2 ? Cut.Paragraph
        : newlines === 1 ? (quoted ? Cut.LineInQuote : Cut.Line)
        : endsSentence(text, runStart) && startsSentence(text[i]!) ? (quoted ? Cut.SentenceInQuote : Cut.Sentence)
        : Cut.Space;
      runStart = -1;
      if (i > from && i <= to && rank >= bestRank) { best = i; bestRank = rank; }
      if (i > to && rank >= SAFE) return bestRank >= SAFE ? best : i;
    }
    if (i > to && bestRank >= SAFE) return best;
    if (c === QUOTE_OPEN) depth++;
    else if (c === QUOTE_CLOSE) depth = Math.max(0, depth - 1);
    else if (c === STRAIGHT_QUOTE) straight = !straight;
  }
  if (bestRank >= 0) return best;
  // Not one space in the window: cut at the size, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(to);
  return code >= 0xdc00 && code <= 0xdfff ? to + 1 : to;
}

/** Piece boundaries of `text`: [0, …, text.length], consecutive pairs being the pieces. */
export function pieceBounds(text: string, size = PIECE_SIZE): number[] {
  const bounds = [0];
  for (let at = 0; text.length - at > size; ) bounds.push((at = pieceEnd(text, at, size)));
  bounds.push(text.length);
  return bounds;
}

const byStart = (mentions: Mention[]) => [...new Map(mentions.map((m) => [m.start, m])).values()].sort((x, y) => x.start - y.start);

/** A person's name as lower-case words without stops: "Donald J. Trump" -> donald, j, trump. */
const nameWords = (name: string) => name.toLowerCase().replace(/[.,]/g, '').split(/\s+/).filter(Boolean);

/** The same name word, or an initial of it. */
const sameWord = (x: string, y: string) => x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));

/** Same person, named in two pieces: same surname, and the shorter name's words in order in the longer ("Okafor", "Ada Okafor"). */
function samePerson(a: string[], b: string[]): boolean {
  if (a.at(-1) !== b.at(-1)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let k = 0;
  for (const w of long) if (k < short.length && sameWord(w, short[k]!)) k++;
  return k === short.length && (short.length === 1 || sameWord(short[0]!, long[0]!));
}

interface Merged<T> {
  entry: T;
  /** Every name the entry had in some piece, so quotes can be given the merged name. */
  names: string[];
}

/** People of all pieces: one entry per person, looked up by surname; a name that fits two people stays apart. */
function mergePeople(lists: Person[][]): Array<Merged<Person>> {
  const merged: Array<Merged<Person> & { words: string[] }> = [];
  const bySurname = new Map<string, typeof merged>();
  for (const p of lists.flat()) {
    const words = nameWords(p.name);
    const same = bySurname.get(words.at(-1) ?? '') ?? [];
    const exact = same.filter((m) => m.words.join(' ') === words.join(' '));
    const fits = exact.length ? exact : same.filter((m) => samePerson(m.words, words));
    if (fits.length !== 1) {
      const m = { entry: p, names: [p.name], words };
      merged.push(m);
      same.push(m);
      bySurname.set(words.at(-1) ?? '', same);
      continue;
    }
    const m = fits[0]!;
    const fuller = words.length > m.words.length;
    m.entry = {
      ...m.entry,
      ...(fuller && { name: p.name }),
      ...(!m.entry.title && p.title && { title: p.title }),
      ...(!m.entry.affiliation && p.affiliation && { affiliation: p.affiliation }),
      mentions: [...m.entry.mentions, ...p.mentions],
    };
    if (fuller) m.words = words;
    m.names.push(p.name);
  }
  return merged;
}

/** Organizations of all pieces: one entry per name or acronym, the fullest name kept. */
function mergeOrganizations(lists: Organization[][]): Array<Merged<Organization>> {
  const merged: Array<Merged<Organization>> = [];
  const byKey = new Map<string, Merged<Organization>>();
  const keys = (o: Organization) => [o.name, o.acronym].filter((k): k is string => !!k).map((k) => k.toLowerCase().replace(/^the /, ''));
  for (const o of lists.flat()) {
    const m = keys(o).map((k) => byKey.get(k)).find(Boolean);
    if (!m) {
      const fresh = { entry: o, names: [o.name] };
      merged.push(fresh);
      for (const k of keys(o)) byKey.set(k, fresh);
      continue;
    }
    // An acronym used alone in one piece ("NFB") is not a fuller name than the one it stands for.
    const fuller = o.name.length > m.entry.name.length && o.name !== m.entry.acronym;
    m.entry = { ...m.entry, ...(fuller && { name: o.name }), ...(o.acronym && !m.entry.acronym && { acronym: o.acronym }), mentions: [...m.entry.mentions, ...o.mentions] };
    m.names.push(o.name);
    for (const k of keys(m.entry)) byKey.set(k, m);
  }
  return merged;
}

function mergeCountries(lists: Country[][]): Country[] {
  const byCode = new Map<string, Country>();
  for (const c of lists.flat()) {
    const seen = byCode.get(c.code);
    byCode.set(c.code, seen ? { ...seen, mentions: [...seen.mentions, ...c.mentions] } : c);
  }
  return [...byCode.values()].map((c) => ({ ...c, mentions: byStart(c.mentions) }));
}

/** The facts of consecutive pieces (offsets already in the whole text) as one document's facts. */
export function mergePieces(pieces: Facts[]): Facts {
  const people = mergePeople(pieces.map((p) => p.people));
  const organizations = mergeOrganizations(pieces.map((p) => p.organizations));
  // A speaker is reported under the name of the entry found in the text; that entry may have a fuller name now.
  const rename = new Map<string, string>();
  for (const { entry, names } of [...organizations, ...people]) for (const name of names) rename.set(name, entry.name);
  return {
    people: people.map(({ entry }) => ({ ...entry, mentions: byStart(entry.mentions) })),
    organizations: organizations.map(({ entry }) => ({ ...entry, mentions: byStart(entry.mentions) })),
    countries: mergeCountries(pieces.map((p) => p.countries)),
    counts: pieces.flatMap((p) => p.counts),
    quotes: pieces.flatMap((p) => p.quotes).map((q) => (q.speaker && rename.has(q.speaker) ? { ...q, speaker: rename.get(q.speaker)! } : q)),
  };
}
