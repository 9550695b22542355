/**
 * People: name segments judged to be persons, merged by within-document coreference
 * ("Jalel Chelba" ... "Mr. Chelba", "Donald J. Trump" ... "President Trump"), with the
 * fullest form as the name and the title and affiliation the text puts before it.
 */
import { kindOf, type KnownEntry } from '../knowledge/index.js';
import { COURTESY_TITLES } from '../lexicon/entity-cues.js';
import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Mention, Organization, Person } from '../types.js';
import { claimedSpans } from './entities/claims.js';
import { countryName } from './entities/gazetteer.js';
import type { NameSegment, Names } from './entities/names.js';

interface Entity {
  /** Name words, lower case, initials and particles included. */
  words: string[];
  mentions: Mention[];
  name: string;
  title?: string;
  affiliation?: string;
  /** The knowledge or lexicon entry a mention was matched to, for its ids. */
  known?: KnownEntry;
}

const nameWords = (tokens: Token[], s: NameSegment): string[] =>
  tokens.slice(s.first, s.end).filter((t) => t.kind === 'word').map((t) => t.norm);

const surname = (words: string[]): string => words[words.length - 1]!;

const mentionOf = (doc: Doc, s: NameSegment): Mention => {
  const start = doc.tokens[s.first]!.start, end = doc.tokens[s.end - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
};

function affiliationOf(doc: Doc, s: NameSegment, organizations: Organization[]): string | undefined {
  const aff = s.affiliation;
  if (!aff) return undefined;
  if (aff.kind === 'country' && aff.code) return countryName(aff.code);
  const start = doc.tokens[aff.first]!.start;
  const org = organizations.find((o) => o.mentions.some((m) => m.start === start));
  return org ? org.acronym ?? org.name : undefined;
}

/** Same person: one name's words are contained in order in the other's, with the same surname. */
function compatible(a: string[], b: string[]): boolean {
  if (surname(a) !== surname(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let k = 0;
  for (const w of long) if (k < short.length && sameNameWord(w, short[k]!)) k++;
  return k === short.length && (short.length === 1 || sameNameWord(short[0]!, long[0]!));
}

/** The same name word, or an initial of it ("K" for "Kelly"). */
const sameNameWord = (x: string, y: string): boolean =>
  x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));

/** A lone word naming a person by the first of two names ("Wang" for "Wang Donghai", "Jansher"). */
const firstNameOf = (full: string[], lone: string[]): boolean => lone.length === 1 && full.length === 2 && full[0] === lone[0];

export function findPeople(doc: Doc, names: Names, organizations: Organization[]): Person[] {
  const taken = claimedSpans(doc.text.length, organizations.flatMap((o) => o.mentions));
  const entities = new EntityIndex();
  const persons = names.segments.filter((s) => s.kind === 'person');
  // Full names first, so a lone surname finds its person wherever it appears.
  const ordered = [...persons].sort((x, y) => (y.end - y.first) - (x.end - x.first) || x.first - y.first);
  for (const s of ordered) {
    const m = mentionOf(doc, s);
    if (taken(m)) continue;
    const words = nameWords(doc.tokens, s);
    const e = entities.find(words) ?? entities.add(words, m.text);
    e.mentions.push(m);
    if (words.length > e.words.length) { e.words = words; e.name = m.text; }
    if (s.title && !e.title && !COURTESY_TITLES.has(s.title.toLowerCase())) e.title = s.title;
    e.affiliation ??= affiliationOf(doc, s, organizations);
    if (s.known && kindOf(s.known.type) === 'person') e.known ??= s.known;
  }
  addRepeatedNames(doc, names, entities, taken);
  return entities.all.map(toPerson);
}

/** People of one document, looked up by surname. */
class EntityIndex {
  readonly all: Entity[] = [];
  private readonly bySurname = new Map<string, Entity[]>();
  /** Two-word names by their first word, for names whose family name comes first. */
  private readonly byFirstName = new Map<string, Entity[]>();

  /** The latest compatible entity: "Williams" goes with the last Williams named. */
  find(words: string[], fullNamesOnly = false): Entity | undefined {
    const same = this.bySurname.get(surname(words)) ?? [];
    for (let k = same.length - 1; k >= 0; k--) {
      const e = same[k]!;
      if ((!fullNamesOnly || e.words.length > 1) && compatible(e.words, words)) return e;
    }
    const byFirst = this.byFirstName.get(words[0]!) ?? [];
    return byFirst.length === 1 && firstNameOf(byFirst[0]!.words, words) ? byFirst[0] : undefined;
  }

  add(words: string[], name: string): Entity {
    const e: Entity = { words, mentions: [], name };
    this.all.push(e);
    const key = surname(words);
    this.bySurname.set(key, [...(this.bySurname.get(key) ?? []), e]);
    if (words.length === 2) this.byFirstName.set(words[0]!, [...(this.byFirstName.get(words[0]!) ?? []), e]);
    return e;
  }
}

/** Other segments that repeat a known person's name or surname ("Simmons" after "Phil Simmons"). */
function addRepeatedNames(doc: Doc, names: Names, entities: EntityIndex, taken: (m: Mention) => boolean): void {
  for (const s of names.segments) {
    if (s.kind === 'person' || s.kind === 'org') continue;
    const words = nameWords(doc.tokens, s);
    if (!words.length || words.length > 4) continue;
    const e = entities.find(words, true);
    const m = mentionOf(doc, s);
    if (e && !taken(m)) e.mentions.push(m);
  }
}

function toPerson(e: Entity): Person {
  const mentions = [...new Map(e.mentions.map((m) => [m.start, m])).values()].sort((x, y) => x.start - y.start);
  const p: Person = { name: e.name, mentions };
  if (e.title) p.title = e.title;
  if (e.affiliation) p.affiliation = e.affiliation;
  if (e.known?.wikidata) p.wikidata = e.known.wikidata;
  if (e.known?.id) p.id = e.known.id;
  return p;
}
