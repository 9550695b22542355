/**
 * Organizations: name segments judged to be organizations, acronym definitions in both
 * directions ("Full Name (ACR)", "ACR (Full Name ...)") with every later use of the acronym
 * merged into one entry, and repeated uses of a name found anywhere in the document.
 */
import { has, WordClass } from '../lexicon/word-class.js';
import { entryKey, kindOf, lookup, type KnownEntry } from '../knowledge/index.js';
import { CORPORATE_SUFFIXES, DROPPABLE_SUFFIXES, ORG_DESCRIPTORS, PARTY_WORDS, SKIPPED_IN_ACRONYM, THING_HEADS } from '../lexicon/entity-cues.js';
import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Mention, Organization } from '../types.js';
import { distinctByStart } from './entities/claims.js';
import { everydayWord, normKey, ORG_HEAD_WORDS, tokenBefore } from './entities/evidence.js';
import type { NameSegment, Names } from './entities/names.js';
import { countryOfWord } from './entities/gazetteer.js';

interface Definition {
  acronym: string;
  first: number;
  end: number;
}

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,9}$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/** "PlayStation": a lower-case letter before a capital. */
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;
const NOT_CAPITAL = /[^\p{Lu}]/gu;

const isAcronym = (t: Token | undefined): t is Token => !!t && t.allCaps && ACRONYM.test(t.text);

/** Letters of the capitalised words of tokens [a, b), or null if a word breaks the pattern. */
function initials(tokens: Token[], a: number, b: number): string | null {
  let letters = '';
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if ((t.text === ',' || t.text === "'" || t.text === '’') && k > a) continue; // "Radio, Film and Television", "Managers' Forum"
    if (t.kind !== 'word') return null;
    if (t.cap) letters += t.text[0];
    else if (!SKIPPED_IN_ACRONYM.has(t.norm)) return null;
  }
  return letters;
}

/** "Full Name (ACR)": the words right before the bracket whose initials spell ACR. */
function definitionBefore(tokens: Token[], open: number): Definition | null {
  const acr = tokens[open + 1];
  if (!isAcronym(acr) || tokens[open + 2]?.text !== ')') return null;
  for (let a = open - 1; a >= 0 && open - a <= acr.text.length * 2 + 2; a--) {
    if (!tokens[a]!.cap) continue;
    const letters = initials(tokens, a, open);
    if (letters === null) return null;
    if (letters.toUpperCase() === acr.text.replace('&', '')) return { acronym: acr.text, first: a, end: open };
  }
  return null;
}

/** "ACR (Full Name in support of ...)": the shortest stretch after the bracket whose initials spell ACR. */
function definitionAfter(tokens: Token[], open: number): Definition | null {
  const acr = tokens[open - 1];
  if (!isAcronym(acr)) return null;
  const want = acr.text.replace('&', '');
  for (let b = open + 2; b <= tokens.length && b - open <= want.length * 2 + 2; b++) {
    const letters = initials(tokens, open + 1, b);
    if (letters === null) return null;
    if (letters.toUpperCase() === want && tokens[b - 1]!.cap) return { acronym: acr.text, first: open + 1, end: b };
    if (letters.length > want.length) return null;
  }
  return null;
}

/**
 * "The United Nations refugee agency (UNHCR)": a name and a describing noun before an acronym
 * that starts with the name's initials. The whole phrase is the organization's name.
 */
function descriptiveDefinition(tokens: Token[], open: number): Definition | null {
  const acr = tokens[open + 1];
  if (!isAcronym(acr) || tokens[open + 2]?.text !== ')' || !ORG_DESCRIPTORS.has(tokens[open - 1]?.norm ?? '')) return null;
  let j = open - 1;
  while (j > open - 3 && tokens[j - 1]?.kind === 'word' && !tokens[j - 1]!.cap) j--;
  let a = j;
  while (a > 0 && tokens[a - 1]!.kind === 'word' && tokens[a - 1]!.cap && tokens[a - 1]!.norm !== 'the') a--;
  const letters = a < j ? initials(tokens, a, j) : null;
  return letters && acr.text.startsWith(letters.toUpperCase()) ? { acronym: acr.text, first: a, end: open } : null;
}

function acronymDefinitions(doc: Doc): Definition[] {
  const defs: Definition[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.text !== '(') return;
    const def = definitionBefore(doc.tokens, i) ?? definitionAfter(doc.tokens, i) ?? descriptiveDefinition(doc.tokens, i);
    if (def) defs.push(def);
  });
  return defs;
}

interface Entry {
  name: string;
  key: string;
  acronym?: string;
  mentions: Mention[];
  /** The rule that decided the entry's first segment or definition. */
  rule: string;
  /** The knowledge or lexicon entry it was matched to, for its ids. */
  known?: KnownEntry;
}

/** A new entry, with every field in one order: entries given an acronym or a known entry later keep the one hidden class. */
const newEntry = (name: string, key: string, rule: string): Entry => ({ name, key, acronym: undefined, mentions: [], rule, known: undefined });

/** Decisions made here rather than on the chunker's segments. */
export const ORGANIZATION_RULES = [
  { id: 'org.acronym-definition', description: 'a capitalised name followed by its initials in brackets defines an acronym ("Coastal Ferry Authority (CFA)")' },
] as const;

const mentionOf = (doc: Doc, a: number, b: number): Mention => {
  const start = doc.tokens[a]!.start, end = doc.tokens[b - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
};

/** An organization the knowledge names without a cue (its aliases too: "Tories", "Lib Dems"). */
const knownOrgEntry = (key: string): KnownEntry | undefined => {
  const known = lookup(key);
  return known && !known.ambiguous && kindOf(known.type) === 'org' ? known : undefined;
};

/** The key every name of one known organization is also filed under: its canonical name's. */
const canonicalKey = (known: KnownEntry): string => `=${entryKey(known)}`;

/** "Ferryman" of "Ferryman's": a name's word without its possessive. */
const withoutPossessive = (word: string): string => word.replace(/['’]s$/, '');

/** Name key: lower case, without a leading "the". */
const orgKey = (doc: Doc, a: number, b: number): string => {
  const key = normKey(doc, a, b);
  return key.startsWith('the ') ? key.slice(4) : key;
};

/** The known organization a segment names: the classifier's match, or what the knowledge says of its key. */
const knownOf = (doc: Doc, s: NameSegment): KnownEntry | undefined =>
  (s.known && kindOf(s.known.type) === 'org' ? s.known : undefined) ?? knownOrgEntry(orgKey(doc, s.first, s.end));

/** The name without its corporate suffix ("bmw group" -> "bmw"), or null. */
const withoutSuffix = (key: string): string | null => {
  const words = key.split(' ');
  return words.length > 1 && DROPPABLE_SUFFIXES.has(words[words.length - 1]!) ? words.slice(0, -1).join(' ') : null;
};

/** The first word of a two-word name ending in a head word ("wmc resources" -> "wmc"), or null. */
const withoutHead = (key: string): string | null => {
  const words = key.split(' ');
  return words.length === 2 && ORG_HEAD_WORDS.has(words[1]!) ? words[0]! : null;
};

export function findOrganizations(doc: Doc, names: Names): Organization[] {
  const defs = acronymDefinitions(doc);
  // Tokens inside a definition, marked once: testing every segment against every definition is quadratic on acronym-heavy text.
  const defined = new Uint8Array(doc.tokens.length);
  for (const d of defs) defined.fill(1, d.first, d.end);
  const inDefinition = (s: NameSegment) => {
    for (let k = s.first; k < s.end; k++) if (defined[k]) return true;
    return false;
  };
  const entries = new Map<string, Entry>();
  // Short forms that join a longer name only when they are themselves judged organizations:
  // "WMC" joins "WMC Resources", but a city name never joins its football club.
  const shortForms = new Map<string, Entry>();
  const byKey = (key: string, known?: KnownEntry) =>
    entries.get(key) ?? (known && entries.get(canonicalKey(known))) ?? entries.get(withoutSuffix(key) ?? '\u0000') ?? shortForms.get(key);
  const file = (key: string, e: Entry, known?: KnownEntry) => {
    if (!entries.has(key)) entries.set(key, e);
    if (known && !entries.has(canonicalKey(known))) entries.set(canonicalKey(known), e);
  };
  const add = (key: string, a: number, b: number, acronym: string) => {
    const known = knownOrgEntry(key);
    let e = byKey(key, known);
    if (!e) {
      e = newEntry(doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end), key, 'org.acronym-definition');
      file(key, e, known);
    }
    e.acronym = acronym;
    e.mentions.push(mentionOf(doc, a, b));
    return e;
  };
  for (const d of defs) {
    const e = add(orgKey(doc, d.first, d.end), d.first, d.end, d.acronym);
    file(d.acronym.toLowerCase(), e, knownOrgEntry(d.acronym.toLowerCase()));
  }
  const orgSegments = names.segments.filter((s) => s.kind === 'org' && !inDefinition(s));
  // Longer names first, so "BMW group" is the entry that "BMW" joins.
  const ordered = [...orgSegments].sort((x, y) => (y.end - y.first) - (x.end - x.first));
  const keys = new Map<NameSegment, { key: string; known?: KnownEntry }>();
  for (const s of ordered) {
    const key = orgKey(doc, s.first, s.end), known = knownOf(doc, s);
    keys.set(s, { key, known });
    const short = shortForms.get(key);
    if (short && !entries.has(key)) entries.set(key, short); // its repeats join too
    if (!byKey(key, known)) {
      const base = withoutSuffix(key);
      const e = newEntry(doc.text.slice(doc.tokens[s.first]!.start, doc.tokens[s.end - 1]!.end).replace(/^the /i, ''), key, s.rule);
      file(key, e, known);
      if (base && !entries.has(base)) entries.set(base, e);
      const short = withoutHead(key);
      if (short && !shortForms.has(short)) shortForms.set(short, e);
    }
  }
  for (const s of orgSegments) {
    const { key, known } = keys.get(s)!;
    const e = byKey(key, known)!;
    e.known ??= known;
    const m = mentionOf(doc, s.first, s.end);
    if (normKey(doc, s.first, s.end) === e.key) e.name = m.text.replace(/^the /i, '');
    e.mentions.push(m);
  }
  // Each entry once, though filed under several keys; the passes below file no new one.
  const list = [...new Set(entries.values())];
  addRepeatedNames(doc, names, entries, list, inDefinition);
  return mergeShortForms(doc, list).map(toOrganization);
}

/**
 * Short forms the text uses without defining them: an acronym of a name found in the same
 * document ("British Retail Consortium" ... "the BRC", "GlaxoSmithKline" ... "GSK"), or a
 * name's first word ("Nasdaq Stock Market" ... "Nasdaq"). They join the full name's entry.
 */
function mergeShortForms(doc: Doc, list: Entry[]): Entry[] {
  const long = list.filter((e) => e.name.includes(' ') || LOWER_THEN_UPPER.test(e.name));
  const isLong = new Set(long);
  // Long names indexed by their initials and by their first word, in document order: comparing
  // every short form with every long name is quadratic on text full of unrelated acronyms.
  const byInitials = groupBy(long, (f) => nameInitials(f.name));
  const byFirstWord = groupBy(long, (f) => withoutPossessive(f.name.split(' ')[0]!));
  const joined = new Set<Entry>();
  for (const e of list) {
    if (e.acronym || isLong.has(e)) continue;
    const full = ALL_CAPITALS.test(e.name)
      ? (byInitials.get(e.name) ?? []).filter((f) => !f.acronym)
      : (byFirstWord.get(e.name) ?? []).filter((f) => firstWordShortens(f.name, e.name));
    if (full.length !== 1) continue;
    const target = full[0]!;
    if (ALL_CAPITALS.test(e.name)) target.acronym = e.name;
    target.mentions.push(...e.mentions.map((m) => withFullNamesPossessive(doc, m, target)));
    joined.add(e);
  }
  return list.filter((e) => !joined.has(e));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * "Nasdaq" for "Nasdaq Stock Market": the first word of a name whose other words are everyday
 * ones. Not a product ("Sony PSP"), an event ("Uefa Cup"), a body within a body ("Senate Rules
 * Committee") or a place's institution ("Jakarta Stock Exchange"). A company's registered name
 * is shortened to its first word whatever that word is ("Harbor" for "Harbor Financial Corp",
 * "Ferryman's" for "Ferryman's Bancshares Inc"): nothing but the company ends so.
 */
function firstWordShortens(full: string, short: string): boolean {
  const [first, ...rest] = full.split(' ');
  const key = short.toLowerCase();
  if (withoutPossessive(first!) !== short || !rest.length || knownOrgEntry(key) || has(key, WordClass.Place | WordClass.Country)) return false;
  if (CORPORATE_SUFFIXES.has(rest[rest.length - 1]!.toLowerCase().replace(/\.$/, ''))) return !has(key, WordClass.FunctionWord | WordClass.NumberWord);
  if (everydayWord(key)) return false;
  return rest.every((w) => !ALL_CAPITALS.test(w) && everydayWord(w.toLowerCase())) && !THING_HEADS.has(rest[rest.length - 1]!.toLowerCase());
}

/** Short form -> the one multi-word entry it shortens: its initials ("GM") or its first word ("Halvard"). */
function shortFormsOf(list: Entry[]): Map<string, Entry> {
  const found = new Map<string, Entry | null>();
  const add = (form: string, e: Entry) => found.set(form, found.has(form) && found.get(form) !== e ? null : e);
  for (const e of list) {
    if (!e.name.includes(' ')) continue;
    const initials = nameInitials(e.name);
    if (initials.length >= 2 && initials.length === e.name.split(/\s+/).filter((w) => !SKIPPED_IN_ACRONYM.has(w)).length) add(initials, e);
    // Not a nationality or party word: "German" of "German Football League" names the country's people.
    const first = withoutPossessive(e.name.split(' ')[0]!);
    const nationality = !!countryOfWord(first) || has(first.toLowerCase(), WordClass.Demonym) || PARTY_WORDS.has(first.toLowerCase());
    if (!nationality && firstWordShortens(e.name, first)) add(first, e);
  }
  return new Map([...found].filter((entry): entry is [string, Entry] => entry[1] !== null));
}

/** Capitals of a name's words: all of an acronym's, every capital of a word ("UK Independence Party" -> "UKIP", "GlaxoSmithKline" -> "GSK"). */
const nameInitials = (name: string): string =>
  name.split(/[\s-]+/).filter((w) => !SKIPPED_IN_ACRONYM.has(w)).map((w) => w.replace(NOT_CAPITAL, '')).join('');

/**
 * Unclassified segments spelled like an organization found elsewhere in the document, and short
 * forms of a full name: its initials in capitals ("GM" for "General Motors", though "GM" alone
 * is no organization) or its first word where the rest is everyday words ("Halvard said" after
 * "Halvard Steel"), even where the lone word was taken for a person's.
 */
function addRepeatedNames(doc: Doc, names: Names, entries: Map<string, Entry>, list: Entry[], inDefinition: (s: NameSegment) => boolean): void {
  const shortForms = shortFormsOf(list);
  for (const s of names.segments) {
    if (s.kind === 'org' || inDefinition(s) || NOT_AN_ORGANIZATION_HERE.has(s.rule) || placeAfterLocative(doc, s)) continue;
    const short = s.end - s.first === 1 && !s.cued ? shortForms.get(doc.tokens[s.first]!.text) : undefined;
    // A person's name joins only as a short form: its key is not looked up.
    const e = s.kind === 'person' ? short : (filedUnderKey(entries, orgKey(doc, s.first, s.end)) ?? short);
    if (!e) continue;
    e.mentions.push(e === short ? shortFormMention(doc, s.first, e) : mentionOf(doc, s.first, s.end));
    if (ALL_CAPITALS.test(doc.tokens[s.first]!.text) && e.name.includes(' ')) e.acronym ??= doc.tokens[s.first]!.text;
  }
  // Without a short form there is no token to look at for one.
  if (shortForms.size) addUnsegmentedShortForms(doc, names, list, shortForms);
  // Uses of a defined acronym that the chunker did not see as names (e.g. in headlines).
  const byAcronym = new Map(list.filter((e) => e.acronym).map((e) => [e.acronym!, e]));
  if (!byAcronym.size) return;
  const seen = new Set([...byAcronym.values()].flatMap((e) => e.mentions.map((m) => m.start)));
  // Every acronym is written in capitals, so only a token in capitals may be one.
  for (const t of doc.tokens) {
    const e = t.allCaps ? byAcronym.get(t.text) : undefined;
    if (e && !seen.has(t.start)) e.mentions.push({ start: t.start, end: t.end, text: t.text });
  }
}

/**
 * The entry filed under an organization key, or under the canonical key of the organization the
 * knowledge names by it; the knowledge is asked only when the key itself is not filed.
 */
function filedUnderKey(entries: Map<string, Entry>, key: string): Entry | undefined {
  const filed = entries.get(key);
  if (filed) return filed;
  const known = knownOrgEntry(key);
  return known && entries.get(canonicalKey(known));
}

/** Short forms outside the chunker's segments: in sentence case, and acronyms among lower-case words. */
function addUnsegmentedShortForms(doc: Doc, names: Names, list: Entry[], shortForms: Map<string, Entry>): void {
  const { tokens } = doc;
  const mentioned = new Set<number>();
  for (const e of list) for (const m of e.mentions) mentioned.add(m.start);
  const inSegment = new Uint8Array(tokens.length);
  for (const s of names.segments) inSegment.fill(1, s.first, s.end);
  // An acronym stands among lower-case words, not in a line of capitals ("SAN FRANCISCO").
  const inCapitals = (i: number) => [tokens[i - 1], tokens[i + 1]].some((n) => n?.kind === 'word' && n.allCaps && n.text.length > 1);
  // One walk for both kinds of short form: organizations sort their mentions by place.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const e = t.cap ? shortForms.get(t.text) : undefined;
    if (!e || mentioned.has(t.start)) continue;
    if (!t.allCaps) {
      // "Harbor did not comment": a short form where sentence case hid it from the chunker.
      if (!inSegment[i] && endsName(doc, i)) e.mentions.push(shortFormMention(doc, i, e));
    } else if (e.acronym === undefined && !inCapitals(i)) {
      e.acronym = t.text;
      e.mentions.push({ start: t.start, end: t.end, text: t.text });
    }
  }
}

/** A short form's mention, with the possessive its full name spells ("Ferryman's" for "Ferryman's Bancshares Inc"). */
function withFullNamesPossessive(doc: Doc, m: Mention, full: Entry): Mention {
  const possessive = OPENS_WITH_POSSESSIVE.test(full.name) ? POSSESSIVE_AFTER.exec(doc.text.slice(m.end, m.end + 4)) : null;
  return possessive ? { start: m.start, end: m.end + possessive[0].length, text: doc.text.slice(m.start, m.end + possessive[0].length) } : m;
}

/** "'s" right after a name, or after one space in tokenized text ("Ferryman 's"). */
const POSSESSIVE_AFTER = /^ ?['’]s(?![\p{L}\p{N}])/u;
const OPENS_WITH_POSSESSIVE = /^[^\s'’]+ ?['’]s\s/u;

/** The mention of a first-word short form at token i. */
const shortFormMention = (doc: Doc, i: number, e: Entry): Mention => withFullNamesPossessive(doc, mentionOf(doc, i, i + 1), e);

/** Token i is a whole name: what follows is no name word but a verb, an adverb or punctuation ("Harbor said", "Harbor, which"). */
function endsName(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  return !next || next.kind === 'punct' || next.norm === "'s" || (!next.cap && has(next.norm, WordClass.Verb | WordClass.Adverb));
}

/** Rules that say a name names something else at that place, though it is an organization's elsewhere. */
const NOT_AN_ORGANIZATION_HERE = new Set(['other.dateline', 'other.market-index']);

/**
 * "in Lakeport", "Riverside at Lakeport": a place's name after "in" or "at" is the place, though
 * the document also uses it for the town's team or council.
 */
function placeAfterLocative(doc: Doc, s: NameSegment): boolean {
  const before = tokenBefore(doc, s.first)?.norm;
  if (before !== 'in' && before !== 'at') return false;
  const key = orgKey(doc, s.first, s.end);
  return has(key, WordClass.Place | WordClass.Country) || lookup(key)?.ambiguity === 'place';
}

function toOrganization(e: Entry): Organization {
  const mentions = distinctByStart(e.mentions);
  const o: Organization = e.acronym ? { name: e.name, acronym: e.acronym, mentions, rule: e.rule } : { name: e.name, mentions, rule: e.rule };
  if (e.known?.wikidata) o.wikidata = e.known.wikidata;
  if (e.known?.id) o.id = e.known.id;
  return o;
}
