/**
 * Names as the text writes them: runs of capitalized words ("AFRIPOL Executive Director Jalel
 * Chelba"), the person name inside a run (titles and honorifics dropped: "Jalel Chelba"), and the
 * fullest form a short mention stands for ("Mr. Chelba" -> "Jalel Chelba").
 */
import { givenNameGender, wordClasses, wordsTable } from '../../lexicon/index.js';
import {
  DOCUMENT_NOUNS, HONORIFICS, NAME_JOINERS, OFFICE_MODIFIERS, ORG_HEADS, PARTY_WORDS, POSTNOMINALS,
  SURNAME_HONORIFICS, TITLE_WORDS, type Gender,
} from '../../lexicon/speaker-words.js';
import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';

export interface NameRef {
  /** Token range [from, to) of the name words. */
  from: number;
  to: number;
  text: string;
  /** Word norms of the name, for matching mentions against each other. */
  words: string[];
  isOrg: boolean;
  gender?: Gender;
}

const ORG_WORDS: ReadonlySet<string> = new Set([...wordsTable.orgWords, ...ORG_HEADS]);
// Name particles that stay inside a person's name ("Ludwig van Beethoven"); the other joiners
// ("of", "and") only join the words of organization names.
const PARTICLES = new Set(['de', 'da', 'del', 'der', 'di', 'van', 'von', 'la', 'le', 'el', 'bin', 'ibn', 'abu', 'al', 'du', 'dos']);

function hasClass(tok: Token, letters: string): boolean {
  const cls = wordClasses(tok.norm);
  for (const letter of letters) if (cls.includes(letter)) return true;
  return false;
}

/** One key per distinct name form. */
export const nameKey = (ref: NameRef) => ref.words.join(' ');

/** A capitalized word that can be part of a name (not "But", "The", "On", "Tuesday"). */
export function isNameWord(tok: Token | undefined): boolean {
  if (!tok || !tok.cap || tok.kind !== 'word') return false;
  if (tok.allCaps || !hasClass(tok, 'XMW')) return true; // "WHO" is an acronym, not a pronoun
  return hasClass(tok, 'FLPO') && !hasClass(tok, 'X');
}

/** The full stop of an initial or an abbreviated honorific ("J.", "Mr."). */
const isAttachedStop = (tokens: Token[], i: number) =>
  tokens[i]?.text === '.' && tokens[i]!.gap === '' && isNameWord(tokens[i - 1]) &&
  (tokens[i - 1]!.text.length === 1 || HONORIFICS.has(tokens[i - 1]!.norm));

// How far after "and" an organization word may come: "Finance and Economy Ministry".
const AND_REACH = 4;

/**
 * Whether the joiner at i is inside a name. "of" and "for" join only after an organization word
 * or a title ("Bank of England", "Minister for Sport"), not after a person ("Jamie Graham of
 * Total Film"); "and" only when an organization word follows ("Finance and Economy Ministry",
 * not "Ryan Crabbe and Gordon Rennie"); particles always ("Ludwig van Beethoven").
 */
const isJoiner = (tokens: Token[], i: number) => {
  const tok = tokens[i];
  if (!tok || tok.cap || !NAME_JOINERS.has(tok.norm) || !isNameWord(tokens[i + 1])) return false;
  const prev = tokens[i - 1];
  if (!isNameWord(prev) && !isAttachedStop(tokens, i - 1)) return false;
  if (PARTICLES.has(tok.norm)) return true;
  if (tok.norm === 'of' || tok.norm === 'for') return ORG_WORDS.has(prev!.norm) || isTitleWord(prev!) || hasClass(prev!, 'O');
  for (let k = i + 1; k <= i + AND_REACH && isNameWord(tokens[k]); k++) if (ORG_WORDS.has(tokens[k]!.norm)) return true;
  return false;
};

/** A month or weekday as a surname right after a given name ("Theresa May", "Mike Friday"). */
const isAmbiguousSurname = (tokens: Token[], i: number) => {
  const tok = tokens[i];
  const calendar = !!tok && tok.cap && tok.kind === 'word' && (hasClass(tok, 'MW') || tok.norm === 'may');
  return calendar && tok!.gap === ' ' && isNameWord(tokens[i - 1]);
};

/** A capitalized particle inside a name: "Mr De Vido", "Simon Le Bon", "El Guerrouj". */
const isNameParticle = (tokens: Token[], i: number) =>
  !!tokens[i]?.cap && PARTICLES.has(tokens[i]!.norm) && tokens[i + 1]?.gap === ' ' && isNameWord(tokens[i + 1]);

const isNameToken = (tokens: Token[], i: number) =>
  isNameWord(tokens[i]) || isAmbiguousSurname(tokens, i) || isNameParticle(tokens, i);

const inRun = (tokens: Token[], i: number) => isNameToken(tokens, i) || isAttachedStop(tokens, i) || isJoiner(tokens, i);

// No name runs longer than this ("Former U.S. President Donald J. Trump" is 8 tokens).
const MAX_RUN = 12;

/** [from, to) of the run of name words that ends at token `last`, not reaching before `lo`. */
export function runEndingAt(tokens: Token[], last: number, lo: number): [number, number] | null {
  if (last < lo || !(isNameToken(tokens, last) || isAttachedStop(tokens, last))) return null;
  let from = last;
  while (from - 1 >= Math.max(lo, last + 1 - MAX_RUN) && inRun(tokens, from - 1) && !tokens[from]!.gap.includes('\n')) from--;
  while (!isNameToken(tokens, from)) from++;
  return [from, last + 1];
}

/** [from, to) of the run of name words that starts at token `first`, not reaching `hi`. */
export function runStartingAt(tokens: Token[], first: number, hi: number): [number, number] | null {
  if (first >= hi || !isNameToken(tokens, first)) return null;
  let to = first + 1;
  while (to < Math.min(hi, first + MAX_RUN) && inRun(tokens, to) && !tokens[to]!.gap.includes('\n')) to++;
  while (!isNameToken(tokens, to - 1) && !isAttachedStop(tokens, to - 1)) to--;
  return [first, to];
}

const isTitleWord = (tok: Token): boolean =>
  TITLE_WORDS.has(tok.norm) || HONORIFICS.has(tok.norm) || (hasClass(tok, 'A') && !hasClass(tok, 'FLP')) ||
  (tok.norm.includes('-') && tok.norm.split('-').some((part) => TITLE_WORDS.has(part))); // "Vice-President"

// Words that cannot be part of a person's name: acronyms (INTERPOL, U.S.), countries and
// nationalities (British), organization heads (Ministry, Bank).
const excludedFromPerson = (tok: Token) =>
  tok.allCaps || hasClass(tok, 'CD') || ORG_WORDS.has(tok.norm);

// Words that describe a person before the name: parties, adjectives, nationalities ("Lib Dem",
// "Russian", "Oscar-nominated").
const isDescriptor = (tok: Token) =>
  PARTY_WORDS.has(tok.norm) || (hasClass(tok, 'JDC') && !hasClass(tok, 'FLP')) || /-\p{Ll}/u.test(tok.text);

// Words of nationality, religion or party the lexicon may file as plain adjectives or not at all
// ("Jewish", "Tory", "Dutchman", "Newport-based").
const isNationality = (tok: Token) =>
  PARTY_WORDS.has(tok.norm) || /-\p{Ll}/u.test(tok.text) || /(?:ch|sh|s)(?:wo)?man$/.test(tok.norm) ||
  (hasClass(tok, 'J') && !hasClass(tok, 'FLP') && /(?:ish|ese|ian|ic)$/.test(tok.norm));

/**
 * Whether the run names an organization rather than a person: it ends with an organization
 * word ("Finance Ministry"), is one acronym ("NTL"), or holds an organization word or an
 * "of"/"and" without a title that would put a person's name after it ("National Union of
 * Students", but "Bank of England Governor Mervyn King").
 */
function isOrgRun(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]!;
  if (ORG_WORDS.has(last.norm) || hasClass(last, 'O')) return true;
  if (to - from === 1) return last.allCaps;
  const run = tokens.slice(from, to);
  const orgLike = run.some((t) => ORG_WORDS.has(t.norm) || (NAME_JOINERS.has(t.norm) && !PARTICLES.has(t.norm)));
  return orgLike && !run.some((t) => t.cap && isTitleWord(t));
}

/** Gender told by an honorific right before a name. */
const honorificGender = (tokens: Token[], from: number) => {
  const before = tokens[from - 1]?.text === '.' ? tokens[from - 2] : tokens[from - 1];
  return before ? HONORIFICS.get(before.norm) : undefined;
};

function nameRef(doc: Doc, from: number, to: number, isOrg: boolean): NameRef {
  const words = doc.tokens.slice(from, to).filter((t) => t.kind === 'word').map((t) => t.norm);
  const ref: NameRef = { from, to, text: doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end), words, isOrg };
  const gender = isOrg ? undefined : honorificGender(doc.tokens, from);
  if (gender) ref.gender = gender;
  return ref;
}

/**
 * The name a run of capitalized words stands for: an organization run whole (without a
 * leading "The"), a person without the titles, honorifics and affiliations before the name.
 */
export function nameInRun(doc: Doc, [from, end]: [number, number]): NameRef | null {
  const { tokens } = doc;
  if (isCommonOpener(doc, [from, end])) return null;
  let to = end;
  while (to - 1 > from && POSTNOMINALS.has(tokens[to - 1]!.norm) && tokens[to - 1]!.cap) to--;
  if (isOrgRun(tokens, from, to)) {
    const first = tokens[from]!.norm === 'the' ? from + 1 : from;
    return first < to ? nameRef(doc, first, to, true) : null;
  }
  let first = to - 1;
  const surname = tokens[first]!;
  // "MPs", "CEOs": a plural acronym names a group
  if (surname.allCaps || /^\p{Lu}{2,}s$/u.test(surname.text) || ORG_WORDS.has(surname.norm) || HONORIFICS.has(surname.norm)) return null;
  // a title or a nationality ends a name only as a surname after a given name or honorific
  // ("Simon Champion", "Philip French", "Mr Barber"; not "World Champion", "the French")
  const given = tokens[first - 1];
  const givenBefore = first > from && given!.kind === 'word' && !isTitleWord(given!) && !isDescriptor(given!) && !excludedFromPerson(given!);
  const honorific = (tokens[first - 1]?.text === '.' ? tokens[first - 2] : tokens[first - 1])?.norm ?? '';
  const afterHonorific = first > from && (SURNAME_HONORIFICS.has(honorific) || (HONORIFICS.has(honorific) && !isTitleWord(surname)));
  if ((isTitleWord(surname) || excludedFromPerson(surname) || isNationality(surname)) && !givenBefore && !afterHonorific) return null;
  while (first - 1 >= from) {
    const prev = tokens[first - 1]!;
    const keep = isAttachedStop(tokens, first - 1)
      ? !HONORIFICS.has(tokens[first - 2]!.norm)
      : PARTICLES.has(prev.norm) || (prev.kind === 'word' && prev.cap && !isTitleWord(prev) && !excludedFromPerson(prev) && !isDescriptor(prev));
    if (!keep || isOpeningDescriptor(doc, first - 1, first)) break;
    first--;
  }
  // "MP for Birkenhead": a name right after "of"/"for" is the title's place or field, not a person
  if (NAME_JOINERS.has(tokens[first - 1]?.norm ?? '') && first > from) return null;
  return nameRef(doc, first, to, false);
}

const QUOTE_OR_COLON = /^["“‘':]$/;
const opensSentence = (doc: Doc, i: number) =>
  i === doc.sentences[doc.tokens[i]!.sentence]![0] || QUOTE_OR_COLON.test(doc.tokens[i - 1]?.text ?? '');

// Words written capitalized inside a sentence somewhere in the document, computed once per document.
const capitalizedInside = new WeakMap<Doc, Set<string>>();
function capitalizedMidSentence(doc: Doc): Set<string> {
  let words = capitalizedInside.get(doc);
  if (!words) {
    words = new Set();
    doc.tokens.forEach((tok, i) => {
      if (tok.cap && tok.kind === 'word' && !opensSentence(doc, i)) words!.add(tok.norm);
    });
    capitalizedInside.set(doc, words);
  }
  return words;
}

// Nouns of people by what they do: goalscorer, winger, guitarist, comedian, youngster.
const AGENT_NOUN = /\p{L}{3}(?:er|or|ist|ian|ster)$/u;

/**
 * "Goalscorer Jimmy Hale", "Winger Ryan Giggs": an agent noun opening the sentence before a given
 * name, capitalized nowhere else in the document and known to the lexicon as no name, describes
 * the person rather than naming them.
 */
function isOpeningDescriptor(doc: Doc, i: number, next: number): boolean {
  const tok = doc.tokens[i]!;
  return opensSentence(doc, i) && AGENT_NOUN.test(tok.norm) && !!givenNameGender(doc.tokens[next]!.norm) && !givenNameGender(tok.norm) &&
    !hasClass(tok, 'FLPO') && !capitalizedMidSentence(doc).has(tok.norm);
}

/**
 * A lone capitalized word opening a sentence that the document never capitalizes inside a
 * sentence and the lexicon does not know as a name: an ordinary word ("Later, ...",
 * "Prosecutors said"), not "Apple said" when "Apple" is a name further on.
 */
function isCommonOpener(doc: Doc, [from, to]: [number, number]): boolean {
  const tok = doc.tokens[from]!;
  return to - from === 1 && opensSentence(doc, from) && !tok.allCaps && !hasClass(tok, 'FLPO') &&
    !capitalizedMidSentence(doc).has(tok.norm);
}

/**
 * Title words written around a person name ("Foreign Secretary X", "honorary mayor, X", "X, the
 * mayor,"), and the capitalized words of the affiliation before the titles ("Only Fools and Horses
 * star X").
 */
function rolesAround(tokens: Token[], ref: NameRef): { roles: string[]; affiliation: string[] } {
  const roles: string[] = [];
  const affiliation: string[] = [];
  let i = ref.from - 1;
  if (tokens[i]?.text === ',') i--;
  for (let n = 0; n < 4 && i >= 0 && tokens[i]!.kind === 'word' && isTitleWord(tokens[i]!); n++, i--) roles.push(tokens[i]!.norm);
  if (roles.length) for (let n = 0; n < 6 && i >= 0 && (isNameWord(tokens[i]) || isJoiner(tokens, i)); n++, i--) affiliation.push(tokens[i]!.norm);
  let j = ref.to;
  if (tokens[j]?.text !== ',') return { roles, affiliation };
  j++;
  if (['the', 'a', 'an'].includes(tokens[j]?.norm ?? '')) j++;
  for (let n = 0; n < 4 && tokens[j]?.kind === 'word' && !tokens[j]!.cap; n++, j++) {
    if (isTitleWord(tokens[j]!)) roles.push(tokens[j]!.norm);
  }
  return { roles, affiliation };
}

/** Every name in the document, for resolving short mentions to their fullest form. */
export class NameIndex {
  /** last word -> people / organizations whose name ends with it */
  private readonly peopleByLast = new Map<string, Map<string, NameRef>>();
  private readonly orgsByLast = new Map<string, Map<string, NameRef>>();
  /** first word -> distinct longer person names starting with it */
  private readonly peopleByFirst = new Map<string, Map<string, NameRef>>();
  /** fullest person name -> gender told by an honorific or a resolved pronoun */
  private readonly genders = new Map<string, Gender>();
  /** role word -> the people it is used for, by fullest name */
  private readonly roles = new Map<string, Map<string, NameRef>>();
  /** fullest person name -> every title word written around it */
  private readonly titles = new Map<string, Set<string>>();
  /** fullest person name -> the capitalized words of the affiliations written before their titles */
  private readonly affiliations = new Map<string, Set<string>>();
  /** document noun -> the entities whose document it is ("the World Bank report") */
  private readonly documents = new Map<string, Map<string, NameRef>>();

  constructor(doc: Doc) {
    const { tokens } = doc;
    const people: NameRef[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const run = runStartingAt(tokens, i, tokens.length);
      if (!run) continue;
      i = run[1] - 1;
      const ref = nameInRun(doc, run);
      if (!ref) continue;
      if (ref.isOrg) {
        addHolder(this.orgsByLast, lastWord(ref), ref);
      } else {
        people.push(ref);
        addHolder(this.peopleByLast, lastWord(ref), ref);
        if (ref.words.length > 1) addHolder(this.peopleByFirst, ref.words[0]!, ref);
      }
      const noun = tokens[run[1]];
      if (noun && !noun.cap && DOCUMENT_NOUNS.has(noun.norm)) addHolder(this.documents, noun.norm, ref);
    }
    for (const p of people) {
      const full = this.fullest(p);
      if (p.gender) this.genders.set(nameKey(full), p.gender);
      const { roles, affiliation } = rolesAround(tokens, p);
      for (const role of roles) {
        addHolder(this.roles, role, full);
        addWord(this.titles, nameKey(full), role);
      }
      for (const word of affiliation) addWord(this.affiliations, nameKey(full), word);
    }
  }

  /** The longest person name in the document that ends with the mention's words (or, for one word, starts with it). */
  fullest(ref: NameRef): NameRef {
    if (ref.isOrg) return this.fullestOrg(ref);
    const best = longestEndingWith(this.peopleByLast, ref);
    if (best !== ref || ref.words.length !== 1) return best;
    const byFirst = this.peopleByFirst.get(ref.words[0]!);
    return byFirst?.size === 1 ? [...byFirst.values()][0]! : ref;
  }

  private fullestOrg(ref: NameRef): NameRef {
    return longestEndingWith(this.orgsByLast, ref);
  }

  /** Whether a person may be the one a role phrase refers back to: the phrase lacks no office word of theirs (shadow, former). */
  mayHold(person: NameRef, modifiers: string[]): boolean {
    const titles = this.titles.get(nameKey(this.fullest(person))) ?? new Set<string>();
    return [...titles].every((t) => !OFFICE_MODIFIERS.has(t) || modifiers.includes(t));
  }

  /**
   * Whether a person's titles fit the words of a role phrase: its title words, its capitalized
   * words ("the Two Ronnies star"), and no office word it lacks.
   */
  private holdsTitle(person: NameRef, modifiers: string[], named: string[]): boolean {
    const titles = this.titles.get(nameKey(person)) ?? new Set<string>();
    const affiliation = this.affiliations.get(nameKey(person)) ?? new Set<string>();
    const said = new Set(modifiers);
    return modifiers.every((m) => !TITLE_WORDS.has(m) || titles.has(m)) && named.every((w) => affiliation.has(w) || titles.has(w)) &&
      [...titles].every((t) => !OFFICE_MODIFIERS.has(t) || said.has(t));
  }

  /**
   * Gender of a person: from an honorific on this mention, the given name of their fullest name
   * ("Sharon Osbourne", not her husband), an honorific elsewhere, or a pronoun already resolved to them.
   */
  genderOf(ref: NameRef): Gender | undefined {
    if (ref.gender) return ref.gender;
    const full = this.fullest(ref);
    return (full.words.length > 1 ? givenGender(full.words[0]!) : undefined) ?? this.genders.get(nameKey(full));
  }

  /**
   * Whether a person name of no known gender is a place and common words ("Bangkok Film
   * Market"): more likely a venue or an event than someone a pronoun stands for.
   */
  isPlaceLed(ref: NameRef): boolean {
    const [first, ...rest] = this.fullest(ref).words;
    const place = /[GC]/.test(wordClasses(first!)) && !/[FLP]/.test(wordClasses(first!));
    return place && rest.length > 0 && rest.every((w) => /^[NVJ]+$/.test(wordClasses(w))) && !this.genderOf(ref);
  }

  /** Records the gender a resolved "he"/"she" tells about a person not known before. */
  noteGender(ref: NameRef, gender: Gender): void {
    const key = nameKey(this.fullest(ref));
    if (!this.genders.has(key)) this.genders.set(key, gender);
  }

  /**
   * The one person whose name ends with a capitalized word that is also a title or common noun
   * ("said King" for "Jason King", "said Shepherd" for "Freddy Shepherd"); else null.
   */
  personBySurname(word: string): NameRef | null {
    const holders = [...(this.peopleByLast.get(word)?.values() ?? [])].filter((p) => p.words.length > 1);
    const fullest = new Map(holders.map((p) => [nameKey(this.fullest(p)), this.fullest(p)]));
    return fullest.size === 1 ? [...fullest.values()][0]! : null;
  }

  /**
   * The one entity a role noun stands for in this document: the person given that title
   * ("the foreign secretary", not the shadow one), or the organization whose name ends with it
   * ("the ministry"); else null.
   */
  holderOf(role: string, modifiers: string[] = [], named: string[] = []): NameRef | null {
    const people = this.roles.get(role);
    if (people) {
      const fitting = [...people.values()].filter((p) => this.holdsTitle(p, modifiers, named));
      return fitting.length === 1 ? fitting[0]! : null;
    }
    const documents = this.documents.get(role);
    if (documents) return documents.size === 1 ? this.fullest([...documents.values()][0]!) : null;
    const orgs = new Map<string, NameRef>();
    for (const o of this.orgsByLast.get(role)?.values() ?? []) {
      if (o.words.length < 2) continue; // "Committee" alone names nothing
      const full = this.fullestOrg(o);
      orgs.set(nameKey(full), full);
    }
    return orgs.size === 1 ? [...orgs.values()][0]! : null;
  }
}

/** The longest name in the table (by last word, then distinct form) that ends with the mention's words. */
function longestEndingWith(table: Map<string, Map<string, NameRef>>, ref: NameRef): NameRef {
  let best = ref;
  for (const c of table.get(lastWord(ref))?.values() ?? []) {
    if (c.words.length > best.words.length && endsWith(c.words, ref.words)) best = c;
  }
  return best;
}

const GIVEN_GENDER = { male: 'm', female: 'f' } as const;
const givenGender = (word: string): Gender | undefined => {
  const g = givenNameGender(word);
  return g && GIVEN_GENDER[g];
};

const lastWord = (ref: NameRef) => ref.words[ref.words.length - 1]!;

/** Adds a word to the set filed under a key. */
function addWord(table: Map<string, Set<string>>, key: string, word: string): void {
  table.set(key, (table.get(key) ?? new Set<string>()).add(word));
}

/** Adds a name to the distinct names filed under a key. */
function addHolder(table: Map<string, Map<string, NameRef>>, key: string, ref: NameRef): void {
  const holders = table.get(key) ?? new Map<string, NameRef>();
  holders.set(nameKey(ref), ref);
  table.set(key, holders);
}

function endsWith(words: string[], tail: string[]): boolean {
  if (tail.length > words.length) return false;
  const off = words.length - tail.length;
  return tail.every((w, k) => words[off + k] === w);
}
