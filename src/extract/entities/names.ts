/**
 * The shared proper-name chunker. It finds runs of name-like tokens, splits off honorifics
 * and job titles ("INTERPOL Secretary General Jürgen Stock" -> affiliation, title, name), and
 * gives each remaining segment a first guess: person, organization, country or other.
 * people.ts, organizations.ts and countries.ts refine these guesses with document-level
 * evidence (coreference, acronym definitions).
 */
import { isPlainWord } from '../../lexicon/common-words.js';
import { givenNameGender } from '../../lexicon/index.js';
import { COMMON_CLASSES, has, hasOnly, NAME_CLASSES, PERSON_CLASSES, WordClass, wordClass } from '../../lexicon/word-class.js';
import {
  CHANNEL_WORDS, CORPORATE_SUFFIXES, DETERMINERS, HONORIFICS, NAME_CONNECTORS, PARTY_WORDS, PERSON_PARTICLES, NATIONAL_MEDIA, ORG_DESCRIPTORS, ORG_HEADS, ORG_ROLES, POST_NOMINALS,
  PLACE_PREFIXES, PORTFOLIO_TITLES, SKIPPED_IN_ACRONYM, SMALL_WORDS, SURNAME_PARTICLES, TITLE_MODIFIERS, TITLE_QUALIFIERS, TITLE_WORDS,
} from '../../lexicon/entity-cues.js';
import { kindOf, longestMatch, type KnownEntry } from '../../knowledge/index.js';
import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import {
  allEverydayWords, commonOnly, type Ctx, everydayWord, everyToken, followedBySpeech, isWord, knownOrg, looksLikeOrg, looksLikePerson, nationalityWord, ORG_HEAD_WORDS,
  orgByHead, someToken, tokenBefore,
} from './evidence.js';
import { countryAt } from './gazetteer.js';
import { classify, mark, nameSegment } from './kind-rules.js';
import { knownPossessive, startsKnownName } from './known-names.js';
import { countryInBrackets, isSportsReport, LAYOUT_RULES } from './layout-passes.js';

export type NameKind = 'person' | 'org' | 'country' | 'other';

/** A proper-name segment: tokens [first, end) of the document. */
export interface NameSegment {
  first: number;
  end: number;
  kind: NameKind;
  /** Country code when kind is 'country'. */
  code?: string;
  /** Job title or honorific written before the name ("Secretary General", "Mr."). */
  title?: string;
  /** Segment just before the title naming the person's organization or country. */
  affiliation?: NameSegment;
  /** A courtesy title or job title precedes: the segment names a person. */
  cued: boolean;
  /** The id of the rule that decided `kind` (kind-rules.ts, known-names.ts, layout-passes.ts). */
  rule: string;
  /** The knowledge or user-lexicon entry the segment names, when that decided its kind. */
  known?: KnownEntry;
}

export interface Names {
  /** Proper-name segments in text order. */
  segments: NameSegment[];
  /** The runs of name-like tokens [first, end) the segments were cut from, titles included. */
  runs: Array<[number, number]>;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '-', '–', '—']);

/** Per-document spelling evidence: words seen capitalised mid-sentence, words seen in lower case. */
interface CaseMemory {
  capMid: Set<string>;
  lower: Set<string>;
}

function sentenceIsHeadline(tokens: Token[], a: number, b: number): boolean {
  let words = 0, caps = 0, upper = 0, lists = false;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.text === '(' || t.text === ':') lists = true;
    if (!countsInHeadline(t)) continue;
    // The first word is capitalised in any sentence.
    if (words++ === 0 && !t.allCaps) continue;
    if (t.cap) caps++;
    if (t.allCaps) upper++;
    else if (!t.cap && !couldBeHeadline(words, caps, upper, b - i - 1)) return false;
  }
  // Capitals: headlines, and datelines ("BONN 1996-08-30").
  if (words >= 1 && upper / words > 0.6 && (words >= 2 || upper === words)) return true;
  // Title Case headlines: mostly capitals, several of them on common words ("Campaign Makes").
  // Lists and line-ups ("T Mensah (Riverside)", "Subs: ...") are capitalised but not headlines.
  return !lists && words >= 5 && caps / (words - 1) > 0.85 && commonCapitals(tokens, a, b) >= 2;
}

/**
 * Could a sentence still be a headline by its capitals (the shares below) when `rest` tokens
 * follow, all of them words in capitals at best? Most sentences are told apart after a few
 * lower-case words, without asking the rest whether they count. Integer forms of the shares:
 * upper / words > 0.6 and caps / (words - 1) > 0.85.
 */
export function couldBeHeadline(words: number, caps: number, upper: number, rest: number): boolean {
  return 5 * (upper + rest) > 3 * (words + rest) || 20 * (caps + rest) > 17 * (words - 1 + rest);
}

/** A word that counts towards a headline's capitals: no small word ("of", "the"). */
const countsInHeadline = (t: Token): boolean => t.kind === 'word' && !SMALL_WORDS.has(t.norm);

/**
 * Capitalised common words of a sentence after its first word ("Campaign Makes"): counted only
 * for a sentence capitalised enough to be a headline, as each asks the lexicon.
 */
function commonCapitals(tokens: Token[], a: number, b: number): number {
  let n = 0, words = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (countsInHeadline(t) && words++ > 0 && t.cap && !t.allCaps && commonOnly(t.norm)) n++;
  }
  return n;
}

/**
 * Which tokens start a sentence, allowing for opening marks before them ('"The ...', '(The ...'),
 * and the case memory, in one forward walk: a run of opening marks carries the answer of the
 * mark before it, so a text of nothing but quote marks stays linear.
 */
function sentenceInitialsAndCase(tokens: Token[], headline: boolean[]): { initial: boolean[]; mem: CaseMemory } {
  const initial = new Array<boolean>(tokens.length).fill(false);
  const capMid = new Set<string>(), lower = new Set<string>();
  // The token before is an opening mark with only opening marks back to its sentence start.
  let openerRun = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!, p = i > 0 ? tokens[i - 1]! : undefined;
    const opensSentence = !p || p.sentence !== t.sentence || (p.kind !== 'word' && p.gap.includes('\n')) || (p.kind !== 'word' && p.kind !== 'number' && openerRun);
    initial[i] = opensSentence;
    // A word has a letter, so no word is an opening mark: words are not looked up.
    openerRun = t.kind !== 'word' && OPENERS.has(t.text) && (!p || p.sentence !== t.sentence || openerRun);
    if (t.kind !== 'word' || headline[i]) continue;
    if (!t.cap) lower.add(t.norm);
    else if (!opensSentence && !t.allCaps) capMid.add(t.norm);
  }
  return { initial, mem: { capMid, lower } };
}

/**
 * Is token i part of a proper name, judging by its case and what the lexicon knows of it? Most
 * tokens are punctuation or lower-case words, answered here; a function this small is inlined
 * into the walk over the tokens, the long one for capitalised words is called only for them.
 */
function nameLike(doc: Doc, i: number, ctx: Ctx, initial: boolean[], mem: CaseMemory): boolean {
  const t = doc.tokens[i]!;
  if (t.kind !== 'word') return false;
  if (!t.cap) return t.text.includes('-') && GLUED_ARTICLE.test(t.text); // "al-Saadi", "el-Amin"
  return capitalisedNameLike(doc, i, t, ctx, initial, mem);
}

/** nameLike of a capitalised word t, token i. */
function capitalisedNameLike(doc: Doc, i: number, t: Token, ctx: Ctx, initial: boolean[], mem: CaseMemory): boolean {
  const cls = wordClass(t.norm);
  // "De Wilde", "Van Hal": a capitalised name particle before a capitalised word, mid-sentence too.
  if (PERSON_PARTICLES.has(t.norm) && isWord(doc.tokens[i + 1]) && doc.tokens[i + 1]!.cap && !doc.tokens[i + 1]!.gap.includes('\n') && !ctx.headline[i] && doc.tokens[i + 1]!.text.length > 1) return true;
  const named = (cls & NAME_CLASSES) !== 0;
  if ((cls & (WordClass.Month | WordClass.Weekday)) !== 0 && !named) return false;
  if (isDateMay(doc.tokens, i)) return false;
  // Each regular expression below is run only on a word with the character it needs ("s", "I",
  // "-"): most capitalised words are run through none.
  if (t.text.endsWith('s') && CAPITALS_PLURAL.test(t.text)) return false; // "PCs", "MPs": plural common nouns
  if (isInitialDot(doc.tokens, i) && doc.tokens[i + 2]?.cap) return true;
  if (isBareInitial(doc.tokens, i)) return true;
  if ((t.text.startsWith('I') && (t.text === 'I' || PRONOUN_I.test(t.text))) || (t.text.includes('-') && HYPHEN_LOWER.test(t.text))) return false;
  const prev = doc.tokens[i - 1];
  if (prev && t.gap === '' && prev.kind !== 'punct') return false; // "3Com": glued to a number
  // "the WHO said", "US Attorney ...": an acronym spelled like a function word, written in capitals outside a headline.
  if (cls === WordClass.FunctionWord && t.allCaps && t.text.length >= 2 && !ctx.headline[i]) return true;
  // Function words ("He", "It") are capitalised only inside a name ("Theresa May").
  if (cls === WordClass.FunctionWord && !(prev && prev.kind === 'word' && prev.cap && !prev.gap.includes('\n'))) return false;
  if (!ctx.headline[i] && !initial[i]) return true;
  if (mem.capMid.has(t.norm)) return true;
  if (mem.lower.has(t.norm) && !HONORIFICS.has(t.norm)) return false;
  if (isOpeningDescriptor(doc, i)) return false;
  if (HONORIFICS.has(t.norm) || TITLE_WORDS.has(t.norm) || TITLE_QUALIFIERS.has(t.norm)) return true;
  // An acronym is written in capitals wherever it stands ("CBI chief economist ...").
  if (t.allCaps && !ctx.headline[i] && !cls) return true;
  // "Greater Manchester Police", "North Korea": a compass word opening a longer name.
  if (PLACE_PREFIXES.has(t.norm) && isWord(doc.tokens[i + 1]) && doc.tokens[i + 1]!.cap && !ctx.headline[i]) return true;
  if (named && (cls & WordClass.FunctionWord) === 0) return true;
  if (startsKnownName(doc, i, ctx)) return true;
  if (inKnownName(doc.tokens, i)) return true;
  if ((cls & COMMON_CLASSES) !== 0) return givenNameBeforeSurname(doc, i);
  if (ctx.headline[i] && t.allCaps) return true;
  // An unknown sentence-initial word: a name when a name follows ("Jürgen Stock said"),
  // or a label when a number follows on its line ("Barford 2 Calder 1").
  const next = doc.tokens[i + 1];
  if (next?.kind === 'number' && !next.gap.includes('\n') && !ctx.headline[i]) return true;
  if (countryInBrackets(doc.tokens, i + 1) >= 0 && !ctx.headline[i]) return true; // "Velotec ( Spain ) 92"

  if (next && !next.cap && ORG_ROLES.has(next.norm) && !ctx.headline[i]) return true; // "Lakeport chairman"
  // "Finally Ola Brandt ...", "Sadly, ...": an adverb by its shape opens the sentence, not a name.
  if (isSentenceAdverb(t)) return false;
  // "Unseeded Australian Ola Brandt": an everyday word before a nationality describes the person.
  if (isWord(next) && nationalityWord(next) && isPlainWord(t.norm)) return false;
  // "Jeroen van der Kolk said": name particles, then a capitalised surname.
  const particles = particlesFrom(doc.tokens, i + 1);
  if (particles > 0 && doc.tokens[i + 1 + particles]?.cap && !ctx.headline[i]) return true;
  return isWord(next) && next.cap && !ctx.headline[i] && next.gap.length > 0;
}

/** "PCs", "MPs": capitals and a plural s. */
const CAPITALS_PLURAL = /^\p{Lu}{2,}s$/u;
/** "I'm", "I'll": the pronoun and a clitic. */
const PRONOUN_I = /^I['’]/;
/** "Anglo-american": a hyphen before a lower-case letter. */
const HYPHEN_LOWER = /-\p{Ll}/u;

/** An Arabic article glued to a capitalised name ("al-Saadi", "el-Amin", "bin-Laden"). */
const GLUED_ARTICLE = /^(?:al|el|ad|ash|as|at|az|bin|ibn|abu|abd)-\p{Lu}\p{Ll}/u;

/** A word ending in -ly that English uses as a word and the lexicon knows as no name ("Finally", "Crucially"). */
const isSentenceAdverb = (t: Token): boolean =>
  t.norm.endsWith('ly') && !has(t.norm, NAME_CLASSES) && (has(t.norm, WordClass.Adverb) || isPlainWord(t.norm));

// Nouns of people by what they do: goalscorer, winger, guitarist, comedian, youngster.
const AGENT_NOUN = /\p{L}{3}(?:er|or|ist|ian|ster)$/u;

/**
 * "Goalscorer Jimmy Hale", "Broadcaster Ann Lee": an agent noun opening the sentence before a
 * given name, known to the lexicon as no name (and, by the caller, capitalised nowhere else in
 * the document), describes the person rather than naming them.
 */
function isOpeningDescriptor(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!, next = doc.tokens[i + 1];
  return isWord(next) && next.cap && AGENT_NOUN.test(t.norm) && !has(t.norm, NAME_CLASSES) && has(next.norm, WordClass.FirstName) && !givenNameGender(t.norm);
}

/**
 * "Ilsa Marden, 23, said": a common word opening a sentence is a given name when a name
 * word that is nothing else follows, and then a speech verb or an age. In a results list
 * ("3. Frank Marden ( Norway ) 4:08.96") a given name, any surname and a bracketed country.
 */
function givenNameBeforeSurname(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  if (!isWord(next) || !next.cap || next.allCaps) return false;
  if ((has(doc.tokens[i]!.norm, WordClass.FirstName) || afterRank(doc.tokens, i)) && countryInBrackets(doc.tokens, i + 2) >= 0) return true;
  return hasOnly(next.norm, PERSON_CLASSES) && followedBySpeech(doc, i + 2);
}

/** Token i follows a rank opening its line ("3. Frank", "12 Frank"). */
function afterRank(tokens: Token[], i: number): boolean {
  const k = tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
  const rank = tokens[k];
  return rank?.kind === 'number' && /^\d{1,3}$/.test(rank.text) && (k === 0 || rank.gap.includes('\n')) && !tokens[i]!.gap.includes('\n');
}

/** "May" the month: before a day number or after "in", "since", "until", "last", "next". */
function isDateMay(tokens: Token[], i: number): boolean {
  if (tokens[i]!.norm !== 'may') return false;
  const prev = tokens[i - 1]?.norm ?? '', next = tokens[i + 1];
  return next?.kind === 'number' || ['in', 'since', 'until', 'last', 'next', 'of', 'early', 'late', 'mid'].includes(prev);
}

/** Part of a two-word name the lexicon knows ("NEW YORK" in a headline). */
function inKnownName(tokens: Token[], i: number): boolean {
  const pair = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.cap && b.cap && has(`${a.norm} ${b.norm}`, NAME_CLASSES);
  return pair(tokens[i], tokens[i + 1]) || pair(tokens[i - 1], tokens[i]);
}

/**
 * "M Riley", "T Mensah": a capital letter before a capitalised word. "A" is the article
 * unless a list goes on after the name ("A Scott (Beagles), ...").
 */
const isBareInitial = (tokens: Token[], i: number): boolean => {
  const t = tokens[i]!, n = tokens[i + 1];
  if (t.text.length !== 1 || !/^[A-HJ-Z]$/.test(t.text) || !n || n.kind !== 'word' || !n.cap || n.gap !== ' ') return false;
  return t.text !== 'A' || ['(', ','].includes(tokens[i + 2]?.text ?? '');
};

/** "J.": a capital letter, then a period glued to it (bounded: a read past the tokens' end would deoptimise the callers). */
const isInitialDot = (tokens: Token[], i: number): boolean => {
  const t = tokens[i]!;
  return t.kind === 'word' && t.text.length === 1 && t.cap && i + 1 < tokens.length && tokens[i + 1]!.text === '.' && tokens[i + 1]!.gap === '';
};

/** Maximal runs of name-like tokens, with initials ("J.") and inner connectors ("Bank of Japan"). */
function nameRuns(doc: Doc, like: Uint8Array): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const { tokens } = doc;
  let i = 0;
  while (i < tokens.length) {
    if (!like[i]) { i++; continue; }
    let j = i + 1;
    for (let step = 1; step > 0; j += step) step = continuation(doc, like, i, j);
    runs.push([i - openingParticles(tokens, i), j]);
    i = j;
  }
  return runs;
}

/** How many lower-case surname particles stand right before a run at i ("... , de Silva"), at most two. */
function openingParticles(tokens: Token[], i: number): number {
  let n = 0;
  while (n < 2 && i - n - 1 >= 0 && !tokens[i - n]!.gap.includes('\n')) {
    const t = tokens[i - n - 1]!;
    if (t.kind !== 'word' || t.cap || !SURNAME_PARTICLES.has(t.norm)) break;
    n++;
  }
  return n;
}

/** How many tokens from j on extend the run that starts at i (0: the run ends before j). */
function continuation(doc: Doc, like: Uint8Array, i: number, j: number): number {
  const { tokens } = doc;
  const t = tokens[j];
  if (!t || t.gap.includes('\n')) return 0;
  if (like[j]) return 1;
  const prev = tokens[j - 1]!;
  if (t.text === '.' && t.gap === '' && like[j + 1] && (isInitialDot(tokens, j - 1) || HONORIFICS.has(prev.norm))) return 1;
  // A plural possessive inside a name: "Musicians' Union".
  if ((t.text === "'" || t.text === '’') && t.gap === '' && /s$/.test(prev.text) && like[j + 1] && tokens[j + 1]!.gap !== '') return 1;
  if (t.norm === "'s" && possessiveInName(doc, like, i, j)) return 1;
  // "Radio 4", "BBC News 24": a channel number.
  if (t.kind === 'number' && t.text.length <= 2 && CHANNEL_WORDS.has(prev.norm)) return 1;
  if (t.cap || !(NAME_CONNECTORS.has(t.norm) || andJoins(tokens, like, i, j))) return 0;
  // "Jeroen van der Kolk", "Maria de la Fuente": a run of name particles, then the surname.
  const particles = particlesFrom(tokens, j);
  if (particles > 1) return like[j + particles] ? particles + 1 : 0;
  // "Bank of Japan", "School for the Deaf": a connector, maybe "the", then a name word.
  const k = tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
  return like[k] && !tokens[k]!.gap.includes('\n') ? k + 1 - j : 0;
}

/**
 * The "'s" at j belongs to the name of the run at [i, j): a company known by a possessive
 * ("Sainsbury's") whose possessor the document does not use as a person's name, or a company's
 * name going on to a corporate suffix ("Ferryman's Bancshares Inc") whose possessor is no
 * person's or place's name ("Hartley's Widget Corp" is Hartley's company).
 */
function possessiveInName(doc: Doc, like: Uint8Array, i: number, j: number): boolean {
  const { tokens } = doc;
  if (knownPossessive(doc, i, j)) return true;
  let e = j + 1;
  while (like[e] && !tokens[e]!.gap.includes('\n')) e++;
  return e > j + 1 && CORPORATE_SUFFIXES.has(tokens[e - 1]!.norm) && !someToken(tokens, i, j, (t) => has(t.norm, PERSON_CLASSES | WordClass.Place | WordClass.Country));
}

/** How many lower-case name particles stand from token j on ("van der": 2), at most three. */
function particlesFrom(tokens: Token[], j: number): number {
  let n = 0;
  while (n < 3 && tokens[j + n] && !tokens[j + n]!.cap && PERSON_PARTICLES.has(tokens[j + n]!.norm) && !tokens[j + n]!.gap.includes('\n')) n++;
  return n;
}

/**
 * "and" joins names only inside an "of"/"for" name ("Department of Trade and Industry"), inside
 * a name the knowledge holds ("Procter and Gamble"), or
 * field words to a headed name ("Finance and Economy Ministry", "Securities and Exchange
 * Commission", "Scottish Exhibition and Conference Centre").
 */
function andJoins(tokens: Token[], like: Uint8Array, i: number, j: number): boolean {
  if (tokens[j]!.norm !== 'and') return false;
  if (someToken(tokens, i, j, (x) => x.norm === 'of' || x.norm === 'for')) return true;
  // "Lakeport and Dunmore" when the knowledge names the firm so (or as "Lakeport & Dunmore").
  for (let s = Math.max(i, j - 3); s < j; s++) if ((longestMatch(tokens, s)?.end ?? 0) > j + 1) return true;
  // Not after a complete name: "Foreign Office and Lawrence Livermore Laboratories" are two.
  const fieldWords = j - i <= 3 && !(j - i >= 2 && ORG_HEAD_WORDS.has(tokens[j - 1]!.norm)) && everyToken(tokens, i, j, (x) => everydayWord(x.norm) || wordClass(x.norm) === WordClass.Demonym);
  return fieldWords && tokens[j + 1]?.norm !== 'the' && nextRunHasHead(tokens, like, j + 1);
}

/** The run of name-like tokens from k ends on an organization head word. */
function nextRunHasHead(tokens: Token[], like: Uint8Array, k: number): boolean {
  let e = k;
  while (like[e] && (e === k || !tokens[e]!.gap.includes('\n'))) e++;
  return e > k && ORG_HEAD_WORDS.has(tokens[e - 1]!.norm);
}


/** Title words, qualifiers and modifiers in one set: one look-up a word. */
const TITLE_VOCABULARY = new Set([...TITLE_WORDS, ...TITLE_QUALIFIERS, ...TITLE_MODIFIERS]);
/** A word of a job title: a title word, a qualifier ("Foreign") or a modifier ("former"). */
export const isTitleWord = (norm: string): boolean => TITLE_VOCABULARY.has(norm);
/** A title word, or a hyphenated title ("Major-General", "Lieutenant-Colonel"). */
const isTitleToken = (t: Token): boolean => isTitleWord(t.norm) || (t.norm.includes('-') && t.norm.split('-').every(isTitleWord));

/** Lower-case title words right before token a ("coach Joe Bloggs", "former president X"). */
function titleBefore(doc: Doc, a: number): number {
  let k = a;
  for (let t = tokenBefore(doc, k); isWord(t) && !t.cap && isTitleToken(t); t = tokenBefore(doc, k)) k--;
  return k;
}

/** "Secretary of State John Kerry": an "of" phrase inside a title, when a name still follows. */
function titleComplement(tokens: Token[], t: number, b: number): number {
  if (tokens[t]?.norm !== 'of' || tokens[t]!.cap) return t;
  const k = tokens[t + 1]?.norm === 'the' ? t + 2 : t + 1;
  return k + 2 < b && tokens[k]!.cap && tokens[k + 1]!.cap ? k + 1 : t;
}

/** Split one run into affiliation / title / name segments and classify them. */
function segmentRun(doc: Doc, a: number, b: number, ctx: Ctx, out: NameSegment[]): void {
  const { tokens } = doc;
  const push = (first: number, end: number, cued?: boolean, title?: string, affiliation?: NameSegment): NameSegment => {
    const seg = nameSegment(first, end, cued, title, affiliation);
    classify(doc, seg, ctx);
    out.push(seg);
    return seg;
  };
  if (knownOrg(doc, a, b)) { push(a, b); return; }
  // "Tory Colin Reeve", "Lib Dem Ann Vale": a party label before a name is the person's party.
  const party = partyLabel(tokens, a, b);
  if (party > a && !orgByHead(doc, a, b)) {
    const label = push(a, party);
    mark(label, 'org', 'org.party-label');
    const person = push(party, b, true, undefined, label);
    if (person.kind === 'person') person.rule = 'person.after-party-label';
    return;
  }
  // "Finnish TV audiences", "US media": a nationality and a medium name no organization.
  // The gazetteer is asked only of a run ending in a medium word.
  if (NATIONAL_MEDIA.has(tokens[b - 1]!.norm) && countryAt(tokens, a, b)?.end === b - 1) { push(a, b - 1); return; }
  if (b - a >= 3 && POST_NOMINALS.has(tokens[b - 1]!.norm)) b--; // "Ruth Ellery QC"
  // "Lena Hart of Acme Widgets Inc": a person's full name, "of", and their organization.
  const of = untitledPersonOf(doc, a, b, ctx);
  if (of) {
    const person = push(a, of);
    if (person.kind !== 'person') mark(person, 'person', 'person.of-organization');
    push(tokens[of + 1]!.norm === 'the' ? of + 2 : of + 1, b);
    return;
  }
  let k = a;
  while (k < b) {
    // "Dr Lina Hoskins of Brightwell Labs" is a person and an organization, not one name.
    const titledPerson = HONORIFICS.has(tokens[k]!.norm) && personOfOrg(tokens, k + 1, b) < b;
    if (!titledPerson && orgByHead(doc, k, b)) { push(k, b); return; }
    // A title (honorific or job words) followed by more name words: those words name a person.
    let t = k;
    while (t < b && (isTitleToken(tokens[t]!) || HONORIFICS.has(tokens[t]!.norm) || (t > k && tokens[t]!.text === '.'))) {
      t++;
      t = titleComplement(tokens, t, b);
    }
    const hasTitle = someToken(tokens, k, t, (x) => HONORIFICS.has(x.norm) || x.norm.split('-').some((w) => TITLE_WORDS.has(w)));
    if (t > k && t < b && hasTitle && !tokens[t]!.cap) {
      // "Chief Executive of AOL UK": the name after the title's "of" is its organization.
      push(t + 1, b);
      return;
    }
    if (t > k && t < b && hasTitle) {
      const prev = out[out.length - 1];
      let affiliation = prev && prev.end === k && k > a ? prev : undefined;
      let titleStart = k;
      if (affiliation && PORTFOLIO_TITLES.has(tokens[t - 1]!.norm) && isPortfolio(doc, affiliation)) {
        out.pop();
        titleStart = affiliation.first;
        affiliation = undefined;
      }
      // "Acme Widgets Chief Executive Lena Hart": a name before a title is the employer, not a person.
      if (affiliation?.kind === 'person') mark(affiliation, 'org', 'org.employer-before-title');
      const title = doc.text.slice(tokens[titleStart]!.start, tokens[t - 1]!.end).replace(/\.$/, '');
      // "Dr Doug Williams of BT": the name after "of" is the person's organization.
      const of = personOfOrg(tokens, t, b);
      push(t, of, true, title, affiliation);
      if (of < b) {
        const from = out.length;
        splitAtCountry(doc, of + 1, b, ctx, push);
        // What a person is "of" is a body or a place ("Lord Kinnock of Bedwellty"), not a person.
        for (const seg of out.slice(from)) if (seg.kind === 'person') mark(seg, 'other', 'other.what-a-person-is-of');
      }
      return;
    }
    if (t === b && hasTitle) return; // a bare title: "the Prime Minister"
    // Otherwise the stretch up to the next title word is one segment.
    let e = k + 1;
    while (e < b && (!(TITLE_WORDS.has(tokens[e]!.norm) || HONORIFICS.has(tokens[e]!.norm)) || titleWordIsSurname(tokens, e, b))) e++;
    // "Office of the Deputy Prime Minister": a title after "of" belongs to the name.
    if (e < b && !tokens[e - 1]!.cap) e = b;
    splitAtCountry(doc, k, e, ctx, push);
    k = e;
  }
}

/**
 * The end of a party label opening the run ("Tory", "Lib Dem") when a person's name of two or
 * more words follows, its first a given name; else the run's start.
 */
function partyLabel(tokens: Token[], a: number, b: number): number {
  let k = a;
  // A party word that is also a title ("Democrat") is left to the title rules.
  while (k < Math.min(b, a + 2) && PARTY_WORDS.has(tokens[k]!.norm) && !TITLE_WORDS.has(tokens[k]!.norm) && tokens[k]!.cap) k++;
  // Most runs open with no party word: their words are not collected.
  if (k === a) return a;
  const name = tokens.slice(k, b).filter((t) => t.kind === 'word');
  return name.length >= 2 && has(name[0]!.norm, WordClass.FirstName) && !isTitleWord(name[0]!.norm) ? k : a;
}

/**
 * A title word is a surname after an initial ("R Bishop"), or when it ends the name right
 * after a given name ("Jason King", "Simon Champion").
 */
function titleWordIsSurname(tokens: Token[], e: number, b: number): boolean {
  const prev = tokens[e - 1]!;
  if (prev.text.length === 1) return true;
  return e === b - 1 && prev.kind === 'word' && has(prev.norm, WordClass.FirstName) && !isTitleWord(prev.norm) && !HONORIFICS.has(prev.norm);
}

/**
 * "Constitutional Affairs Minister": everyday words before a minister's title name the field,
 * not an employer. A single word stays an employer when it was judged one ("Treasury Minister").
 */
function isPortfolio(doc: Doc, seg: NameSegment): boolean {
  const last = doc.tokens[seg.end - 1]!.norm;
  if (seg.kind === 'country' || knownOrg(doc, seg.first, seg.end) || ORG_HEADS.has(last)) return false;
  return allEverydayWords(doc, seg.first, seg.end) && (seg.end - seg.first >= 2 || seg.kind === 'other');
}

/** Index of a lower-case "of"/"at" after a titled person's name ("Lord Kinnock of Bedwellty"), else b. */
function personOfOrg(tokens: Token[], t: number, b: number): number {
  for (let k = t + 1; k < b - 1; k++) if (!tokens[k]!.cap && (tokens[k]!.norm === 'of' || tokens[k]!.norm === 'at')) return k;
  return b;
}

/**
 * The "of" of "Lena Hart of Acme Widgets Inc": before it a given name and one to three more
 * name words that the lexicon takes for a person's, after it a name shaped like an
 * organization's. Not "Bank of ...", "Duke of ...": a title or an organization head opens those.
 */
function untitledPersonOf(doc: Doc, a: number, b: number, ctx: Ctx): number | undefined {
  const { tokens } = doc;
  let of = a + 2;
  while (of < Math.min(b - 1, a + 5) && !(tokens[of]!.norm === 'of' && !tokens[of]!.cap)) of++;
  if (tokens[of]?.norm !== 'of' || tokens[of]!.cap || of >= b - 1) return undefined;
  const org = tokens[of + 1]!.norm === 'the' ? of + 2 : of + 1;
  const first = tokens[a]!;
  if (!has(first.norm, WordClass.FirstName) || HONORIFICS.has(first.norm) || isTitleWord(first.norm)) return undefined;
  if (someToken(tokens, a, of, (t) => t.kind !== 'word' && t.text !== '.' && t.text !== "'")) return undefined;
  if (ORG_HEAD_WORDS.has(tokens[of - 1]!.norm) || knownOrg(doc, a, of) || !looksLikePerson(doc, a, of, ctx)) return undefined;
  return org < b && looksLikeOrg(doc, org, b, ctx) ? of : undefined;
}

/** A demonym rather than a country name: "American" in "American Carl Dorsey". */
const isNationalityWord = (t: Token): boolean => has(t.norm, WordClass.Demonym) || /(an|ish|ese|i|ons?|ers?)$/.test(t.norm);

/** "U.S. Congress": a country name glued to a known organization is two names. */
function splitAtCountry(doc: Doc, a: number, b: number, ctx: Ctx, push: (a: number, b: number) => NameSegment): void {
  const country = countryAt(doc.tokens, a, b);
  if (country && country.end < b && (knownOrg(doc, country.end, b) || (country.end - a <= 2 && isNationalityWord(doc.tokens[country.end - 1]!) && b - country.end >= 2))) {
    push(a, country.end);
    push(country.end, b);
    return;
  }
  // "Bank of Japan" stays whole; "Europe and Asia"-like runs never form (no "and" connector).
  if (!looksLikeOrg(doc, a, b, ctx)) {
    for (let k = a + 1; k < b - 1; k++) {
      const c = doc.tokens[k]!;
      if (!c.cap && (c.norm === 'of' || c.norm === 'for' || c.norm === '&')) {
        push(a, k);
        push(k + 1, b);
        return;
      }
    }
  }
  push(a, b);
}

/** Proper-name segments of a document, in text order. */
export function findNames(doc: Doc): Names {
  const { tokens } = doc;
  const headline = new Array<boolean>(tokens.length).fill(false);
  for (const [a, b] of doc.sentences) if (sentenceIsHeadline(tokens, a, b)) headline.fill(true, a, b);
  const { initial, mem } = sentenceInitialsAndCase(tokens, headline);
  const sports = isSportsReport(tokens);
  const ctx: Ctx = { headline, genericAcronyms: genericAcronyms(tokens), sports, lowerWords: mem.lower, loneNames: new Set(), placeNames: new Set() };
  // Bytes, not booleans: one kind of array for every text, an empty one too.
  const like = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) if (nameLike(doc, i, ctx, initial, mem)) like[i] = 1;
  const runs = nameRuns(doc, like);
  for (const [a, b] of runs) {
    // "until Slater joins", "Mr Slater said": a word used alone, or after a courtesy title.
    const lone = b - a === 1 ? !initial[a] && !headline[a] : b - a === 2 && HONORIFICS.has(tokens[a]!.norm);
    if (lone) ctx.loneNames.add(tokens[b - 1]!.norm);
    if (b - a === 1 && tokenBefore(doc, a)?.norm === 'in' && tokens[b]?.norm !== "'s") ctx.placeNames.add(tokens[a]!.norm);
  }
  const segments: NameSegment[] = [];
  for (const [a, b] of runs) {
    const before = segments.length;
    segmentRun(doc, a, b, ctx, segments);
    addLowerCaseTitle(doc, segments, before, a, ctx);
  }
  for (const rule of LAYOUT_RULES) rule.apply(doc, segments, sports);
  // Products and events the knowledge names stay things, whatever the layout rules guessed.
  for (const seg of segments) if (seg.known && kindOf(seg.known.type) === 'thing') seg.kind = 'other';
  return { segments, runs };
}

/** A person right after lower-case title words gets them as title, and the name before as affiliation. */
function addLowerCaseTitle(doc: Doc, segments: NameSegment[], from: number, runStart: number, ctx: Ctx): void {
  const seg = segments[from];
  if (!seg || seg.first !== runStart || seg.title) return;
  const k = titleBefore(doc, runStart);
  if (k === runStart) {
    addAppositiveTitle(doc, seg, ctx);
    return;
  }
  const title = titleIn(doc.tokens, k, runStart);
  if (title === undefined) return; // "her first Grand Slam"
  seg.cued = true;
  seg.title = title;
  // The title is a cue the first classification did not see: decide again, unless the knowledge decided.
  if (seg.kind === 'other' || !seg.known) classify(doc, seg, ctx);
  const prev = segments[from - 1];
  if (prev && prev.end === k && (prev.kind === 'org' || prev.kind === 'country')) seg.affiliation = prev;
}

/** "The Chancellor, Helen Marsh, said": a title in apposition before the name. */
function addAppositiveTitle(doc: Doc, seg: NameSegment, ctx: Ctx): void {
  const { tokens } = doc;
  const comma = seg.first - 1;
  if (comma < 0 || tokens[comma]!.text !== ',' || seg.kind === 'org' || seg.kind === 'country') return;
  let j = comma;
  while (j > 0 && isWord(tokens[j - 1]) && isTitleToken(tokens[j - 1]!)) j--;
  const title = titleIn(tokens, j, comma);
  const before = j > 0 ? tokens[j - 1] : undefined;
  if (title === undefined || (before && !DETERMINERS.has(before.norm) && before.sentence === tokens[j]!.sentence)) return;
  seg.cued = true;
  seg.title = title;
  if (seg.kind === 'other') classify(doc, seg, ctx);
}

/**
 * The job title tokens [a, b) write, without its modifiers ("former"), or undefined when none
 * of them is a title word: one walk, no copies of the tokens.
 */
function titleIn(tokens: Token[], a: number, b: number): string | undefined {
  let title = '', titled = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (TITLE_MODIFIERS.has(t.norm)) continue;
    titled ||= TITLE_WORDS.has(t.norm);
    title = title ? `${title} ${t.text}` : t.text;
  }
  return titled ? title : undefined;
}

function genericAcronyms(tokens: Token[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Every generic acronym is written in capitals: the lower-case words, most tokens, go by at once.
    if (!t.cap) continue;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (t.text.endsWith('s') && CAPITALS_PLURAL.test(t.text)) found.add(t.norm.slice(0, -1));
    else if (t.allCaps && prev && (prev.norm === 'a' || prev.norm === 'an')) found.add(t.norm);
    else if (t.allCaps && definesCommonNoun(tokens, i)) found.add(t.norm);
  }
  return found;
}

/** "mad cow disease (BSE)": an acronym in brackets after a lower-case noun abbreviates a thing. */
function definesCommonNoun(tokens: Token[], i: number): boolean {
  // Bounded: a read outside the tokens would deoptimise this at either end of a text.
  if (i < 2 || i + 1 >= tokens.length) return false;
  const noun = tokens[i - 2]!;
  return tokens[i - 1]!.text === '(' && tokens[i + 1]!.text === ')' && isWord(noun) && !noun.cap && !ORG_DESCRIPTORS.has(noun.norm) && !SKIPPED_IN_ACRONYM.has(noun.norm);
}

