/**
 * Speech clauses: a speech verb outside quotation marks and the subject that does the speaking
 * ("Mr. Chelba added", "said Acme analyst Jane Doyle", "he explained", "a spokesman said").
 */
import { INVERTING_VERBS, NARRATIVE_NOUNS, NOUN_MARKERS, PHRASAL_SPEECH_VERBS, SPEECH_VERB_STARTS, SPEECH_VERBS, VERB_PREFIXES } from '../../lexicon/speech-verbs.js';
import { DETERMINERS, HONORIFICS, POST_NOMINALS, type Gender } from '../../lexicon/entity-cues.js';
import {
  CLAUSE_JOINERS, DOCUMENT_NOUNS, ORG_PRONOUNS, OTHER_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, POSSESSIVE_PRONOUNS, TITLE_ABBREVIATIONS, UNNAMED_SPEAKERS,
} from '../../lexicon/speaker-words.js';
import { has, hasOnly, known, WordClass, wordClass } from '../../lexicon/word-class.js';
import { startsLine } from '../../text/document.js';
import { DASHES, QUOTE_MARKS, SENTENCE_ENDS } from '../../text/marks.js';
import type { Token } from '../../text/tokenize.js';
import { isTitleNorm, type NameRef, type QuoteDoc } from './speakers.js';

/** The fields of a subject; those of other kinds than its own keep their empty values. */
interface SubjectFields {
  kind: 'name' | 'pronoun' | 'role' | 'unnamed';
  /** The subject's first token. */
  from: number;
  /** name: the mention. */
  ref: NameRef | null;
  /** pronoun: the gender it tells ("he", "her statement"); whether it stands for an organization ("it", "they", "its report"). */
  gender: Gender | undefined;
  org: boolean;
  /** pronoun: a possessive before a document noun ("her statement said"); "they". */
  document: boolean;
  plural: boolean;
  /** role: the head noun, the words before it, and the capitalized ones of those. */
  role: string;
  modifiers: string[];
  named: string[];
  /** unnamed: the word that stands for the speaker ("spokesman", "we"). */
  head: string;
}

/** Who a speech verb's subject is, as written. */
export type Subject = SubjectFields & ({ kind: 'name'; ref: NameRef } | { kind: 'pronoun' } | { kind: 'role' } | { kind: 'unnamed' });

// Every subject is built by one of these four, each writing every field in the same order, so all
// subjects share one hidden class: the compiled rules reading them never meet a new shape ("wrong
// map") and compile again.
const nameSubject = (from: number, ref: NameRef): Subject =>
  ({ kind: 'name', from, ref, gender: undefined, org: false, document: false, plural: false, role: '', modifiers: [], named: [], head: '' });
// A pronoun of no gender stands for an organization ("it", "they", "its report").
const pronounSubject = (from: number, gender: Gender | undefined, use: 'plain' | 'plural' | 'document'): Subject =>
  ({ kind: 'pronoun', from, ref: null, gender, org: gender === undefined, document: use === 'document', plural: use === 'plural', role: '', modifiers: [], named: [], head: '' });
const roleSubject = (from: number, role: string, modifiers: string[], named: string[]): Subject =>
  ({ kind: 'role', from, ref: null, gender: undefined, org: false, document: false, plural: false, role, modifiers, named, head: '' });
const unnamedSubject = (from: number, head: string): Subject =>
  ({ kind: 'unnamed', from, ref: null, gender: undefined, org: false, document: false, plural: false, role: '', modifiers: [], named: [], head });

export interface Clause {
  /** Token index of the verb ("according" for "according to"). */
  verb: number;
  /** Token index of the verb's last word: its particle ("fired back"), "to" of "according to", else `verb`. */
  last: number;
  /** The verb as written, lower case ("said", "according to"); null for a name and a colon ("Roly Keating: ..."). */
  verbText: string | null;
  subject: Subject | null;
  /** Subject after the verb ("said X", "according to X"). */
  inverted: boolean;
}

const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const TELL_FORMS = new Set(['tell', 'tells', 'told', 'telling']);

// How far back an appositive may put the subject: "X, 23, an information manager from Y, said".
const APPOSITIVE_REACH = 25;
// The longest speaker phrase: "said Florida state archivist Jody Norman", "Former U.S. President Donald J. Trump".
export const PHRASE_REACH = 12;

/** "says PM": a run that is one abbreviated title is that role. */
function abbreviatedRole(tokens: Token[], [from, to]: [number, number], at: number): Subject | null {
  const words = to - from === 1 ? TITLE_ABBREVIATIONS.get(tokens[from]!.norm) : undefined;
  return words ? roleSubject(at, words[words.length - 1]!, words.slice(0, -1), []) : null;
}

/**
 * A role subject: its head noun and the words before it ("the [shadow foreign] secretary"), the
 * capitalized ones apart ("the [Two Ronnies] star").
 */
function roleOf(from: number, tokens: Token[], first: number, head: number): Subject {
  const words = tokens.slice(first, head).filter((t) => t.kind === 'word');
  return roleSubject(from, tokens[head]!.norm, words.map((t) => t.norm), words.filter((t) => t.cap).map((t) => t.norm));
}

// "originally", "reportedly": -ly words the lexicon does not know as anything else
const isAdverb = (tok: Token) => tok.norm.endsWith('ly') && (!known(tok.norm) || hasOnly(tok.norm, WordClass.Adverb));
const isFunctionWord = (tok: Token) => has(tok.norm, WordClass.FunctionWord) && !tok.cap;
// Prepositions that put a name inside a larger phrase: "a spokeswoman for the RAD".
const PHRASE_PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'on', 'to', 'by', 'about', 'against', 'over']);
// Words a sentence may open with before its subject.
const OPENERS = new Set(['but', 'and', 'so', 'yet', 'however', 'meanwhile', 'now', 'also']);


/** First token of the clause proper, after conjunctions and punctuation (not quotation marks) that open it. */
export function clauseStart(tokens: Token[], lo: number, hi: number): number {
  let i = lo;
  while (i < hi && ((tokens[i]!.kind === 'punct' && !QUOTE_MARKS.has(tokens[i]!.text)) || OPENERS.has(tokens[i]!.norm))) i++;
  return i;
}

/** A role noun that can head a speaker phrase after its name ("an REM spokesman", "the WSIS report"). */
function trailingHead(tok: Token): Subject['kind'] | null {
  if (tok.kind !== 'word' || tok.cap) return null;
  if (UNNAMED_SPEAKERS.has(tok.norm)) return 'unnamed';
  return isTitleNorm(tok.norm) || DOCUMENT_NOUNS.has(tok.norm) ? 'role' : null;
}

function pronounAt(tok: Token, at: number): Subject | null {
  if (tok.allCaps) return null;
  const gender = PERSON_PRONOUNS.get(tok.norm);
  if (gender) return pronounSubject(at, gender, 'plain');
  if (ORG_PRONOUNS.has(tok.norm)) return pronounSubject(at, undefined, 'plain');
  if (PLURAL_PRONOUNS.has(tok.norm)) return pronounSubject(at, undefined, 'plural');
  if (OTHER_PRONOUNS.has(tok.norm)) return unnamedSubject(at, tok.norm);
  return null;
}

/** A hyphen inside a compound the tokenizer splits after a number: "34-year-old". */
const isInnerHyphen = (tokens: Token[], i: number) => tokens[i]!.text === '-' && tokens[i]!.gap === '' && tokens[i + 1]?.gap === '' && tokens[i - 1]?.kind === 'number';

/** A role noun phrase ending at token j: "the minister", "an REM spokesman", "one voter". */
function roleEndingAt(doc: QuoteDoc, j: number, lo: number): Subject | null {
  const { tokens } = doc;
  const head = tokens[j]!;
  // capitalized only as the first word of its clause ("Prosecutors said")
  if (head.kind !== 'word' || (head.cap && j !== clauseStart(tokens, lo, j))) return null;
  for (let d = j; d >= Math.max(lo, j - 4); d--) {
    const tok = tokens[d]!;
    // a possessive name works as a determiner: "Wanadoo's chief executive"
    const possessor = tok.norm === "'s" && d < j ? doc.speakers.runEndingAt(d - 1, lo) : null;
    const from = possessor ? possessor[0] : DETERMINERS.has(tok.norm) ? d : -1;
    // "her statement said": the document speaks for whom the possessive stands for
    const owner = d === j - 1 && DOCUMENT_NOUNS.has(head.norm) ? POSSESSIVE_PRONOUNS.get(tok.norm) : undefined;
    if (owner) return pronounSubject(d, owner === 'org' ? undefined : owner, 'document');
    if (from >= 0) return UNNAMED_SPEAKERS.has(head.norm) ? unnamedSubject(from, head.norm) : roleOf(from, tokens, d + 1, j);
    if (tok.kind === 'punct' && !isInnerHyphen(tokens, d)) return null;
  }
  if (UNNAMED_SPEAKERS.has(head.norm)) return unnamedSubject(j, head.norm);
  if (head.cap) return roleOf(j, tokens, j, j); // "Prosecutors said"
  // a title opening its clause needs no determiner: "But director of the trust, Norman Brennan, said"
  const start = clauseStart(tokens, lo, j);
  const opensClause = j - start <= 4 && tokens.slice(start, j).every((t) => t.kind === 'word');
  return opensClause && isTitleNorm(head.norm) ? roleOf(start, tokens, start, j) : null;
}

/** The subject (name, pronoun or role phrase) whose last token is j. */
function subjectEndingAt(doc: QuoteDoc, j: number, lo: number): Subject | null {
  const tok = doc.tokens[j];
  if (!tok || j < lo) return null;
  const pronoun = pronounAt(tok, j);
  if (pronoun) return pronoun;
  const run = doc.speakers.runEndingAt(j, lo);
  return run ? runSubject(doc, run, lo) : roleEndingAt(doc, j, lo);
}

/** The subject a run of capitalized words ends: a name, or a role ("the Salford MP", "says PM"). */
function runSubject(doc: QuoteDoc, run: [number, number], lo: number): Subject | null {
  const { tokens } = doc;
  const abbreviated = abbreviatedRole(tokens, run, run[0]);
  if (abbreviated) return abbreviated;
  const ref = doc.speakers.nameInRun(run);
  // "a spokeswoman for the RAD": the name is the object of a preposition, unless a person's
  // name stands apart from the words before it ("a speech to the Policy Centre Mr Straw said")
  const person = ref && !ref.isOrg && ref.from > run[0] && (ref.words.length > 1 || HONORIFICS.has(tokens[ref.from - 1]!.norm));
  if (!person && afterPreposition(tokens, run[0], lo)) return enclosingPhrase(doc, run[0], lo); // "hit back at Labour claims"
  const from = phraseStart(tokens, run[0], lo);
  const last = tokens[run[1] - 1]!;
  const afterThe = tokens[run[0] - 1]?.norm === 'the';
  // "the Salford MP said": a title after "the" is a role, whatever names come before it
  if (afterThe && (POST_NOMINALS.has(last.norm) || isTitleNorm(last.norm))) return roleOf(from, tokens, run[0], run[1] - 1);
  // "the Conservatives said": a name after "the" is a group, not a person
  if (ref && afterThe) ref.isOrg = true;
  return ref ? nameSubject(from, ref) : roleOf(from, tokens, run[0], run[1] - 1);
}

/** Where the phrase around a name begins: "RICS housing spokesman [Ian Perry]", "the [Conservatives]". */
function phraseStart(tokens: Token[], nameStart: number, lo: number): number {
  let from = nameStart;
  while (from - 1 >= Math.max(lo, nameStart - PHRASE_REACH) && tokens[from - 1]!.kind === 'word' && !isFunctionWord(tokens[from - 1]!) && !SPEECH_VERBS.has(tokens[from - 1]!.norm)) from--;
  if (from - 1 >= lo && DETERMINERS.has(tokens[from - 1]!.norm)) from--;
  return from;
}

/** Index of the preposition a name is the object of ("for [the RAD]"), or -1. */
function prepositionBefore(tokens: Token[], nameStart: number, lo: number): number {
  let p = nameStart - 1;
  if (tokens[p]?.norm === 'the') p--;
  return p >= lo && PHRASE_PREPOSITIONS.has(tokens[p]!.norm) ? p : -1;
}

const afterPreposition = (tokens: Token[], nameStart: number, lo: number) => prepositionBefore(tokens, nameStart, lo) >= 0;

/** The phrase a name is the object of: "a spokeswoman for [the RAD]" -> "a spokeswoman"; null when none. */
function enclosingPhrase(doc: QuoteDoc, nameStart: number, lo: number): Subject | null {
  const p = prepositionBefore(doc.tokens, nameStart, lo);
  const outer = p - 1 >= lo ? subjectEndingAt(doc, p - 1, lo) : null;
  return outer && outer.kind !== 'pronoun' ? outer : null;
}

const isName = (doc: QuoteDoc, i: number) => {
  const run = doc.speakers.runStartingAt(i, i + 1);
  return !!run && !!doc.speakers.nameInRun(run);
};

/** The subject a clause opens with ("Redknapp, 57, quit ... and vowed"). */
function openingSubject(doc: QuoteDoc, lo: number, hi: number): Subject | null {
  let i = clauseStart(doc.tokens, lo, hi);
  // "Later, Dr Gibbons praised ...": one word set off by a comma, not a name ("Redknapp, 57, quit"), comes before the subject
  if (doc.tokens[i]?.kind === 'word' && doc.tokens[i + 1]?.text === ',' && !isName(doc, i)) i += 2;
  return i < hi ? phraseSubject(doc, i, Math.min(hi, i + PHRASE_REACH), true) : null;
}

/** Subject before the verb: "X said", "X has also said", "X, a doctor, said". */
function subjectBefore(doc: QuoteDoc, verb: number, lo: number, sentFirst: number, previous: Subject | null): Subject | null {
  const { tokens } = doc;
  let j = verb - 1;
  while (j >= lo && !tokens[j]!.cap && (VERB_PREFIXES.has(tokens[j]!.norm) || isAdverb(tokens[j]!))) j--;
  if (j < lo) return null;
  // "X told the BBC ... and added": the subject of the clause before, else of the sentence
  if (CLAUSE_JOINERS.has(tokens[j]!.norm)) return previous ?? openingSubject(doc, sentFirst, j);
  // "X, who ... said": the relative pronoun stands for the name before it
  // ("a view shared by Rooney, who believes"; the name's own words only, so a preposition before it does not count)
  if (tokens[j]!.norm === 'who' && tokens[j - 1]?.text === ',') return subjectEndingAt(doc, j - 2, doc.speakers.runEndingAt(j - 2, lo)?.[0] ?? lo);
  // "the agency quoted X as saying": X speaks, and the quoting phrase opens the clause;
  // "X is quoted as saying": X speaks
  if (tokens[j]!.norm === 'as' && tokens[verb]!.norm === 'saying') {
    const passive = tokens[j - 1]?.norm === 'quoted' && BE_FORMS.has(tokens[j - 2]?.norm ?? '');
    const quoted = subjectEndingAt(doc, passive ? j - 3 : j - 1, lo);
    return quoted && { ...quoted, from: clauseStart(tokens, lo, j) };
  }
  if (tokens[j]!.text === ')') return subjectBeforeBrackets(doc, j, lo);
  if (DASHES.has(tokens[j]!.text)) return subjectBeforeDashes(doc, j, lo);
  if (tokens[j]!.text === ',') return appositiveSubject(doc, j, lo);
  const subject = subjectEndingAt(doc, j, lo);
  // "Eric Abensur, Wanadoo's chief executive told", "Howard Archer, economist at Global Insight
  // said": the name before an unclosed appositive
  const comma = subject?.kind === 'name' ? -1 : appositiveComma(tokens, subject ? subject.from - 1 : j, lo);
  const named = comma > lo ? subjectEndingAt(doc, comma - 1, lo) : null;
  return named?.kind === 'name' ? named : subject;
}

// Words that open a clause inside an appositive, which then is no plain description.
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when']);

/** The comma opening an unclosed appositive that ends at `last`: only words between, no relative clause or past tense. */
function appositiveComma(tokens: Token[], last: number, lo: number): number {
  for (let k = last; k >= Math.max(lo, last - APPOSITIVE_REACH); k--) {
    const tok = tokens[k]!;
    if (tok.text === ',') return k;
    if (!(tok.kind === 'word' || tok.norm === "'s") || RELATIVES.has(tok.norm) || isPastVerb(tok)) return -1;
  }
  return -1;
}

/** The subject ending at j, a parenthesis after it skipped: "the Institute for Fiscal Studies (IFS)". */
function subjectBeforeBrackets(doc: QuoteDoc, j: number, lo: number): Subject | null {
  let end = j;
  if (doc.tokens[end]!.text === ')') while (end > lo && doc.tokens[end]!.text !== '(') end--;
  return doc.tokens[end]!.text === '(' ? subjectEndingAt(doc, end - 1, lo) : subjectEndingAt(doc, end, lo);
}


/** The subject before a dashed appositive: "Andrei Illarionov - then an adviser to the president - told". */
function subjectBeforeDashes(doc: QuoteDoc, dash: number, lo: number): Subject | null {
  for (let k = dash - 1; k > Math.max(lo, dash - APPOSITIVE_REACH); k--) {
    if (DASHES.has(doc.tokens[k]!.text)) return subjectEndingAt(doc, k - 1, lo);
  }
  return null;
}

/**
 * The subject of "X, a doctor, said" / "Their spokesman, Owen Pryce, said": the leftmost phrase
 * before a comma that opens the clause, unless it is a role and the appositive after it is a name.
 */
function appositiveSubject(doc: QuoteDoc, comma: number, clauseLo: number): Subject | null {
  const { tokens } = doc;
  const lo = Math.max(clauseLo, comma - APPOSITIVE_REACH);
  const start = clauseStart(tokens, lo, comma);
  let found: Subject | null = null;
  for (let k = lo + 1; k <= comma; k++) {
    if (tokens[k]!.text !== ',') continue;
    const subject = subjectBeforeBrackets(doc, k - 1, lo);
    if (!subject) continue;
    if (!found) {
      if (tokens.slice(start, Math.max(start, subject.from - 1)).some((t) => t.text === ',')) continue; // (max: from 0, slice(0, -1) would be the whole clause)
      found = subject;
      if (found.kind === 'name' || found.kind === 'pronoun') return found;
    } else if (subject.kind === 'name' && tokens[subject.from - 1]?.text === ',') {
      return subject;
    }
  }
  return found;
}

/** Subject after the verb: "said X", "said Acme analyst Jane Doyle", "said a spokesman". */
function subjectAfter(doc: QuoteDoc, verb: number, hi: number): Subject | null {
  const subject = phraseSubject(doc, doc.tokens[verb]!.norm === 'according' ? verb + 2 : verb + 1, hi, false);
  return subject && subject.kind !== 'name' && subject.kind !== 'pronoun' ? appositiveName(doc, subject, hi) ?? subject : subject;
}

/**
 * The name set off after a role phrase, which is who speaks: "says Kovac's partner, Ellen
 * Brody", "said his lawyer, Ann Bee". The phrase must end right before the comma.
 */
function appositiveName(doc: QuoteDoc, phrase: Subject, hi: number): Subject | null {
  const { tokens } = doc;
  let comma = phrase.from;
  while (comma < hi && tokens[comma]!.text !== ',' && (tokens[comma]!.kind === 'word' || tokens[comma]!.norm === "'s" || tokens[comma]!.kind === 'number' || tokens[comma]!.text === '-')) comma++;
  if (tokens[comma]?.text !== ',') return null;
  const sentenceEnd = doc.sentences[tokens[comma]!.sentence]![1];
  const run = doc.speakers.runStartingAt(comma + 1, Math.min(sentenceEnd, comma + 1 + PHRASE_REACH));
  const ref = run && doc.speakers.nameInRun(run);
  return ref && ref.from === comma + 1 ? nameSubject(phrase.from, ref) : null;
}

// "Margaret Beckett rejected ...": a past tense right after a name is the clause's verb, even where
// the lexicon knows it only as an adjective (not "need", "speed")
const isPastVerb = (tok: Token) => !tok.cap && tok.kind === 'word' && /\p{L}{2}[^e]ed$/u.test(tok.norm);

/** A verb the lexicon knows as no noun, role or adjective ("backed", not "report"): it ends a phrase opening a clause. One look-up for both questions. */
export function isPlainVerb(norm: string): boolean {
  const classes = wordClass(norm);
  return (classes & WordClass.Verb) !== 0 && (classes & (WordClass.Noun | WordClass.Role | WordClass.Adjective)) === 0;
}

/**
 * A word that may stand inside a speaker phrase: not a function word, and where the phrase opens
 * a clause, not its verb ("Police chief Ada Mertens backed ...").
 */
function inSpeakerPhrase(tok: Token, stopAtVerbs: boolean): boolean {
  if (tok.norm === "'s" || tok.kind === 'number' || tok.text === '-') return true; // "the 54-year-old
  if (tok.kind !== 'word' || isFunctionWord(tok) || SPEECH_VERBS.has(tok.norm)) return false;
  return !stopAtVerbs || !isPlainVerb(tok.norm);
}

/**
 * The speaker phrase starting at token `first`: its last name ("Acme Securities analyst Jane
 * Doyle"), or its head noun when that comes last ("an REM spokesman", "the report"), or a pronoun.
 */
export function phraseSubject(doc: QuoteDoc, first: number, hi: number, opensClause: boolean): Subject | null {
  const { tokens } = doc;
  let k = first;
  const determined = k < hi && DETERMINERS.has(tokens[k]!.norm) && !tokens[k]!.cap;
  if (determined) k++;
  let lastRun: [number, number] | null = null;
  while (k < hi) {
    const run = doc.speakers.runStartingAt(k, hi);
    if (run) {
      lastRun = run;
      k = run[1];
    } else if (inSpeakerPhrase(tokens[k]!, opensClause) && !(opensClause && lastRun?.[1] === k && isPastVerb(tokens[k]!))) {
      k++;
    } else {
      break;
    }
  }
  const head = tokens[k - 1];
  // "said the Sale full-back": a noun after the names heads a phrase that opened with a determiner
  const headKind = head && k > first && (!lastRun || lastRun[1] < k)
    ? trailingHead(head) ?? (determined && lastRun && head.kind === 'word' && !head.cap ? 'role' : null) : null;
  if (headKind === 'unnamed') return unnamedSubject(first, head!.norm);
  if (headKind === 'role') return roleOf(first, tokens, first, k - 1);
  if (lastRun) {
    const abbreviated = abbreviatedRole(tokens, lastRun, first);
    if (abbreviated) return abbreviated;
    const ref = doc.speakers.nameInRun(lastRun);
    return ref ? nameSubject(first, ref) : roleOf(first, tokens, first, lastRun[1] - 1);
  }
  if (k === first) return first < hi ? pronounAt(tokens[first]!, first) : null;
  return head && head.kind === 'word' && !head.cap ? roleOf(first, tokens, first, k - 1) : null;
}

/**
 * Whether a word that makes a verb form a noun ("the report", "his claim") comes right before token i.
 * The first token has none: reading before the array would send the compiled clause finder back to the interpreter.
 */
const afterNounMarker = (tokens: Token[], i: number) => i > 0 && NOUN_MARKERS.has(tokens[i - 1]!.norm);

function isSpeechVerb(tokens: Token[], i: number): boolean {
  const tok = tokens[i]!;
  if (tok.kind !== 'word') return false;
  if (tok.norm === 'according') return tokens[i + 1]?.norm === 'to';
  if (!SPEECH_VERBS.has(tok.norm)) return false;
  // capitalized only when it opens an inverted sentence ("Said coach Scott Johnson: ...")
  const opensSentence = i === 0 || startsLine(tokens[i]!) || SENTENCE_ENDS.has(tokens[i - 1]!.text);
  if (tok.cap && !(opensSentence && INVERTING_VERBS.has(tok.norm))) return false;
  return !afterNounMarker(tokens, i) && !tellsAStory(tokens, i);
}

/** A speech verb and its particle: "fired back", "pointed out" (lower case, outside a name). */
function isPhrasalSpeechVerb(tokens: Token[], i: number): boolean {
  const tok = tokens[i]!;
  const particle = tokens[i + 1];
  return tok.kind === 'word' && !tok.cap && !!particle && particle.gap !== '' && !!PHRASAL_SPEECH_VERBS.get(tok.norm)?.has(particle.norm) && !afterNounMarker(tokens, i);
}

/** "The film tells the story of ...": telling a story, not reporting speech. */
function tellsAStory(tokens: Token[], i: number): boolean {
  if (!TELL_FORMS.has(tokens[i]!.norm)) return false;
  const object = DETERMINERS.has(tokens[i + 1]?.norm ?? '') ? tokens[i + 2] : tokens[i + 1];
  return !!object && NARRATIVE_NOUNS.has(object.norm);
}

/** "X was told", "Y is believed to be": the subject of a passive speech verb is not its speaker. */
function isPassive(tokens: Token[], verb: number, lo: number): boolean {
  if (tokens[verb]!.norm.endsWith('ing')) return false;
  let j = verb - 1;
  while (j >= lo && isAdverb(tokens[j]!)) j--;
  return j >= lo && BE_FORMS.has(tokens[j]!.norm);
}

/** A name phrase that is all of its clause, then a colon and a quote: "BBC Two controller Roly Keating: ...". */
function colonClause(doc: QuoteDoc, colon: number, lo: number): Clause | null {
  const subject = subjectEndingAt(doc, colon - 1, lo);
  return subject?.kind === 'name' && subject.from <= clauseStart(doc.tokens, lo, colon) ? { verb: colon, last: colon, verbText: null, subject, inverted: false } : null;
}

/** The clause of the speech verb at token i (its particle after it when phrasal), or null when its subject is not its speaker. */
function verbClause(doc: QuoteDoc, inQuote: Uint8Array, i: number, lo: number, phrasal: boolean, previous: Clause | undefined): Clause | null {
  const { tokens, sentences } = doc;
  const [sentFirst, sentEnd] = sentences[tokens[i]!.sentence]!;
  const last = phrasal || tokens[i]!.norm === 'according' ? i + 1 : i;
  let hi = i + 1;
  while (hi < Math.min(sentEnd, i + PHRASE_REACH) && !inQuote[hi]) hi++;
  const byAgent = i + 1 < tokens.length && tokens[i + 1]!.norm === 'by' && !tokens[i]!.norm.endsWith('ing');
  if (byAgent || isPassive(tokens, i, lo)) {
    // "a sapphire (was) described by Sharon as ...": the agent after "by" speaks
    const agent = byAgent ? phraseSubject(doc, i + 2, hi, false) : null;
    return agent?.kind === 'name' ? { verb: i, last, verbText: tokens[i]!.norm, subject: agent, inverted: true } : null;
  }
  const according = tokens[i]!.norm === 'according';
  const participle = tokens[i]!.norm.endsWith('ing');
  const sameSentence = previous && tokens[previous.verb]!.sentence === tokens[i]!.sentence ? previous.subject : null;
  const before = according ? null : subjectBefore(doc, i, lo, sentFirst, sameSentence);
  // "..., said X": inversion follows a quotation or a comma, never "X said the measures ..."
  const invertible = according || (!phrasal && INVERTING_VERBS.has(tokens[i]!.norm) && (i === lo || tokens[i - 1]!.text === ','));
  const inverted = invertible ? subjectAfter(doc, i, hi) : null;
  // "... is a certainty, said David Anders": a name after the verb beats a phrase before the comma
  const after = inverted && (!before || (inverted.kind === 'name' && before.kind !== 'name' && before.kind !== 'pronoun')) ? inverted : null;
  // "..., saying that ...": a participle after a comma speaks for the subject of its sentence
  const ownSubject = participle && i > 0 && tokens[i - 1]!.text === ',' ? null : before;
  const opening = ownSubject || after || !participle ? null : openingSubject(doc, sentFirst, i);
  return {
    verb: i,
    last,
    verbText: according ? 'according to' : phrasal ? `${tokens[i]!.norm} ${tokens[i + 1]!.norm}` : tokens[i]!.norm,
    subject: after ?? ownSubject ?? opening,
    inverted: !!after,
  };
}

/** Every speech clause outside quotations, in text order. */
export function findClauses(doc: QuoteDoc, inQuote: Uint8Array): Clause[] {
  const { tokens, sentences } = doc;
  const clauses: Clause[] = [];
  let lastQuoted = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote[i]) {
      lastQuoted = i;
      continue;
    }
    if (doc.boilerplate[i]) continue;
    const tok = tokens[i]!;
    // A colon before a quote ("Roly Keating: ..."). A colon ending the text has no token after it, and
    // reading inQuote past its end would send the compiled loop back to the interpreter to be compiled again.
    const colon = tok.text === ':' && i + 1 < tokens.length && inQuote[i + 1] === 1;
    // speech verbs are words: punctuation and numbers need no look-up
    if (!colon && (tok.kind !== 'word' || !SPEECH_VERB_STARTS.has(tok.norm))) continue;
    const phrasal = !colon && isPhrasalSpeechVerb(tokens, i);
    if (!colon && !phrasal && !isSpeechVerb(tokens, i)) continue;
    const lo = Math.max(sentences[tok.sentence]![0], lastQuoted + 1);
    // One push for every kind of clause: one reached only by the rare colon clauses had no type
    // feedback when the loop was compiled, and reaching it sent the loop back to be compiled again.
    const clause = colon ? colonClause(doc, i, lo) : verbClause(doc, inQuote, i, lo, phrasal, clauses[clauses.length - 1]);
    if (clause) clauses.push(clause);
  }
  return clauses;
}
