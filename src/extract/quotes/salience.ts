/**
 * Who is in view at each point of a text, for resolving pronouns and descriptors: the subject
 * of each sentence ("Falcons captain A B was blunt ...", "The 31-year-old left"), or failing
 * one, the person a sentence is about, in text order. Boilerplate lines (captions, bylines, labels) put no one in view.
 */
import { ORG_PRONOUNS, OTHER_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS } from '../../lexicon/speaker-words.js';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { has, WordClass } from '../../lexicon/word-class.js';
import type { Token } from '../../text/tokenize.js';
import { clauseStart, isPlainVerb, PHRASE_REACH, phraseSubject, type Clause } from './clauses.js';
import { describedEntity } from './descriptors.js';
import { isTitleNorm, type NameRef, type QuoteDoc, type SpeakerIndex } from './speakers.js';

/** A speaker named (or, with a null ref, left unnamed: "a spokesman said") at a token position. */
export interface Mention {
  pos: number;
  ref: NameRef | null;
}

/** Whether two refs are of one entry, and both a person or both an organization ("the Conservatives" makes a mention a group). */
export const sameName = (a: NameRef | null, b: NameRef | null) => !!a && !!b && a.entry === b.entry && a.isOrg === b.isOrg;

/**
 * The person named as the subject at the start of a sentence ("Ilsa Marden, 23, gave up ...",
 * "Labour's Mr Livingstone, who ..."). A lone capitalized word opening a sentence may be any
 * word, so it counts only when it is the short form of a longer name or has an honorific.
 */
export function sentenceSubject(doc: QuoteDoc, names: SpeakerIndex, first: number, end: number): NameRef | null {
  const start = clauseStart(doc.tokens, first, end);
  return describedSubject(doc, names, start, end) ?? subjectAt(doc, names, start, end) ?? subjectAt(doc, names, afterIntroduction(doc, first, start, end), end);
}

// How many words a descriptor before a subject's name may have: "Longtime resident and retired schoolteacher".
const DESCRIPTOR_REACH = 8;

/**
 * A person named after the descriptor that opens a sentence, a title word right before the
 * name ("Stallions captain Marc Rey was blunt", "union local president Ana Bell"): the words
 * before are the person's team, place or role, not the subject.
 */
function describedSubject(doc: QuoteDoc, names: SpeakerIndex, at: number, end: number): NameRef | null {
  const { tokens } = doc;
  const reach = Math.min(end, at + DESCRIPTOR_REACH);
  // the subject is a mention after the descriptor: with none starting in reach, no word of it need be looked up
  if (!doc.speakers.mentionStartsIn(at + 1, reach)) return null;
  for (let i = at; i < reach; i++) {
    const tok = tokens[i]!;
    const run = doc.speakers.runStartingAt(i, end);
    const ref = run && doc.speakers.nameInRun(run);
    if (ref && !ref.isOrg) return ref.from === i && i > at && isTitleNorm(tokens[i - 1]!.norm) ? names.fullest(ref) : null; // "Ann Vale and her husband Tom Vale": Ann
    if (!(tok.kind === 'word' || tok.norm === "'s" || tok.text === '-') || SPEECH_VERBS.has(tok.norm) || (!tok.cap && isPlainVerb(tok.norm))) return null;
  }
  return null;
}

// How long an introductory phrase may be: "With both services on offer from Cablecom, ...".
const INTRODUCTION_REACH = 15;

/**
 * The token after the comma that closes an introductory phrase opening with a preposition or a
 * participle ("With both services on offer, Mr Halvorsen ...", "Speaking on Monday, she ...").
 */
function afterIntroduction(doc: QuoteDoc, first: number, start: number, end: number): number {
  // the comma is looked for first: most sentences have none near their start, and then the opener needs no look-up
  const reach = Math.min(end, first + INTRODUCTION_REACH);
  let comma = first;
  while (comma < reach && doc.tokens[comma]!.text !== ',') comma++;
  if (comma === reach) return end;
  const opener = doc.tokens[start];
  const introduces = opener && (has(opener.norm, WordClass.FunctionWord) || /(?:ing|ed)$/.test(opener.norm));
  return introduces ? comma + 1 : end;
}

function subjectAt(doc: QuoteDoc, names: SpeakerIndex, at: number, end: number): NameRef | null {
  const { tokens } = doc;
  // "The Clearwater Port Authority cut fees": the article before an organization's name
  let run = doc.speakers.runStartingAt(at, end) ?? (tokens[at]?.norm === 'the' ? doc.speakers.runStartingAt(at + 1, end) : null);
  while (run && tokens[run[1]]?.norm === "'s") run = doc.speakers.runStartingAt(run[1] + 1, end);
  const ref = run && doc.speakers.nameInRun(run);
  if (!ref) return null;
  const full = names.fullest(ref);
  return ref.isOrg || full.words.length > 1 || names.genderOf(ref) ? full : null;
}

/**
 * The people each sentence is about, in text order: its subject, or, in a sentence that opens
 * with neither a name nor a pronoun and has no speech clause, the first person it names who is
 * a speaker somewhere or whose gender is known ("Those allegations were put to Wenger ...",
 * "One dissenting opinion came from Brian Gammage").
 * Only the sentences that open before the last clause's verb are read: a clause's speaker is
 * looked for before its verb, so no later mention is ever asked for.
 */
export function sentenceMentions(doc: QuoteDoc, names: SpeakerIndex, inQuote: Uint8Array, clauses: Clause[]): Mention[] {
  const { tokens } = doc;
  const reporting = new Uint8Array(doc.sentences.length); // sentence -> 1 when a speech clause is in it
  for (const c of clauses) reporting[tokens[c.verb]!.sentence] = 1;
  const speakers = new Set<number>(); // entries, by index
  for (const c of clauses) if (c.subject?.kind === 'name') speakers.add(c.subject.ref.entry);
  const isPerson = (ref: NameRef) => speakers.has(ref.entry) || !!names.genderOf(ref);
  const lastVerb = clauses.length ? clauses[clauses.length - 1]!.verb : 0;
  const out: Mention[] = [];
  for (let s = 0; s < doc.sentences.length && doc.sentences[s]![0] < lastVerb; s++) {
    const [first, end] = doc.sentences[s]!;
    const start = clauseStart(tokens, first, end);
    if (inQuote[first] || inQuote[start] || doc.boilerplate[start]) continue;
    const ref = sentenceSubject(doc, names, first, end) ?? (reporting[s] ? null : descriptorSubject(doc, names, start, end));
    if (ref) out.push({ pos: first, ref });
    else if (!reporting[s] && !isPronoun(tokens[start]) && !opensWithName(doc, start, end)) {
      const named = firstPersonIn(doc, inQuote, start, end, isPerson);
      if (named) out.push({ pos: named.from, ref: names.fullest(named) });
    }
  }
  return out;
}

/** The entity a sentence opening with a descriptor is about: "The 31-year-old spoke to reporters", "The senator left early". */
function descriptorSubject(doc: QuoteDoc, names: SpeakerIndex, start: number, end: number): NameRef | null {
  if (start >= end || doc.tokens[start]!.norm !== 'the') return null; // only a definite descriptor stands for one entity: no phrase to read
  const subject = phraseSubject(doc, start, Math.min(end, start + PHRASE_REACH), true);
  return subject?.kind === 'role' ? describedEntity(doc, names, subject) : null;
}

const isPronoun = (tok: Token | undefined) => !!tok && (PERSON_PRONOUNS.has(tok.norm) || ORG_PRONOUNS.has(tok.norm) || PLURAL_PRONOUNS.has(tok.norm) || OTHER_PRONOUNS.has(tok.norm));

/** Whether the sentence opens with a name that is not a possessive ("Mr Prater's sentiments were echoed by ..."). */
function opensWithName(doc: QuoteDoc, start: number, end: number): boolean {
  const run = doc.speakers.runStartingAt(start, end);
  return !!run && !isPossessive(doc, run) && !!doc.speakers.nameInRun(run);
}

const isPossessive = (doc: QuoteDoc, run: [number, number]) => doc.tokens[run[1]]?.norm === "'s";

/** The first person named outside quotation marks in [from, end), not as a possessive, that passes the test. */
function firstPersonIn(doc: QuoteDoc, inQuote: Uint8Array, from: number, end: number, isPerson: (ref: NameRef) => boolean): NameRef | null {
  if (!doc.speakers.mentionStartsIn(from, end)) return null; // a name is a mention: with none, no run need be read
  for (let i = from; i < end; i++) {
    const run = inQuote[i] || doc.boilerplate[i] ? null : doc.speakers.runStartingAt(i, end);
    if (!run) continue;
    const ref = isPossessive(doc, run) ? null : doc.speakers.nameInRun(run);
    if (ref && !ref.isOrg && isPerson(ref)) return ref;
    i = run[1] - 1;
  }
  return null;
}