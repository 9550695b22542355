/**
 * Word lists for finding who speaks: pronouns, unnamed speakers, role anaphors. Honorifics,
 * titles and the other words of names are the proper-name chunker's (entity-cues.ts).
 */

import type { Gender } from './entity-cues.js';
import regions from './region-abbreviations.json' with { type: 'json' };

/** Subject pronouns that may stand for a named speaker, with the gender they require. */
export const PERSON_PRONOUNS: ReadonlyMap<string, Gender> = new Map([['he', 'm'], ['she', 'f']]);

/** Possessive pronouns before a document ("her statement said"): the gender of the owner, or 'org' for an organization. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, Gender | 'org'> = new Map([['his', 'm'], ['her', 'f'], ['its', 'org'], ['their', 'org']]);

/** Pronouns that stand for an organization ("it said"). */
export const ORG_PRONOUNS: ReadonlySet<string> = new Set(['it']);

/** Pronouns with no single named referent: a quote they introduce keeps a null speaker. */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['we', 'i', 'you', 'someone', 'somebody', 'nobody', 'everyone']);

/** A plural pronoun: it stands for an organization in view ("they said" of a club), never for one person. */
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they']);

/**
 * Heads of noun phrases that name no one ("a spokesman said", "one voter said"):
 * a quote attributed to them has a null speaker.
 */
export const UNNAMED_SPEAKERS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'official', 'officials',
  'voter', 'voters', 'resident', 'residents', 'witness', 'witnesses', 'insider', 'insiders', 'aide', 'aides',
  'friend', 'friends', 'neighbour', 'neighbor', 'fan', 'fans', 'observer', 'observers', 'analyst', 'analysts',
  'expert', 'experts', 'man', 'woman', 'people', 'person', 'someone', 'somebody', 'others', 'critics',
  'supporters', 'campaigners', 'statement', 'reporter', 'journalist', 'member', 'members', 'worker',
  'workers', 'staff', 'spokesmen', 'representative', 'representatives', 'passenger', 'student', 'parent',
]);

/** Documents that speak for whoever issued them ("the Harbour Fund report said", "her memo said"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'study', 'survey', 'statement', 'paper', 'letter', 'review', 'research', 'poll', 'website', 'analysis', 'filing',
  'memo', 'memorandum', 'email', 'e-mail', 'release', 'announcement', 'blog', 'lawsuit', 'complaint', 'ruling', 'affidavit',
]);

/** Words that join two clauses of one subject ("X quit and vowed: ..."). */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'before', 'later']);

/** Title words that make a different office: the shadow or former minister is not the minister. */
export const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(['shadow', 'former', 'deputy', 'vice', 'acting', 'assistant', 'junior', 'interim', 'ex', 'opposition']);

/** Unnamed speakers that are one person: "he" or "she" after "a spokesman said" is the spokesman. */
export const UNNAMED_INDIVIDUALS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'source', 'official', 'voter', 'resident', 'witness', 'insider',
  'aide', 'friend', 'neighbour', 'neighbor', 'fan', 'observer', 'analyst', 'expert', 'man', 'woman', 'person',
  'someone', 'somebody', 'reporter', 'journalist', 'member', 'worker', 'passenger', 'student', 'parent', 'representative',
]);

/** Abbreviated titles that stand for a role ("says PM"), spelled out as role words. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string[]> = new Map([
  ['pm', ['prime', 'minister']], ['ceo', ['chief', 'executive']], ['mp', ['mp']], ['md', ['managing', 'director']],
]);

/** Role nouns for an organization already in view: "the company said" is the firm last named. */
export const ORG_ANAPHORS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'club', 'airline', 'carrier', 'retailer', 'chain', 'broadcaster', 'manufacturer', 'insurer',
]);

/** Words that open a photo, video or reporting credit ("Photo: ...", "(Reporting by ...)"). */
export const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'photo', 'photos', 'photograph', 'photographs', 'photographer', 'image', 'images', 'picture', 'pictured', 'video',
  'file', 'files', 'credit', 'courtesy', 'reporting', 'editing', 'writing', 'additional', 'with',
]);

/** Where a caption puts a person in the picture ("A B, left, ..."). */
export const CAPTION_POSITIONS: ReadonlySet<string> = new Set(['left', 'right', 'center', 'centre', 'front', 'rear', 'top', 'bottom', 'foreground', 'background']);

/** The office an abbreviated title before a name stands for: "Sen. A B" is "the senator". */
export const ABBREVIATED_OFFICES: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['lt', 'lieutenant'], ['sgt', 'sergeant'],
  ['capt', 'captain'], ['gen', 'general'], ['col', 'colonel'], ['maj', 'major'], ['cpl', 'corporal'], ['det', 'detective'],
  ['insp', 'inspector'], ['supt', 'superintendent'], ['cmdr', 'commander'], ['adm', 'admiral'], ['prof', 'professor'],
  ['dr', 'doctor'], ['rev', 'reverend'], ['atty', 'attorney'], ['supv', 'supervisor'],
]);

/** The party a letter stands for in a party–state tag ("D-Ohio", "R-Texas", "I-Vt."). */
export const PARTY_LETTERS: ReadonlyMap<string, string> = new Map([['d', 'democrat'], ['r', 'republican'], ['i', 'independent'], ['l', 'libertarian']]);

const REGIONS: Readonly<Record<string, string>> = regions;

/** The region a state or province abbreviation stands for ("mich" -> "michigan"), lower case. */
export const regionOf = (abbreviation: string): string | undefined =>
  abbreviation !== '$comment' && Object.hasOwn(REGIONS, abbreviation) ? REGIONS[abbreviation] : undefined;
