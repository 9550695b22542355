/**
 * Lexical evidence about a span of tokens: does it look like an organization, a person, a
 * place? Pure predicates over the document's tokens and the lexicon, used by the chunker.
 */
import { lookup } from '../../knowledge/index.js';
import { isPlainWord } from '../../lexicon/common-words.js';
import { wordsTable } from '../../lexicon/index.js';
import { COMMON_CLASSES, has, hasOnly, NAME_CLASSES, PERSON_CLASSES, WordClass, wordClass } from '../../lexicon/word-class.js';
import {
  BUSINESS_FIGURES, BUSINESS_WORDS_BEFORE, CLUB_PLACE_HEADS, COMPANY_VERBS, DETERMINERS, LOCATIVES, NON_ORG_ACRONYMS, ORG_APPOSITIVES, ORG_DESCRIPTORS, ORG_HEADS, ORG_OF_HEADS,
  PERSON_OR_ORG_DESCRIPTORS, PERSON_PARTICLES, PERSON_VERBS, PLACE_HEADS, PLACE_PREFIXES, POST_NOMINALS, THING_HEADS, TITLE_WORDS,
} from '../../lexicon/entity-cues.js';
import { perSpan, SpanAnswers, spanKey, type Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import { countryAt, countryOfWord } from './gazetteer.js';
import { knownOrganization } from './known-names.js';

/** Per-document facts the classification rules consult. */
export interface Ctx {
  headline: boolean[];
  /** Acronyms used as common nouns: "a PVR", "PCs". */
  genericAcronyms: Set<string>;
  /** A sports report, where a lone place-like name ("Kent") is more likely a team than a person. */
  sports: boolean;
  /** Words the document also writes in lower case: common words, whatever the lexicon knows. */
  lowerWords: Set<string>;
  /** Words the document also uses alone as a name mid-sentence ("Slater said"): likely surnames. */
  loneNames: Set<string>;
  /** One-word names the document writes after "in" ("in Lakeport"): places there, whatever else they name. */
  placeNames: Set<string>;
}


/** Head words: the hand list plus compromise's organization words. */
export const ORG_HEAD_WORDS = new Set([...ORG_HEADS, ...wordsTable.orgWords.filter((w) => !CLUB_PLACE_HEADS.has(w))]);

const PLACE_HEADS_SET = new Set(PLACE_HEADS);
export const PLACE_WORDS = new Set([...wordsTable.placeWords, ...PLACE_HEADS]);
const PLACE_OR_ORG = WordClass.Organization | WordClass.Country | WordClass.Place | WordClass.Demonym;

export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

/** Every token of [a, b) passes: `tokens.slice(a, b).every(test)` without the copy, as the rules ask it of every segment. */
export function everyToken(tokens: Token[], a: number, b: number, test: (t: Token) => boolean): boolean {
  for (let k = a; k < b; k++) if (!test(tokens[k]!)) return false;
  return true;
}

/** Some token of [a, b) passes: `tokens.slice(a, b).some(test)` without the copy. */
export function someToken(tokens: Token[], a: number, b: number, test: (t: Token) => boolean): boolean {
  for (let k = a; k < b; k++) if (test(tokens[k]!)) return true;
  return false;
}
/** Known as a common word and not as a name: "watch", not "brown". */
export const commonOnly = (norm: string): boolean => has(norm, COMMON_CLASSES) && !has(norm, NAME_CLASSES);

/**
 * An everyday English word and nothing else: common by compromise's classes or in the plain
 * word list, and not a name compromise knows ("antiques", "watch"; not "brown", "kelly").
 */
export function everydayWord(norm: string): boolean {
  return !has(norm, NAME_CLASSES) && (has(norm, COMMON_CLASSES) || isPlainWord(norm));
}

/** Every word of tokens [a, b) is an everyday word ("Human Rights Watch", "Antiques Roadshow"). */
export const allEverydayWords = (doc: Doc, a: number, b: number): boolean =>
  everyToken(doc.tokens, a, b, (t) => t.kind !== 'word' || (!t.allCaps && everydayWord(t.norm)));

/**
 * A name made of everyday words, so no person's name without more evidence: "Tourist", "Human
 * Rights Watch". The plain word list holds many surnames ("Shaw", "Slater"), so a lone word
 * counts only when compromise calls it common, and a longer name is spared when the document
 * also uses its last word alone ("Christian Slater ... Slater said").
 */
export function everydayName(doc: Doc, a: number, b: number, ctx: Ctx): boolean {
  if (b - a === 1) return commonOnly(doc.tokens[a]!.norm);
  return allEverydayWords(doc, a, b) && !ctx.loneNames.has(doc.tokens[b - 1]!.norm);
}

/** The token before token a on the same line: context never reaches across a line break. */
export function tokenBefore(doc: Doc, a: number): Token | undefined {
  const { tokens } = doc;
  // Bounded: a read outside the tokens (before the first, at a text's start) is a slow
  // look-up of a property, and deoptimises every caller.
  if (a <= 0 || a > tokens.length) return undefined;
  return a < tokens.length && tokens[a]!.gap.includes('\n') ? undefined : tokens[a - 1];
}

/**
 * Lower-case words of tokens [a, b), the key names are looked up and compared by. Built once per
 * span: the rules ask for the same span's key again and again (333k asks, 88k spans on the bbc
 * corpus), and the same string back lets the word-class memo find it by the hash V8 keeps with it.
 */
export const normKey = perSpan((doc: Doc, a: number, b: number): string => {
  let key = '';
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'word' || t.text === '&') key = key ? `${key} ${t.norm}` : t.norm;
  }
  return key;
});

/** A known organization or a name ending in an organization head word ("Records Office"). */
export function orgByHead(doc: Doc, a: number, b: number): boolean {
  return knownOrg(doc, a, b) || (b - a >= 2 && ORG_HEAD_WORDS.has(lastWord(doc, a, b).norm) && !knownPlace(doc, a, b));
}

/** The last word of a name, past a channel number ("BBC News 24"). */
const lastWord = (doc: Doc, a: number, b: number): Token => {
  let k = b - 1;
  while (k > a && doc.tokens[k]!.kind === 'number') k--;
  return doc.tokens[k]!;
};

/** A place the lexicon knows, or a compass word plus one noun ("West Bank", "Cape Town"). */
const knownPlace = (doc: Doc, a: number, b: number): boolean =>
  has(normKey(doc, a, b), WordClass.Place) || (b - a === 2 && PLACE_PREFIXES.has(doc.tokens[a]!.norm));

/** compromise's lexicon or the knowledge of names knows tokens [a, b) as an organization. */
export const knownOrg = perSpan((doc: Doc, a: number, b: number): boolean =>
  has(normKey(doc, a, b), WordClass.Organization) || !!knownOrganization(doc, a, b));

const ACRONYM_SHAPE = /^\p{Lu}(?:\p{Lu}{2,7}|\p{Lu}*&\p{Lu}{2,})$/u;

/** An unknown all-caps word of three or more letters ("AFRIPOL", "IOM"), not "R&D". */
function acronymLike(t: Token, ctx: Ctx, i: number): boolean {
  return t.allCaps && !ctx.headline[i] && !ctx.genericAcronyms.has(t.norm) && ACRONYM_SHAPE.test(t.text) && !NON_ORG_ACRONYMS.has(t.norm);
}

/**
 * A test of tokens [a, b) under a document's context, answered once per span and context as
 * perSpan does (document.ts). The chunker asks the same span again while it splits a run and then
 * classifies its pieces; the context's sets are complete before it splits the first run, so an
 * answer stays.
 */
function perContextSpan(test: (doc: Doc, a: number, b: number, ctx: Ctx) => boolean): (doc: Doc, a: number, b: number, ctx: Ctx) => boolean {
  const memo = new SpanAnswers<boolean>();
  return (doc, a, b, ctx) => {
    const answers = memo.of(ctx), key = spanKey(doc, a, b);
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = test(doc, a, b, ctx)));
    return answer;
  };
}

/** Organization evidence inside [a, b): a known name, a head word, "Bank of ...", an acronym. */
export const looksLikeOrg = perContextSpan((doc: Doc, a: number, b: number, ctx: Ctx): boolean => {
  const { tokens } = doc;
  if (knownOrg(doc, a, b)) return true;
  if (knownPlace(doc, a, b)) return false;
  const last = lastWord(doc, a, b);
  if (b - a >= 2 && (ORG_HEAD_WORDS.has(last.norm) || (ctx.sports && CLUB_PLACE_HEADS.has(last.norm)))) return true;
  for (let k = a; k < b - 1; k++) {
    if ((tokens[k + 1]!.norm === 'of' || tokens[k + 1]!.norm === 'for') && ORG_OF_HEADS.has(tokens[k]!.norm)) return true;
    if (tokens[k]!.text === '&' && k > a) return true; // "Bradford & Bingley"
  }
  // "BBC One", "Vanta Pictures": a known organization or acronym names its parts too — unless the
  // document uses the last word alone as a name ("Hal Brand ... Brand said"): a surname.
  // Not an event or a day named after it ("Labour Day", "Acme Cup").
  if (b - a >= 2 && b - a <= 3 && (knownOrg(doc, a, a + 1) || acronymLike(tokens[a]!, ctx, a)) && !countryAt(tokens, a, a + 1) && !THING_HEADS.has(last.norm) &&
    !looksLikePerson(doc, a + 1, b, ctx) && !ctx.loneNames.has(tokens[b - 1]!.norm)) return true;
  return b - a === 1 && acronymLike(last, ctx, a) && !countryAt(tokens, a, b);
});

/** Person evidence: the lexicon knows the name, the first name or the surname, or the shape fits. */
export const looksLikePerson = perContextSpan((doc: Doc, a: number, b: number, ctx: Ctx): boolean => {
  const { tokens } = doc;
  const words = nameWordsOf(tokens, a, b);
  if (!words.some((t) => t.text.length > 1) || namesAThing(words)) return false;
  // "de Silva": a surname with its particles is looked up as the surname.
  const whole = words.length === 1 ? words[0]!.norm : normKey(doc, a, b);
  const lone = !ctx.headline[a] && !LOCATIVES.has(tokenBefore(doc, a)?.norm ?? '');
  // Alone, not a place of the document ("in Sydney") nor, in a sports report, a club ("Kent").
  const loneName = lone && !ctx.placeNames.has(whole) && !(ctx.sports && lookup(whole)?.type === 'club');
  if (has(whole, WordClass.PersonName) && !has(whole, WordClass.Organization | WordClass.Country | WordClass.Place) && (words.length >= 2 || loneName)) return true;
  // A lone surname the lexicon knows only as a name ("Clinton"), not after "in" ("in Houston").
  if (words.length === 1) return lone && has(whole, WordClass.Surname) && hasOnly(whole, WordClass.FirstName | WordClass.Surname);
  // "Grace Road", "Sunset Boulevard": a street or building, unless the document uses the last
  // word alone as a name ("Helen Park ... Ms Park").
  const last = words[words.length - 1]!.norm;
  if (PLACE_HEADS_SET.has(last) && !(ctx.loneNames.has(last) && hasOnly(words[0]!.norm, PERSON_CLASSES))) return false;
  if (words.length > 4) return false;
  // Line-up style "T Mensah", "S. Waugh": an initial and a surname.
  if (words.length === 2 && words[0]!.text.length === 1 && words[0]!.cap && !words[1]!.allCaps && !has(words[1]!.norm, PLACE_OR_ORG)) {
    // "M. Butcher" always; "X Factor" not: without the dot the surname must not be a common word.
    return tokens[a + 1]?.text === '.' || nameShaped(doc, b - 1, b);
  }
  const first = words[0]!.norm;
  if (has(whole, WordClass.Organization | WordClass.Place)) return false;
  if (has(first, WordClass.FirstName) && !has(first, PLACE_OR_ORG) && !has(last, PLACE_OR_ORG)) return true;
  if (PLACE_WORDS.has(last)) return false;
  if (has(last, WordClass.Surname) && !has(last, PLACE_OR_ORG) && !has(first, PLACE_OR_ORG)) return true;
  return false;
});

/** The words of tokens [a, b) but name particles ("de", "van"): gathered in one walk, not sliced and then filtered. */
function nameWordsOf(tokens: Token[], a: number, b: number): Token[] {
  const words: Token[] = [];
  for (let k = a; k < b; k++) if (tokens[k]!.kind === 'word' && !PERSON_PARTICLES.has(tokens[k]!.norm)) words.push(tokens[k]!);
  return words;
}

/** Names of laws, events, prizes and plans end in a word saying so ("Terrorism Bill", "World Summit"). */
const namesAThing = (words: Token[]): boolean => words.length > 1 && THING_HEADS.has(words[words.length - 1]!.norm);

/**
 * Two or three capitalised words the lexicon does not know ("Jalel Chelba", but also "Hollywood
 * Boulevard"). The tests that turn a name down are asked cheapest first: set look-ups, then the
 * lexicon's word by word.
 */
export function unknownNameShape(doc: Doc, a: number, b: number, ctx: Ctx): boolean {
  const words = nameWordsOf(doc.tokens, a, b);
  if (ctx.headline[a] || words.length < 2 || words.length > 3 || namesAThing(words)) return false;
  const last = words[words.length - 1]!.norm;
  if (PLACE_WORDS.has(last) || ORG_HEAD_WORDS.has(last) || PLACE_PREFIXES.has(words[0]!.norm)) return false;
  if (words.some((t) => ctx.lowerWords.has(t.norm))) return false; // "Intellectual Property", "property rights"
  // A place or organization compromise knows as a whole ("Hong Kong", "Los Angeles").
  if (has(normKey(doc, a, b), WordClass.Country | WordClass.Place | WordClass.Organization)) return false;
  // Capitalised everyday words name shows, events and groups ("Antiques Roadshow", "Tai Chi").
  if (everydayName(doc, a, b, ctx)) return false;
  if (words.some((t) => t.allCaps || countryOfWord(t.text))) return false; // "Broadband Britain"
  // Every word unknown or a name, but one may be a rare noun homograph ("Wang Donghai"), not the last.
  let unknownOrNamed = 0, nouns = 0, lastClass = 0;
  for (const t of words) {
    lastClass = wordClass(t.norm);
    if (lastClass === WordClass.Noun) nouns++;
    else if ((lastClass & ~PERSON_CLASSES) === 0) unknownOrNamed++;
    else return false;
  }
  return unknownOrNamed >= 1 && nouns <= 1 && lastClass !== WordClass.Noun;
}

const NATIONALITY_SHAPE = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|ean)$/u;

/** A nationality word, known to the lexicon or shaped like one ("Kurdish", "Faroese", "Andorran"). */
export const nationalityWord = (t: Token): boolean => has(t.norm, WordClass.Demonym) || NATIONALITY_SHAPE.test(t.text);

/** The two-word phrases of a set, by their first word. */
function pairsByFirstWord(phrases: ReadonlySet<string>): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    if (words.length !== 2) continue;
    let seconds = pairs.get(words[0]!);
    if (!seconds) pairs.set(words[0]!, (seconds = new Set()));
    seconds.add(words[1]!);
  }
  return pairs;
}

/** Tokens x and y spell one of the pairs: looked up word by word, no string built for every name asked about. */
const isPair = (pairs: Map<string, Set<string>>, x: Token, y: Token): boolean => !!pairs.get(x.norm)?.has(y.norm);

const ORG_APPOSITIVE_PAIRS = pairsByFirstWord(ORG_APPOSITIVES);
const BUSINESS_PAIRS_BEFORE = pairsByFirstWord(BUSINESS_WORDS_BEFORE);

/**
 * Company evidence around a name: a describing noun before ("cable firm Cablecom",
 * "London-based Orvex"), or an inner capital ("DataPlexa").
 */
export function companyContext(doc: Doc, a: number, b: number): boolean {
  if (b - a === 1 && nationalityWord(doc.tokens[a]!)) return false; // "rival Kurdish factions"
  const prev = tokenBefore(doc, a);
  if (prev && ((!prev.cap && ORG_DESCRIPTORS.has(prev.norm) && !describesPerson(doc, prev, a, b)) || prev.norm.endsWith('-based'))) return true;
  // "its maker, Eli Lilly": the describing noun in apposition.
  const described = tokenBefore(doc, a - 1);
  if (prev?.text === ',' && described && !described.cap && ORG_DESCRIPTORS.has(described.norm)) return true;
  // "Interfax news agency", "Kommersant newspaper".
  const next = doc.tokens[b], after = doc.tokens[b + 1];
  if (next && !next.cap && (ORG_APPOSITIVES.has(next.norm) || (after && isPair(ORG_APPOSITIVE_PAIRS, next, after)))) return true;
  return b - a === 1 && INNER_CAPITAL.test(doc.tokens[a]!.text) && !SURNAME_PREFIX.test(doc.tokens[a]!.text);
}

/** "DataPlexa": a capital inside a word. */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/** Surnames with an inner capital after a patronymic prefix: "McAllister", "MacLeod", "FitzGerald". */
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz)\p{Lu}\p{Ll}/u;

/** "his rival Alan Milburn": a describing noun used of people too, before a given name and a surname. */
const describesPerson = (doc: Doc, descriptor: Token, a: number, b: number): boolean =>
  PERSON_OR_ORG_DESCRIPTORS.has(descriptor.norm) && b - a >= 2 && has(doc.tokens[a]!.norm, WordClass.FirstName);

/** A lone word after a title must not be a common word ("Star Wars"). */
export function nameShaped(doc: Doc, a: number, b: number): boolean {
  let words = 0, last: Token | undefined;
  for (let k = a; k < b; k++) if (doc.tokens[k]!.kind === 'word') { words++; last = doc.tokens[k]; }
  if (words !== 1) return words > 1;
  const norm = last!.norm;
  return has(norm, NAME_CLASSES) || !has(norm, COMMON_CLASSES);
}

export function followedBySpeech(doc: Doc, b: number): boolean {
  if (POST_NOMINALS.has(doc.tokens[b]?.norm ?? '')) b++;
  const next = doc.tokens[b];
  if (next && PERSON_VERBS.has(next.norm)) return true;
  // "Smith, 34, ..." : an age in apposition.
  if (next?.text === ',' && doc.tokens[b + 1]?.kind === 'number' && doc.tokens[b + 2]?.text === ',' && doc.tokens[b + 1]!.text.length <= 2) return true;
  return next?.text === ',' && titleInApposition(doc, b + 1);
}

/** "Lane, economist at ...", "Hart, a doctor, ...", "Cole, the mayor, ...": a job noun in apposition at token k. */
function titleInApposition(doc: Doc, k: number): boolean {
  if (DETERMINERS.has(doc.tokens[k]?.norm ?? '')) k++;
  for (let n = 0; n < 3; n++, k++) {
    const t = doc.tokens[k];
    if (!isWord(t) || t.cap) return false;
    if (TITLE_WORDS.has(t.norm) || has(t.norm, WordClass.Role)) return true;
  }
  return false;
}


/** Auxiliaries between a company's name and its verb ("X has bought"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'also']);

/**
 * Business news about the name at tokens [a, b): a company verb after it ("X reported", "X has
 * bought"), a business figure it speaks of ("X said profits rose", "X said house prices fell"),
 * or a business phrase before it ("shares in X"). Looks at a few fixed tokens only.
 */
export function businessContext(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  // Bounded: a read past the end of the tokens would deoptimise this at the end of a text.
  const word = (k: number) => k < tokens.length && isWord(tokens[k]) && !tokens[k]!.cap && !tokens[k]!.gap.includes('\n');
  let k = b;
  while (k < b + 2 && word(k) && AUXILIARIES.has(tokens[k]!.norm)) k++;
  if (word(k) && COMPANY_VERBS.has(tokens[k]!.norm)) return true;
  if (word(b) && (tokens[b]!.norm === 'said' || tokens[b]!.norm === 'says')) {
    for (let f = b + 1; f <= b + 3 && word(f); f++) if (BUSINESS_FIGURES.has(tokens[f]!.norm)) return true;
  }
  const p = tokenBefore(doc, a), pp = p && tokenBefore(doc, a - 1);
  return isWord(p) && isWord(pp) && isPair(BUSINESS_PAIRS_BEFORE, pp, p);
}
