/**
 * Countries: every name, news alias or demonym of a sovereign state (longest match), unless
 * it is part of another name: an organization ("Bank of Japan"), a person ("Jordan Henderson"),
 * a sub-national place ("New Mexico", "Mexico City").
 */
import { wordsTable } from '../lexicon/index.js';
import type { Doc } from '../text/document.js';
import type { Country, Mention, Organization, Person } from '../types.js';
import { claimedSpans } from './entities/claims.js';
import { countryAt, countryName, countryOfWord } from './entities/gazetteer.js';
import type { Names, NameSegment } from './entities/names.js';

const PLACE_WORDS = new Set(wordsTable.placeWords);

/** How a country is found: every mention is one of these. */
export const COUNTRY_RULES = [
  { id: 'country.gazetteer', description: 'a country\'s name, alias or demonym (world-countries and news forms), not inside another name' },
  { id: 'country.word-prefix', description: 'a country word before a lower-case hyphenated ending ("Swiss-based", "Kenyan-born")' },
] as const;
type CountryRule = (typeof COUNTRY_RULES)[number]['id'];

/** The segment holding token i, if any (segments are in text order). */
function segmentAt(segments: NameSegment[], i: number): NameSegment | undefined {
  let lo = 0, hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.end <= i) lo = mid + 1;
    else if (s.first > i) hi = mid - 1;
    else return s;
  }
  return undefined;
}

/** Is the country match [i, end) a part of a larger place or name? */
function partOfOtherName(doc: Doc, names: Names, i: number, end: number): boolean {
  const seg = segmentAt(names.segments, i);
  if (!seg) return false;
  if (seg.kind === 'person' || seg.kind === 'org') return true;
  if (end < seg.end && PLACE_WORDS.has(doc.tokens[end]!.norm)) return true;
  return i > seg.first && doc.tokens[i - 1]!.cap;
}

/** A country word must be written as a name: capitalised ("Turkey", not "turkey"), "US" not "us". */
function writtenAsName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!t.cap) return false;
  return t.norm !== 'us' || t.text === 'US';
}

/** "Swiss-based", "Kenyan-born": a country word before a lower-case hyphenated ending. */
function countryPrefix(doc: Doc, i: number): { code: string; mention: Mention } | null {
  const t = doc.tokens[i]!;
  const dash = t.text.indexOf('-');
  if (dash < 0 || !/^[a-z]+$/.test(t.text.slice(dash + 1))) return null;
  const code = countryOfWord(t.text.slice(0, dash));
  return code ? { code, mention: { start: t.start, end: t.start + dash, text: t.text.slice(0, dash) } } : null;
}

export function findCountries(doc: Doc, names: Names, organizations: Organization[], people: Person[]): Country[] {
  const taken = claimedSpans(organizations, people);
  const found = new Map<string, { mentions: Mention[]; rule: CountryRule }>();
  const add = (code: string, m: Mention, rule: CountryRule) => {
    const seen = found.get(code);
    if (seen) seen.mentions.push(m);
    else found.set(code, { mentions: [m], rule });
  };
  /** Names of the countries only the user's lexicon knows. */
  const userNames = new Map<string, string>();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!writtenAsName(doc, i)) continue;
    // A country the user's lexicon names ("Ruritania", "Ruritanian") comes before the gazetteer.
    const seg = segmentAt(names.segments, i);
    if (seg?.first === i && seg.kind === 'country' && seg.known?.user && seg.code) {
      const start = doc.tokens[i]!.start, end = doc.tokens[seg.end - 1]!.end;
      add(seg.code, { start, end, text: doc.text.slice(start, end) }, seg.rule as CountryRule);
      userNames.set(seg.code, seg.known.name);
      i = seg.end - 1;
      continue;
    }
    const prefix = countryPrefix(doc, i);
    if (prefix && !taken(prefix.mention)) add(prefix.code, prefix.mention, 'country.word-prefix');
    const match = countryAt(doc.tokens, i);
    if (!match) continue;
    const start = doc.tokens[i]!.start, end = doc.tokens[match.end - 1]!.end;
    const m = { start, end, text: doc.text.slice(start, end) };
    if (!taken(m) && !partOfOtherName(doc, names, i, match.end)) {
      add(match.code, m, 'country.gazetteer');
    }
    i = match.end - 1;
  }
  const nameOf = (code: string) => (countryName(code) === code ? userNames.get(code) ?? code : countryName(code));
  return [...found].map(([code, { mentions, rule }]) => ({ name: nameOf(code), code, mentions, rule }));
}
