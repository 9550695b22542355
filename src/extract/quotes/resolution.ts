/**
 * Speaker resolution: what a speech clause's subject stands for, as one ordered table of rules.
 * A name is its entry; a descriptor ("the minister", "the 34-year-old", "the Ohio Democrat")
 * is the one person or organization the article described that way; a document is its issuer;
 * a pronoun is the latest salient candidate (salience.ts) that agrees with it — "he" and "she"
 * a person of that gender (from an honorific or a given name), never an organization, a place
 * or an abbreviation; "it" and "they" an organization.
 */
import { wordsTable } from '../../lexicon/index.js';
import { DOCUMENT_NOUNS, ORG_ANAPHORS, UNNAMED_INDIVIDUALS } from '../../lexicon/speaker-words.js';
import type { Clause, Subject } from './clauses.js';
import { ageIn } from './descriptors.js';
import { sentenceMentions, type Mention } from './salience.js';
import { isTitleNorm, type NameRef, type QuoteDoc, type SpeakerIndex } from './speakers.js';

// How many earlier speakers a pronoun looks back over.
const PRONOUN_REACH = 64;

/** What a resolution rule sees: the clause's subject, where its verb is, and the candidates in view. */
interface Context {
  doc: QuoteDoc;
  names: SpeakerIndex;
  subject: Subject;
  /** The nearest candidate in view before the verb that passes the test (null: none, or an unnamed speaker is nearer). */
  latest: (fits: (ref: NameRef | null) => boolean) => NameRef | null;
}

/** A rule applies when `resolve` gives a speaker or null; undefined passes to the next rule. */
interface SpeakerRuleSpec {
  id: string;
  description: string;
  resolve: (c: Context) => NameRef | null | undefined;
}

const found = (ref: NameRef | null) => ref ?? undefined;

/** Whether a pronoun of this gender may stand for a candidate: a person of that gender, or of none known. */
const agrees = (c: Context, gender: string | undefined) => (r: NameRef | null) =>
  !r || (!r.isOrg && !c.names.isPlaceLed(r) && !c.names.isAbbreviation(r) && (c.names.genderOf(r) ?? gender) === gender);

/** "he"/"she" (or "his"/"her" before a document): the latest agreeing person, whose gender it then tells. */
function personPronoun(c: Context & { subject: { kind: 'pronoun' } }): NameRef | null {
  const { gender } = c.subject;
  const ref = c.latest(agrees(c, gender));
  if (ref && gender) c.names.noteGender(ref, gender);
  return ref;
}

/** How a speech clause's subject becomes a speaker: the first rule that applies decides. */
export const SPEAKER_RULES: readonly SpeakerRuleSpec[] = [
  { id: 'speaker.name', description: 'the subject names a person or organization of the record', resolve: (c) => (c.subject.kind === 'name' ? c.names.fullest(c.subject.ref) : undefined) },
  { id: 'speaker.unnamed', description: 'an unnamed speaker ("a spokesman", "one voter", "we") is no one', resolve: (c) => (c.subject.kind === 'unnamed' ? null : undefined) },
  {
    id: 'speaker.surname',
    description: 'a one-word capitalized role that is one person\'s surname ("said King" for Jason King)',
    resolve: (c) => (c.subject.kind === 'role' && isCapitalizedWord(c.doc, c.subject) ? found(c.names.personBySurname(c.subject.role)) : undefined),
  },
  {
    id: 'speaker.described.age',
    description: '"the 34-year-old": the one person the article gave that age ("A B, 34,")',
    resolve: (c) => {
      const age = c.subject.kind === 'role' ? ageIn(c.doc, c.subject) : null;
      return age ? found(c.names.personAged(age)) : undefined;
    },
  },
  {
    id: 'speaker.document',
    description: 'a document speaks for the one organization or person that issued it ("the report says" after "a report ... by X", "the X report")',
    resolve: (c) => (c.subject.kind === 'role' && DOCUMENT_NOUNS.has(c.subject.role) ? found(c.names.holderOf(c.subject.role)) : undefined),
  },
  {
    id: 'speaker.described',
    description: 'a descriptor the article gave one person or organization: title, affiliation, party–state tag ("the minister", "the Ohio Democrat", "the ministry")',
    resolve: (c) => (c.subject.kind === 'role' ? found(c.names.holderOf(c.subject.role, c.subject.modifiers, c.subject.named)) : undefined),
  },
  {
    id: 'speaker.described.organization',
    description: '"the company said", "the agency said": the organization last in view',
    resolve: (c) => (c.subject.kind === 'role' && isOrgAnaphor(c.doc, c.subject) ? found(c.latest((r) => !!r?.isOrg)) : undefined),
  },
  {
    id: 'speaker.described.person',
    description: '"the rookie defenceman said", "the 34-year-old said": a title phrase no one holds by name is the person last in view who may hold it',
    resolve: (c) => {
      const { subject } = c;
      return subject.kind === 'role' && isPersonAnaphor(c.doc, subject) ? found(c.latest((r) => !!r && !r.isOrg && c.names.mayHold(r, subject.modifiers))) : undefined;
    },
  },
  {
    id: 'speaker.document.possessor',
    description: '"her statement said", "its report says": the person or organization the possessive stands for, resolved like a pronoun',
    resolve: (c) => {
      if (c.subject.kind !== 'pronoun' || !c.subject.document) return undefined;
      return c.subject.org ? c.latest((r) => !!r?.isOrg) : personPronoun(c as Context & { subject: { kind: 'pronoun' } });
    },
  },
  {
    id: 'speaker.pronoun.plural',
    description: '"they": the nearest candidate in view when it is an organization (a club, a company); no one when it is a person',
    resolve: (c) => {
      if (c.subject.kind !== 'pronoun' || !c.subject.plural) return undefined;
      const nearest = c.latest(() => true);
      return nearest?.isOrg ? nearest : null;
    },
  },
  { id: 'speaker.pronoun.organization', description: '"it": the latest organization in view', resolve: (c) => (c.subject.kind === 'pronoun' && c.subject.org ? c.latest((r) => !!r?.isOrg) : undefined) },
  {
    id: 'speaker.pronoun.person',
    description: '"he"/"she": the latest person in view of that gender (honorific or given name) — never an organization, a place, an abbreviation or a name on a caption or byline',
    resolve: (c) => (c.subject.kind === 'pronoun' ? personPronoun(c as Context & { subject: { kind: 'pronoun' } }) : undefined),
  },
  { id: 'speaker.unresolved', description: 'no candidate in view fits the subject', resolve: () => null },
];

export interface Resolution {
  speaker: NameRef | null;
  /** The id of the rule (SPEAKER_RULES) that decided. */
  rule: string;
}

/** Resolves each clause's subject, in text order, against the candidates in view before its verb. */
export function resolveClauses(doc: QuoteDoc, clauses: Clause[], names: SpeakerIndex, inQuote: Uint8Array): Map<Clause, Resolution> {
  const subjects = sentenceMentions(doc, names, inQuote, clauses);
  const mentions: Mention[] = [];
  const resolved = new Map<Clause, Resolution>();
  // The nearest earlier mention that fits (mentions are nearly in text order; "according to" ones are not).
  const latest = (pos: number) => (fits: (ref: NameRef | null) => boolean) => {
    let best: Mention | null = null;
    for (let k = mentions.length - 1; k >= Math.max(0, mentions.length - PRONOUN_REACH); k--) {
      const m = mentions[k]!;
      if (m.pos < pos && (!best || m.pos > best.pos) && fits(m.ref)) best = m;
    }
    return best?.ref ?? null;
  };
  let s = 0;
  for (const clause of clauses) {
    while (s < subjects.length && subjects[s]!.pos < clause.verb) mentions.push(subjects[s++]!);
    let result: Resolution = { speaker: null, rule: 'speaker.unresolved' };
    if (clause.subject) {
      const context: Context = { doc, names, subject: clause.subject, latest: latest(clause.verb) };
      for (const rule of SPEAKER_RULES) {
        const ref = rule.resolve(context);
        if (ref !== undefined) {
          result = { speaker: ref, rule: rule.id };
          break;
        }
      }
    }
    resolved.set(clause, result);
    // "according to X" makes X the source of its whole sentence: X is the speaker in view after it
    const pos = clause.verbText === 'according to' ? doc.sentences[doc.tokens[clause.verb]!.sentence]![1] - 1 : clause.verb;
    const unnamedPerson = clause.subject?.kind === 'unnamed' && UNNAMED_INDIVIDUALS.has(clause.subject.head);
    if (result.speaker || unnamedPerson) mentions.push({ pos, ref: result.speaker });
  }
  return resolved;
}

/**
 * "the 24-year-old said", "the Arsenal boss added", "the ex-Wallaby added": a definite title phrase no one in the
 * article holds by name refers back, like a pronoun, to the person last named as a speaker.
 */
function isPersonAnaphor(doc: QuoteDoc, subject: Subject & { kind: 'role' }): boolean {
  if (doc.tokens[subject.from]?.norm !== 'the' || wordsTable.singular[subject.role]) return false; // not "the researchers"
  return isTitleNorm(subject.role) || subject.role.startsWith('ex-') || [subject.role, ...subject.modifiers].some((w) => w.endsWith('-old'));
}

/** "the company said", "the firm added": the organization last in view, like "it". */
const isOrgAnaphor = (doc: QuoteDoc, subject: Subject & { kind: 'role' }) =>
  doc.tokens[subject.from]?.norm === 'the' && subject.modifiers.length === 0 && ORG_ANAPHORS.has(subject.role);

/** "said King", "Shepherd added": a role that is one capitalized word may be a person's surname. */
const isCapitalizedWord = (doc: QuoteDoc, subject: Subject & { kind: 'role' }) =>
  subject.modifiers.length === 0 && doc.tokens[subject.from]!.cap && doc.tokens[subject.from]!.norm === subject.role;