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
const nameWords = (name: string) => name.toLowerCase().replace(/[.,]/g, '').split(' ').filter(Boolean);

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

/** Entries of several pieces that are one entity: the first as found, the others to merge into it. */
interface Group<T> {
  parts: T[];
}

/** The entry of a group (the first part itself when it has only one), and the name each part had if it changed. */
function collapse<T extends { name: string; mentions: Mention[] }>(group: Group<T>, merge: (parts: T[]) => T, renamed: Map<string, string>): T {
  if (group.parts.length === 1) return group.parts[0]!;
  const entry = { ...merge(group.parts), mentions: byStart(group.parts.flatMap((p) => p.mentions)) };
  for (const part of group.parts) if (part.name !== entry.name) renamed.set(part.name, entry.name);
  return entry;
}

const firstOf = <T, K extends keyof T>(parts: T[], key: K): T[K] | undefined => parts.find((p) => p[key])?.[key];

/** People of all pieces: one group per person, looked up by surname; a name that fits two people stays apart. */
function mergePeople(lists: Person[][], renamed: Map<string, string>): Person[] {
  const groups: Array<Group<Person> & { words: string[]; key: string }> = [];
  const bySurname = new Map<string, typeof groups>();
  for (const p of lists.flat()) {
    const words = nameWords(p.name);
    const key = words.join(' ');
    const surname = words.at(-1) ?? '';
    const same = bySurname.get(surname) ?? [];
    const exact = same.find((g) => g.key === key);
    const fits = exact ? [exact] : same.filter((g) => samePerson(g.words, words));
    if (fits.length === 1) {
      const g = fits[0]!;
      g.parts.push(p);
      if (words.length > g.words.length) Object.assign(g, { words, key });
      continue;
    }
    const g = { parts: [p], words, key };
    groups.push(g);
    same.push(g);
    bySurname.set(surname, same);
  }
  return groups.map((g) => collapse(g, (parts) => {
    const fullest = parts.find((p) => nameWords(p.name).join(' ') === g.key)!;
    const title = firstOf(parts, 'title'), affiliation = firstOf(parts, 'affiliation');
    return { ...parts[0]!, name: fullest.name, ...(title && { title }), ...(affiliation && { affiliation }) };
  }, renamed));
}

/** Organizations of all pieces: one group per name or acronym, the fullest name kept. */
function mergeOrganizations(lists: Organization[][], renamed: Map<string, string>): Organization[] {
  const groups: Array<Group<Organization>> = [];
  const byKey = new Map<string, Group<Organization>>();
  const keys = (o: Organization) => [o.name, o.acronym].filter((k): k is string => !!k).map((k) => k.toLowerCase().replace(/^the /, ''));
  for (const o of lists.flat()) {
    const ks = keys(o);
    const g = ks.map((k) => byKey.get(k)).find(Boolean) ?? { parts: [] };
    if (!g.parts.length) groups.push(g);
    g.parts.push(o);
    for (const k of ks) if (!byKey.has(k)) byKey.set(k, g);
  }
  return groups.map((g) => collapse(g, (parts) => {
    const acronym = firstOf(parts, 'acronym');
    // An acronym used alone in one piece ("NFB") is not a fuller name than the one it stands for.
    const names = parts.map((p) => p.name).filter((n) => n !== acronym);
    const name = names.reduce((a, b) => (b.length > a.length ? b : a), names[0] ?? parts[0]!.name);
    return { ...parts[0]!, name, ...(acronym && { acronym }) };
  }, renamed));
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
  // A speaker is reported under the name of the entry found in the text; that entry may have a fuller name now.
  const renamed = new Map<string, string>();
  const people = mergePeople(pieces.map((p) => p.people), renamed);
  const organizations = mergeOrganizations(pieces.map((p) => p.organizations), renamed);
  const quotes = pieces.flatMap((p) => p.quotes);
  return {
    people,
    organizations,
    countries: mergeCountries(pieces.map((p) => p.countries)),
    counts: pieces.flatMap((p) => p.counts),
    quotes: renamed.size ? quotes.map((q) => (q.speaker && renamed.has(q.speaker) ? { ...q, speaker: renamed.get(q.speaker)! } : q)) : quotes,
  };
}
