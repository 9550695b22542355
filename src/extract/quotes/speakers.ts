/**
 * The speakers a quote can have: the people and organizations of the record, found where the
 * text names them. Quotes have no name recogniser of their own: the phrases around speech verbs
 * are cut along the runs of the shared proper-name chunker (entities/names.ts), and a name in
 * such a phrase is a speaker only when it is a mention of a person or organization entry, so a
 * quote's speaker is always the name of an entry of the same record.
 */
import { givenNameGender } from '../../lexicon/index.js';
import { HONORIFICS, NAME_CONNECTORS, POST_NOMINALS, TITLE_WORDS, type Gender } from '../../lexicon/entity-cues.js';
import { ABBREVIATED_OFFICES, DOCUMENT_NOUNS, OFFICE_MODIFIERS, PARTY_LETTERS, regionOf } from '../../lexicon/speaker-words.js';
import { has, PERSON_CLASSES, WordClass } from '../../lexicon/word-class.js';
import { wordNorms, type Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import type { Mention, Organization, Person } from '../../types.js';
import { isTitleWord, type Names } from '../entities/names.js';

/** A mention of a person or organization entry, or (from `fullest`) the entry itself. */
export interface NameRef {
  /** Token range [from, to) of the mention (of the entry's first mention, for an entry). */
  from: number;
  to: number;
  /** The mention as written; for an entry, the entry's name. */
  text: string;
  /** Word norms of `text`. */
  words: string[];
  isOrg: boolean;
  /**
   * Gender told by an honorific right before the mention, else undefined. Every ref has the
   * field, written in this order, so all refs share one hidden class for the rules reading them.
   */
  gender: Gender | undefined;
  /** Index of the entry among the speaker index's entries. */
  entry: number;
}

/** A document as the quote rules read it: its tokens and the speakers it names. */
export interface QuoteDoc extends Doc {
  speakers: SpeakerIndex;
  /** Token -> 1 on a line that is not the story (quotes/boilerplate.ts): no speaker or clause is taken from it. */
  boilerplate: Uint8Array;
}

/** The courtesy title right before token `from` ("Mr." or "Mrs"), as a lexicon key. */
const honorificBefore = (tokens: Token[], from: number) => (tokens[from - 1]?.text === '.' ? tokens[from - 2] : tokens[from - 1])?.norm ?? '';

const GIVEN_GENDER = { male: 'm', female: 'f' } as const;
const givenNameGenderOf = (word: string): Gender | undefined => {
  const g = givenNameGender(word);
  return g && GIVEN_GENDER[g];
};

/** A title or role word: the chunker's title words, honorifics, and compromise's role nouns. */
export const isTitleNorm = (norm: string): boolean =>
  isTitleWord(norm) || HONORIFICS.has(norm) || (has(norm, WordClass.Role) && !has(norm, PERSON_CLASSES)) ||
  (norm.includes('-') && norm.split('-').some((part) => TITLE_WORDS.has(part))); // "Vice-President"

const isTitleToken = (tok: Token): boolean => tok.kind === 'word' && isTitleNorm(tok.norm);

/** An entry with what the text tells about it, kept on the entry so that no rule asks a table by a key built for it. */
interface Entry {
  ref: NameRef;
  mentions: NameRef[];
  /** The gender of the given name of a name of two words or more, looked up once. */
  givenGender: Gender | undefined;
  /** The gender told by an honorific or a resolved pronoun. */
  toldGender: Gender | undefined;
  /** Every title word written around the entry. */
  titles: Set<string>;
  /** The capitalized words of the affiliations written before its titles. */
  affiliations: Set<string>;
}

/** The entries of one record and where the text mentions them, for resolving quote speakers. */
export class SpeakerIndex {
  private readonly entries: Entry[] = [];
  /** Token -> the run of the shared chunker it is in (-1: none), and the runs' bounds. */
  private readonly runOf: Int32Array;
  private readonly runs: Array<[number, number]>;
  /** Last token of a mention -> the mention. */
  private readonly mentionEndingAt = new Map<number, NameRef>();
  /** Token -> 1 where a mention starts. */
  private readonly mentionStart: Uint8Array;
  /** last word -> entries whose name ends with it */
  private readonly peopleByLast = new Map<string, Set<Entry>>();
  private readonly orgsByLast = new Map<string, Set<Entry>>();
  /** role word -> the people it is used for */
  private readonly roles = new Map<string, Set<Entry>>();
  /** document noun -> the entries whose document it is ("the Harbour Fund report") */
  private readonly documents = new Map<string, Set<Entry>>();
  /** age -> the people the text gives that age ("A B, 34,", "the 34-year-old A B") */
  private readonly ages = new Map<number, Set<Entry>>();

  constructor(private readonly doc: Doc, names: Names, people: Person[], organizations: Organization[]) {
    const { tokens } = doc;
    this.mentionStart = new Uint8Array(tokens.length);
    const add = (name: string, mentions: Mention[], isOrg: boolean) => {
      const entry = this.entries.length;
      // The token ranges of the mentions that start and end on token bounds, as flat [from, to) pairs.
      const spans: number[] = [];
      for (const m of mentions) {
        const from = tokenAt(tokens, m.start), last = tokenAt(tokens, m.end - 1);
        if (from >= 0 && last >= 0 && tokens[from]!.start === m.start && tokens[last]!.end === m.end) spans.push(from, last + 1);
      }
      const ref: NameRef = { from: spans[0] ?? 0, to: spans[1] ?? 0, text: name, words: name.toLowerCase().split(/\s+/), isOrg, gender: undefined, entry };
      const givenGender = ref.words.length > 1 ? givenNameGenderOf(ref.words[0]!) : undefined;
      const e: Entry = { ref, mentions: [], givenGender, toldGender: undefined, titles: new Set(), affiliations: new Set() };
      this.entries.push(e);
      for (let n = 0; n < spans.length; n += 2) {
        const from = spans[n]!, to = spans[n + 1]!;
        const words = wordNorms(tokens, from, to);
        // "said Hollis" where Nathan Hollis founded Hollis Ridge Partners: a lone surname is the person's
        const person = isOrg && words.length === 1 && ref.words.length > 1 ? this.personBySurname(words[0]!) : null;
        if (person) {
          const text = doc.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
          const mention: NameRef = { from, to, text, words, isOrg: person.isOrg, gender: undefined, entry: person.entry };
          this.entries[person.entry]!.mentions.push(mention);
          this.mentionEndingAt.set(to - 1, mention);
          this.mentionStart[from] = 1;
          continue;
        }
        const gender = isOrg ? undefined : HONORIFICS.get(honorificBefore(tokens, from));
        const mention: NameRef = { from, to, text: doc.text.slice(tokens[from]!.start, tokens[to - 1]!.end), words, isOrg, gender, entry };
        e.mentions.push(mention);
        this.mentionEndingAt.set(to - 1, mention);
        this.mentionStart[from] = 1;
      }
      return e;
    };
    for (const p of people) {
      const e = add(p.name, p.mentions, false);
      addTo(this.peopleByLast, e.ref.words[e.ref.words.length - 1]!, e);
      this.noteContext(e, p.title);
    }
    for (const o of organizations) {
      const e = add(o.name, o.mentions, true);
      addTo(this.orgsByLast, e.ref.words[e.ref.words.length - 1]!, e);
      this.noteContext(e);
    }
    this.runs = speakerRuns(tokens, names, this.mentionEndingAt);
    this.runOf = new Int32Array(tokens.length).fill(-1);
    for (let r = 0; r < this.runs.length; r++) this.runOf.fill(r, this.runs[r]![0], this.runs[r]![1]);
  }

  /** Titles, affiliations, genders and documents written around an entry's mentions. */
  private noteContext(e: Entry, title?: string): void {
    const { tokens } = this.doc;
    const addRole = (role: string) => {
      addTo(this.roles, role, e);
      e.titles.add(role);
      const office = ABBREVIATED_OFFICES.get(role); // "Sen. A B" is the senator
      if (office) addRole(office);
    };
    for (const m of e.mentions) {
      e.toldGender ??= m.gender;
      const noun = tokens[m.to];
      if (noun && !noun.cap && DOCUMENT_NOUNS.has(noun.norm)) addTo(this.documents, noun.norm, e);
      const document = documentIssuedBy(this.doc, m);
      if (document) addTo(this.documents, document, e);
      if (e.ref.isOrg) continue;
      const { roles, affiliation } = rolesAround(tokens, m);
      roles.forEach(addRole);
      for (const word of affiliation) e.affiliations.add(word);
      const tag = partyStateTag(tokens, m.to);
      if (tag) {
        addRole(tag.party);
        for (const word of tag.region) e.affiliations.add(word);
      }
      const age = ageAround(tokens, m);
      if (age) addTo(this.ages, age, e);
    }
    title?.toLowerCase().split(/[\s.]+/).filter(Boolean).forEach(addRole);
  }

  /** The one person the text gives this age ("the 34-year-old" for "A B, 34,"); else null. */
  personAged(age: number): NameRef | null {
    const people = this.ages.get(age);
    return people?.size === 1 ? [...people][0]!.ref : null;
  }

  /** Whether a mention starts at a token of [from, to). */
  mentionStartsIn(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.mentionStart[i]) return true;
    return false;
  }

  /** [from, to) of the name run that ends at token `last`, not reaching before `lo`. */
  runEndingAt(last: number, lo: number): [number, number] | null {
    const r = last >= lo ? this.runOf[last] ?? -1 : -1;
    if (r < 0 || !this.isRunToken(last)) return null;
    let from = Math.max(this.runs[r]![0], lo);
    while (!this.isNameToken(from)) from++;
    return [from, last + 1];
  }

  /** [from, to) of the name run that starts at token `first`, not reaching `hi`. */
  runStartingAt(first: number, hi: number): [number, number] | null {
    const r = first < hi ? this.runOf[first] ?? -1 : -1;
    if (r < 0 || !this.isNameToken(first)) return null;
    let to = Math.min(this.runs[r]![1], hi);
    while (!this.isRunToken(to - 1)) to--;
    return [first, to];
  }

  /** A run starts on a capitalized word, never on a connector ("of", "van") inside it. */
  private isNameToken(i: number): boolean {
    const t = this.doc.tokens[i]!;
    return t.kind === 'word' && t.cap;
  }

  /** A run may end on a name word or the stop of an initial ("J."). */
  private isRunToken(i: number): boolean {
    const t = this.doc.tokens[i]!;
    return this.isNameToken(i) || (t.text === '.' && t.gap === '' && this.isNameToken(i - 1));
  }

  /**
   * The entry mention a run of capitalized words ends with ("Acme analyst [Jane Doyle]",
   * "[Jane Doyle] QC"), or null when the run ends with no person or organization.
   */
  nameInRun([from, end]: [number, number]): NameRef | null {
    const { tokens } = this.doc;
    let to = end;
    while (to - 1 > from && POST_NOMINALS.has(tokens[to - 1]!.norm) && tokens[to - 1]!.cap) to--;
    const mention = this.mentionEndingAt.get(to - 1) ?? (tokens[to - 1]?.text === '.' ? this.mentionEndingAt.get(to - 2) : undefined);
    return mention && mention.from >= from ? mention : null;
  }

  /** The entry a mention belongs to. */
  fullest(ref: NameRef): NameRef {
    return this.entries[ref.entry]!.ref;
  }

  /** Whether a person may be the one a role phrase refers back to: the phrase lacks no office word of theirs (shadow, former). */
  mayHold(person: NameRef, modifiers: string[]): boolean {
    return [...this.entries[person.entry]!.titles].every((t) => !OFFICE_MODIFIERS.has(t) || modifiers.includes(t));
  }

  /**
   * Whether a person's titles fit the words of a role phrase: its title words, its capitalized
   * words ("the Two Ronnies star"), and no office word it lacks.
   */
  private holdsTitle(person: NameRef, modifiers: string[], named: string[]): boolean {
    const { titles, affiliations } = this.entries[person.entry]!;
    const said = new Set(modifiers);
    return modifiers.every((m) => !TITLE_WORDS.has(m) || titles.has(m)) && named.every((w) => affiliations.has(w) || titles.has(w)) &&
      [...titles].every((t) => !OFFICE_MODIFIERS.has(t) || said.has(t));
  }

  /**
   * Gender of a person: from an honorific on this mention, the given name of the entry
   * ("Sharon Osbourne", not her husband), an honorific elsewhere, or a pronoun already resolved to them.
   */
  genderOf(ref: NameRef): Gender | undefined {
    const entry = this.entries[ref.entry]!;
    return ref.gender ?? entry.givenGender ?? entry.toldGender;
  }

  /**
   * Whether a person name of no known gender is a place and common words ("Bangkok Film
   * Market"): more likely a venue or an event than someone a pronoun stands for.
   */
  isPlaceLed(ref: NameRef): boolean {
    const [first, ...rest] = this.fullest(ref).words;
    const place = has(first!, WordClass.Place | WordClass.Country) && !has(first!, WordClass.FirstName | WordClass.Surname | WordClass.PersonName);
    const common = WordClass.Noun | WordClass.Verb | WordClass.Adjective;
    return place && rest.length > 0 && rest.every((w) => has(w, common) && !has(w, ~common)) && !this.genderOf(ref);
  }

  /** Whether a one-word person name is an abbreviation (a province's "Alta", "NDP"): no one a pronoun stands for. */
  isAbbreviation(ref: NameRef): boolean {
    const { words, text } = this.fullest(ref);
    return words.length === 1 && (regionOf(words[0]!) !== undefined || (/^\p{Lu}{2,4}$/u.test(text)));
  }

  /** Records the gender a resolved "he"/"she" tells about a person not known before. */
  noteGender(ref: NameRef, gender: Gender): void {
    this.entries[ref.entry]!.toldGender ??= gender;
  }

  /**
   * The one person whose name ends with a capitalized word that is also a title or common noun
   * ("said King" for "Jason King", "said Shepherd" for "Freddy Shepherd"); else null.
   */
  personBySurname(word: string): NameRef | null {
    const holders = [...(this.peopleByLast.get(word) ?? [])].filter((e) => e.ref.words.length > 1);
    return holders.length === 1 ? holders[0]!.ref : null;
  }

  /**
   * The one entry a role noun stands for in this document: the person given that title
   * ("the foreign secretary", not the shadow one), or the organization whose name ends with it
   * ("the ministry"); else null.
   */
  holderOf(role: string, modifiers: string[] = [], named: string[] = []): NameRef | null {
    const people = this.roles.get(role);
    if (people) {
      const fitting = [...people].filter((e) => this.holdsTitle(e.ref, modifiers, named));
      return fitting.length === 1 ? fitting[0]!.ref : null;
    }
    const documents = this.documents.get(role);
    if (documents) return documents.size === 1 ? [...documents][0]!.ref : null;
    const orgs = [...(this.orgsByLast.get(role) ?? [])].filter((e) => e.ref.words.length > 1); // "Committee" alone names nothing
    return orgs.length === 1 ? orgs[0]!.ref : null;
  }
}

/** Index of the token holding character `offset` (tokens are in text order), or -1. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, t = tokens[mid]!;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The chunker's runs, cut after a person mention that a lower-case connector follows: in
 * "Jamie Graham of Total Film" the speaker phrase ends with the person.
 */
function speakerRuns(tokens: Token[], names: Names, mentionEndingAt: Map<number, NameRef>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const [a, b] of names.runs) {
    let from = a;
    for (let k = a; k < b - 1; k++) {
      const m = mentionEndingAt.get(k);
      if (m && !m.isOrg && !tokens[k + 1]!.cap && tokens[k + 1]!.kind === 'word') {
        runs.push([from, k + 1]);
        from = k + 1;
      }
    }
    runs.push([from, b]);
  }
  return runs;
}

// The articles that may open the title after a name's comma ("X, the mayor,"), as a set built once.
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Title words written around a person mention ("Foreign Secretary X", "honorary mayor, X", "X, the
 * mayor,"), and the capitalized words of the affiliation before the titles ("Only Fools and Horses
 * star X").
 */
function rolesAround(tokens: Token[], ref: NameRef): { roles: string[]; affiliation: string[] } {
  const roles: string[] = [];
  const affiliation: string[] = [];
  let i = ref.from - 1;
  if (tokens[i]?.text === ',') i--;
  for (let n = 0; n < 4 && i >= 0 && tokens[i]!.kind === 'word' && isTitleToken(tokens[i]!); n++, i--) roles.push(tokens[i]!.norm);
  const inName = (t: Token | undefined) => !!t && t.kind === 'word' && (t.cap || NAME_CONNECTORS.has(t.norm) || t.norm === 'and');
  if (roles.length) for (let n = 0; n < 6 && i >= 0 && inName(tokens[i]); n++, i--) affiliation.push(tokens[i]!.norm);
  let j = ref.to;
  if (tokens[j]?.text !== ',') return { roles, affiliation };
  j++;
  if (ARTICLES.has(tokens[j]?.norm ?? '')) j++;
  for (let n = 0; n < 4 && tokens[j]?.kind === 'word' && !tokens[j]!.cap; n++, j++) {
    if (isTitleToken(tokens[j]!)) roles.push(tokens[j]!.norm);
  }
  return { roles, affiliation };
}

// The words before the issuer of a document ("a report released by [the] X", "a study from X").
const ISSUED_BY: ReadonlySet<string> = new Set(['by', 'from']);

// How far before "by [the] X" a document noun may be: "A report titled "...", released last month by".
const DOCUMENT_REACH = 25;

/** The document an organization or person issued, by the phrase before its mention: "a report ... released by [X]", "a study from [X]". */
function documentIssuedBy(doc: Doc, m: NameRef): string | null {
  const { tokens } = doc;
  let p = m.from - 1;
  if (tokens[p]?.norm === 'the') p--;
  if (!ISSUED_BY.has(tokens[p]?.norm ?? '')) return null;
  const sentence = tokens[p]!.sentence;
  for (let k = p - 1; k >= Math.max(0, p - DOCUMENT_REACH) && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.kind === 'word' && !tokens[k]!.cap && DOCUMENT_NOUNS.has(tokens[k]!.norm)) return tokens[k]!.norm;
  }
  return null;
}

/** The party–state tag after a person mention (", D-Ohio,", " (R-Texas)", ", D-N.Y."): the party and the region's words. */
function partyStateTag(tokens: Token[], to: number): { party: string; region: string[] } | null {
  if (tokens[to]?.text !== ',' && tokens[to]?.text !== '(') return null;
  const m = /^([a-z])-(\p{L}+)$/u.exec(tokens[to + 1]?.norm ?? '');
  const party = m && PARTY_LETTERS.get(m[1]!);
  if (!m || !party || !tokens[to + 1]!.cap) return null;
  let written = m[2]!;
  for (let k = to + 2; k < to + 6 && tokens[k] && tokens[k]!.gap === '' && ![',', ')'].includes(tokens[k]!.text); k++) written += tokens[k]!.norm.replace(/\./g, '');
  const region = regionOf(written) ?? written;
  return { party, region: region.split(' ') };
}

// Ages a news story gives: a person of 14 to 110.
const isAge = (tok: Token | undefined) => !!tok && tok.kind === 'number' && /^\d{2,3}$/.test(tok.text) && +tok.text >= 14 && +tok.text <= 110;

// The marks around an age after a name: "A B, 34," / "A B (34)".
const AGE_OPENERS: ReadonlySet<string> = new Set([',', '(']);
const AGE_CLOSERS: ReadonlySet<string> = new Set([',', '.', ')']);

/** The age written around a person mention: "A B, 34," / "A B (34)" / "the 34-year-old [defenceman] A B". */
function ageAround(tokens: Token[], m: NameRef): number | null {
  if (AGE_OPENERS.has(tokens[m.to]?.text ?? '') && isAge(tokens[m.to + 1]) && AGE_CLOSERS.has(tokens[m.to + 2]?.text ?? '')) return +tokens[m.to + 1]!.text;
  let i = m.from - 1;
  while (i >= 0 && m.from - i <= 4 && isTitleToken(tokens[i]!) && tokens[i]!.norm !== 'year-old') i--;
  return tokens[i]?.norm === 'year-old' && tokens[i - 1]?.text === '-' && isAge(tokens[i - 2]) ? +tokens[i - 2]!.text : null;
}

function addTo<K, T>(table: Map<K, Set<T>>, key: K, value: T): void {
  table.set(key, (table.get(key) ?? new Set<T>()).add(value));
}
