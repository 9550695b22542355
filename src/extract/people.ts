/**
 * People: name segments judged to be persons, merged by within-document coreference
 * ("Jalel Chelba" ... "Mr. Chelba", "Donald J. Trump" ... "President Trump"), with the
 * fullest form as the name and the title and affiliation the text puts before it.
 */
import { kindOf, type KnownEntry } from '../knowledge/index.js';
import { COURTESY_TITLES, PERSON_PARTICLES } from '../lexicon/entity-cues.js';
import { wordNorms, type Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Mention, Organization, Person } from '../types.js';
import { claimedSpans, distinctByStart } from './entities/claims.js';
import { countryName } from './entities/gazetteer.js';
import type { NameSegment, Names } from './entities/names.js';

interface Entity {
  /** Name words, lower case, initials and particles included. */
  words: string[];
  mentions: Mention[];
  name: string;
  /** Where the entity was first named: a lone surname goes with the nearest full name before it. */
  first: number;
  /** Named after a title or honorific ("Mr Kiely"): a lone word that is surely a person. */
  cued: boolean;
  /** The rule that decided the segment the entity was first made of. */
  rule: string;
  title?: string;
  affiliation?: string;
  /** The knowledge or lexicon entry a mention was matched to, for its ids. */
  known?: KnownEntry;
}

const nameWords = (tokens: Token[], s: NameSegment): string[] => wordNorms(tokens, s.first, s.end);

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

/**
 * Same person: one name's words are contained in order in the other's, with the same surname.
 * A short form opening with a name particle is the end of the full name ("De Vido", "van der Berg").
 */
function compatible(a: string[], b: string[]): boolean {
  if (surname(a) !== surname(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (PERSON_PARTICLES.has(short[0]!)) return long.slice(long.length - short.length).every((w, k) => w === short[k]);
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
  const taken = claimedSpans(organizations);
  const entities = new EntityIndex();
  const persons = names.segments.filter((s) => s.kind === 'person');
  // Full names first, so a lone surname finds its person wherever it appears.
  const ordered = [...persons].sort((x, y) => (y.end - y.first) - (x.end - x.first) || x.first - y.first);
  for (const s of ordered) {
    const m = mentionOf(doc, s);
    if (taken(m)) continue;
    const words = nameWords(doc.tokens, s);
    const e = entities.find(words, m.start) ?? entities.add(words, m.text, m.start, s.rule);
    e.mentions.push(m);
    e.cued ||= s.cued;
    if (words.length > e.words.length) { e.words = words; e.name = m.text; }
    if (s.title && !e.title && !COURTESY_TITLES.has(s.title.toLowerCase())) e.title = s.title;
    e.affiliation ??= affiliationOf(doc, s, organizations);
    if (s.known && kindOf(s.known.type) === 'person') e.known ??= s.known;
  }
  addRepeatedNames(doc, names, entities, taken);
  return entities.all.map(toPerson);
}

const NO_ENTITIES: readonly Entity[] = [];

function addTo(index: Map<string, Entity[]>, key: string, e: Entity): void {
  const list = index.get(key);
  if (list) list.push(e);
  else index.set(key, [e]);
}

/** People of one document, looked up by surname. */
class EntityIndex {
  readonly all: Entity[] = [];
  private readonly bySurname = new Map<string, Entity[]>();
  /** Two-word names by their first word, for names whose family name comes first. */
  private readonly byFirstName = new Map<string, Entity[]>();

  /**
   * The compatible entity named last before `at` ("Williams" goes with the last Williams named),
   * else the first named after it. Lone names join one-word entities only when asked.
   */
  find(words: string[], at: number, loneEntities = true): Entity | undefined {
    // One walk over the entities of the surname, no filtered copies: the last named at or
    // before `at` (the later entity on a tie), else the first named after it.
    let before: Entity | undefined, after: Entity | undefined;
    for (const e of this.bySurname.get(surname(words)) ?? NO_ENTITIES) {
      if (!(loneEntities || e.words.length > 1 || e.cued) || !compatible(e.words, words)) continue;
      if (e.first <= at) {
        if (!before || e.first >= before.first) before = e;
      } else if (!after || e.first < after.first) after = e;
    }
    const nearest = before ?? after;
    if (nearest) return nearest;
    const byFirst = this.byFirstName.get(words[0]!) ?? [];
    return byFirst.length === 1 && firstNameOf(byFirst[0]!.words, words) ? byFirst[0] : undefined;
  }

  add(words: string[], name: string, first: number, rule: string): Entity {
    // Every field in the literal, in one order: entities given a title or an affiliation later keep one hidden class.
    const e: Entity = { words, mentions: [], name, first, cued: false, rule, title: undefined, affiliation: undefined, known: undefined };
    this.all.push(e);
    addTo(this.bySurname, surname(words), e);
    if (words.length === 2) addTo(this.byFirstName, words[0]!, e);
    return e;
  }
}

/** Other segments that repeat a known person's name or surname ("Simmons" after "Phil Simmons", "Kiely" after "Mr Kiely"). */
function addRepeatedNames(doc: Doc, names: Names, entities: EntityIndex, taken: (m: Mention) => boolean): void {
  for (const s of names.segments) {
    if (s.kind === 'person' || s.kind === 'org') continue;
    const words = nameWords(doc.tokens, s);
    if (!words.length || words.length > 4) continue;
    const m = mentionOf(doc, s);
    const e = entities.find(words, m.start, false);
    if (e && !taken(m)) e.mentions.push(m);
  }
}

function toPerson(e: Entity): Person {
  const mentions = distinctByStart(e.mentions);
  const p: Person = { name: e.name, mentions };
  if (e.title) p.title = e.title;
  if (e.affiliation) p.affiliation = e.affiliation;
  p.rule = e.rule;
  if (e.known?.wikidata) p.wikidata = e.known.wikidata;
  if (e.known?.id) p.id = e.known.id;
  return p;
}

/** Rules that put a title, honorific or party label before the name: their people are sure. */
const CUED_RULES = new Set(['person.title-cue', 'person.honorific-surname', 'person.after-party-label']);

/** Decided after people and organizations are both found. */
export const SAME_NAME_RULES = [
  { id: 'org.same-name-as-person', description: 'a name the record has as an organization too is the organization unless a title or honorific made it a person ("Halvard said" beside "Halvard" the firm)' },
] as const;

/**
 * One name, one type per record: a person whose name is also an organization's (by name or
 * acronym) joins the organization, unless a title, honorific or party label made them a person.
 */
export function yieldToOrganizations(people: Person[], organizations: Organization[]): { people: Person[]; organizations: Organization[] } {
  const orgByName = new Map<string, Organization>();
  for (const o of organizations) for (const n of [o.name, o.acronym]) if (n) orgByName.set(n.toLowerCase(), o);
  const joined = new Map<Organization, Mention[]>();
  const kept = people.filter((p) => {
    const org = !p.title && !CUED_RULES.has(p.rule ?? '') ? orgByName.get(p.name.toLowerCase()) : undefined;
    if (org) joined.set(org, [...(joined.get(org) ?? []), ...p.mentions]);
    return !org;
  });
  if (!joined.size) return { people, organizations };
  return {
    people: kept,
    organizations: organizations.map((o) => {
      const extra = joined.get(o);
      return extra ? { ...o, mentions: [...o.mentions, ...extra].sort((x, y) => x.start - y.start) } : o;
    }),
  };
}
