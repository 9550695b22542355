/**
 * The knowledge hook of the name classifier: what glean's typed knowledge (src/knowledge) and
 * the user's lexicons say a proper-name segment is. An unambiguous known name decides on its
 * own; an ambiguous one ("Next", "Chelsea", "Sale": also a common word, a name or a place)
 * only with a cue, the first rule below that holds.
 */
import { entryKey, kindOf, longestMatch, lookup, type EntryKind, type KnownEntry } from '../../knowledge/index.js';
import { plainNorm, tokensKey } from '../../knowledge/key.js';
import { HONORIFICS, LOCATIVES, ORG_APPOSITIVES, ORG_DESCRIPTORS, ORG_ROLES, TEAM_VERBS_AFTER, TEAM_WORDS_BEFORE } from '../../lexicon/entity-cues.js';
import { has, WordClass } from '../../lexicon/word-class.js';
import { perSpan, type Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import { businessContext, everyToken } from './evidence.js';

export interface KnownName {
  kind: EntryKind;
  entry: KnownEntry;
  /** The id of the rule that decided (see RULES). */
  rule: string;
}

/** What the hook needs of the classifier's per-document context. */
export interface KnownNameContext {
  headline: boolean[];
  /** A sports report: club names stand for teams. */
  sports: boolean;
}

/** Per-document evidence: entries named unambiguously somewhere, and surnames of people named in full or with a title. */
interface DocEvidence {
  named: Set<string>;
  surnames: Set<string>;
}

const identity = (e: KnownEntry): string => `${e.type}\u0000${e.name}`;

const evidence = new WeakMap<Doc, DocEvidence>();

function docEvidence(doc: Doc): DocEvidence {
  let ev = evidence.get(doc);
  if (ev) return ev;
  ev = { named: new Set(), surnames: new Set() };
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.cap) continue;
    // "Anna Falco", "Mr Falco", "Mr. Falco": a given name or a courtesy title before a surname.
    // Bounded: a read past the end of the tokens would deoptimise this at the end of a text.
    const n = i + 1 < tokens.length && tokens[i + 1]!.text === '.' ? i + 2 : i + 1;
    const next = n < tokens.length ? tokens[n] : undefined;
    if (next?.kind === 'word' && next.cap && !next.gap.includes('\n') && (has(t.norm, WordClass.FirstName) || HONORIFICS.has(t.norm))) ev.surnames.add(next.norm);
    const match = longestMatch(tokens, i);
    if (match && !match.entry.ambiguous) {
      ev.named.add(identity(match.entry));
      i = match.end - 1;
    }
  }
  evidence.set(doc, ev);
  return ev;
}

const CAPITALS_NAME = /^[\p{Lu}\d&.-]{2,}$/u;

/** An entry written in capitals ("BP", "WHO") used in capitals outside a headline. */
const inCapitals = (doc: Doc, a: number, b: number, ctx: KnownNameContext, e: KnownEntry): boolean =>
  CAPITALS_NAME.test(e.name) && !ctx.headline[a] && everyToken(doc.tokens, a, b, (t) => t.kind !== 'word' || t.allCaps);

/** "retailer Next", "the club's", "Next shares", "Next chairman": a type or role word beside the name. */
function describedBeside(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  let p = a - 1;
  if (tokens[p]?.norm === 'the') p--;
  const before = tokens[p], after = tokens[b];
  if (before && !before.cap && ORG_DESCRIPTORS.has(before.norm) && !tokens[a]!.gap.includes('\n')) return true;
  return !!after && !after.cap && !after.gap.includes('\n') && (ORG_APPOSITIVES.has(after.norm) || ORG_ROLES.has(after.norm));
}

/** "Next, the fashion retailer,": a describing noun in apposition after the name. */
function describedAfter(tokens: Token[], b: number): boolean {
  if (tokens[b]?.text !== ',') return false;
  for (let k = b + 1; k <= b + 4 && tokens[k]?.kind === 'word' && !tokens[k]!.cap; k++) if (ORG_DESCRIPTORS.has(tokens[k]!.norm)) return true;
  return false;
}

/** "Lakeside 2 Rovers 1", "beat Rovers", "Rovers drew": a result around a club's name. */
function inResult(tokens: Token[], a: number, b: number): boolean {
  const before = tokens[a - 1], after = tokens[b];
  const sameLine = !!after && !after.gap.includes('\n');
  return (!!before && !tokens[a]!.gap.includes('\n') && TEAM_WORDS_BEFORE.has(before.norm))
    || (sameLine && (TEAM_VERBS_AFTER.has(after.norm) || (after.kind === 'number' && after.text.length <= 2 && tokens[b + 1]?.gap !== '')));
}

/** Words a club's name comes before ("Rovers team mate", "the Rovers squad") or after ("joined Rovers"). */
const CLUB_WORDS_AFTER = new Set(['team', 'side', 'squad', 'player', 'players', 'striker', 'midfielder', 'defender', 'goalkeeper', 'manager', 'coach', 'fans', 'supporters']);
const CLUB_WORDS_BEFORE = new Set(['joined', 'join', 'joins', 'joining', 'rejoined', 'left', 'leave', 'leaves', 'leaving', 'for', 'against']);

/** "joined Rovers", "Rovers team mate": a transfer or a team word beside a club's name in a sports report. */
function clubWordBeside(tokens: Token[], a: number, b: number): boolean {
  const before = tokens[a - 1], after = tokens[b];
  return (!!before && !tokens[a]!.gap.includes('\n') && CLUB_WORDS_BEFORE.has(before.norm))
    || (!!after && !after.gap.includes('\n') && CLUB_WORDS_AFTER.has(after.norm));
}

const phraseAnswers = new WeakMap<Doc, Map<string, boolean>>();

/**
 * Does the text write the key `phrase` as a run of one to three tokens from a word (the place
 * "st louis" in "St. Louis")? Answered once per phrase by a scan that builds a run's key only
 * where its first word matches, not a set of every run's key.
 */
function writesPhrase(doc: Doc, phrase: string): boolean {
  let answers = phraseAnswers.get(doc);
  if (!answers) phraseAnswers.set(doc, (answers = new Map()));
  let found = answers.get(phrase);
  if (found === undefined) answers.set(phrase, (found = scanForPhrase(doc.tokens, phrase)));
  return found;
}

function scanForPhrase(tokens: Token[], phrase: string): boolean {
  const first = phrase.split(' ', 1)[0];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word' || plainNorm(tokens[i]!) !== first) continue;
    for (let n = 1; n <= 3 && i + n <= tokens.length; n++) if (tokensKey(tokens, i, i + n) === phrase) return true;
  }
  return false;
}

/**
 * The home of a club known by the last words of its name ("Mariners" of "Seattle Mariners"):
 * the words before them, or undefined when tokens [a, b) are no such nickname. The key of the
 * tokens is built only for a club's entry.
 */
function nicknameHome(tokens: Token[], a: number, b: number, e: KnownEntry): string | undefined {
  if (e.type !== 'club') return undefined;
  const full = entryKey(e), key = tokensKey(tokens, a, b);
  return full.endsWith(` ${key}`) ? full.slice(0, -key.length - 1) : undefined;
}

/** Rules for an ambiguous known name, in order; the first that holds decides. */
interface Cue {
  id: string;
  description: string;
  holds: (doc: Doc, a: number, b: number, ctx: KnownNameContext, e: KnownEntry) => boolean;
  /** Also says which club a nickname names; the other cues say only that some club is meant. */
  nicknames?: true;
}

const CUES: Cue[] = [
  { id: 'knowledge.cue.capitals', description: 'an ambiguous acronym in the knowledge ("BP") written in capitals outside a headline, unless capitals are how news writes that word anyway ("TV")', holds: (doc, a, b, ctx, e) => e.ambiguity !== 'acronym' && inCapitals(doc, a, b, ctx, e) },
  { id: 'knowledge.cue.full-form', description: 'an ambiguous short form of a known name the document also names unambiguously ("Leeds United" ... "Leeds")', holds: (doc, _a, _b, _ctx, e) => docEvidence(doc).named.has(identity(e)), nicknames: true },
  // A nickname ("Saints") is many clubs': only its home in the text says which, and that it is one.
  { id: 'knowledge.cue.home', description: 'an ambiguous club nickname ("Mariners") in a text that names its home ("Seattle"); a nickname needs this or its full name', holds: (doc, a, b, _ctx, e) => { const home = nicknameHome(doc.tokens, a, b, e); return !!home && writesPhrase(doc, home); }, nicknames: true },
  // Not a place's or a person's name: in a sports report "Leeds" alone may be where the race
  // was run, and "Tom" a player.
  { id: 'knowledge.cue.sports', description: "an ambiguous club name, other than a place's or a person's, in a sports report", holds: (_doc, _a, _b, ctx, e) => e.type === 'club' && ctx.sports && e.ambiguity !== 'place' && e.ambiguity !== 'name' },
  { id: 'knowledge.cue.club-word', description: 'an ambiguous club name in a sports report with a transfer or team word beside it ("joined Rovers", "Rovers team mate")', holds: (doc, a, b, ctx, e) => e.type === 'club' && ctx.sports && clubWordBeside(doc.tokens, a, b) },
  { id: 'knowledge.cue.result', description: 'an ambiguous club name in a result ("beat Rovers", "Rovers 2", "Rovers drew")', holds: (doc, a, b, _ctx, e) => e.type === 'club' && inResult(doc.tokens, a, b) },
  { id: 'knowledge.cue.described', description: 'an ambiguous organization name with a type or role word beside it ("retailer Next", "Next shares")', holds: (doc, a, b, _ctx, e) => kindOf(e.type) === 'org' && describedBeside(doc, a, b) },
  { id: 'knowledge.cue.business', description: 'an ambiguous company or media name, no club, in business news: "X reported", "X has bought", "X said profits rose", "shares in X"', holds: (doc, a, b, _ctx, e) => kindOf(e.type) === 'org' && e.type !== 'club' && businessContext(doc, a, b) },
  { id: 'knowledge.cue.apposition', description: 'an ambiguous organization name followed by a describing apposition ("Next, the retailer,")', holds: (doc, _a, b, _ctx, e) => kindOf(e.type) === 'org' && describedAfter(doc.tokens, b) },
];

/** Every rule id the hook can give, for `glean rules`. */
export const RULES: ReadonlyArray<{ id: string; description: string }> = [
  { id: 'knowledge.user', description: "the user's lexicon (--lexicon) names it; applied before the built-in knowledge" },
  { id: 'knowledge.known', description: 'the built-in knowledge names it, and the name is no common word, given name, surname or place' },
  ...CUES.map(({ id, description }) => ({ id, description })),
];

/** The known entry tokens [a, b) spell exactly ("The Streets", "Sainsbury" before "'s"), if any. */
const entryAt = perSpan((doc: Doc, a: number, b: number): KnownEntry | undefined => {
  const { tokens } = doc;
  const key = tokensKey(tokens, a, b);
  if (!key) return undefined;
  const possessive = tokens[b]?.text.length === 2 && tokens[b]!.norm === "'s" && tokens[b]!.gap === '' ? lookup(`${key} 's`) : undefined;
  return possessive ?? lookup(key) ?? (tokens[a]!.norm === 'the' && b - a > 1 ? lookup(tokensKey(tokens, a + 1, b)) : undefined) ?? pluralThing(key);
});

/**
 * Tokens [a, j] with the "'s" at j spell an organization the knowledge names unambiguously
 * ("Sainsbury's", "McDonald's"), and its possessor is no given name nor the surname of a person
 * the document names ("Ann Fairley ... Fairley's shop").
 */
export function knownPossessive(doc: Doc, a: number, j: number): boolean {
  const known = lookup(tokensKey(doc.tokens, a, j + 1));
  if (!known || known.ambiguous || kindOf(known.type) !== 'org') return false;
  const possessor = doc.tokens[j - 1]!.norm;
  return !docEvidence(doc).surnames.has(possessor) && !(j - a === 1 && has(possessor, WordClass.FirstName));
}

/** "Range Rovers", "iPods": the plural of a product's name is that product too. */
function pluralThing(key: string): KnownEntry | undefined {
  const entry = key.endsWith('s') ? lookup(key.slice(0, -1)) : undefined;
  return entry && kindOf(entry.type) === 'thing' ? entry : undefined;
}

/**
 * What the knowledge says tokens [a, b) name, with the rule that decided; undefined when it
 * does not know the name, or knows it only ambiguously and no cue holds (without a context,
 * no cue is looked for). A one-word organization the document also uses as a person's surname
 * ("Anna Falco" ... "Falco") is left to the other rules.
 */
export function knowledgeKind(doc: Doc, a: number, b: number, ctx?: KnownNameContext): KnownName | undefined {
  const entry = entryAt(doc, a, b);
  if (!entry) return undefined;
  const kind = kindOf(entry.type);
  if (entry.user) return { kind, entry, rule: 'knowledge.user' };
  if (b - a === 1 && kind !== 'person' && docEvidence(doc).surnames.has(doc.tokens[a]!.norm)) return undefined;
  if (!entry.ambiguous) return { kind, entry, rule: 'knowledge.known' };
  if (!ctx) return undefined;
  // "at Westhaven", "in Eastmoor": after a locative a place's name is the place, and so is a
  // club's ambiguous name after "in" or "at" ("in Lakeport", the town of Lakeport FC).
  const before = doc.tokens[a]!.gap.includes('\n') ? '' : doc.tokens[a - 1]?.norm ?? '';
  if ((entry.ambiguity === 'place' && LOCATIVES.has(before)) || (entry.type === 'club' && (before === 'in' || before === 'at'))) return undefined;
  const nickname = !!nicknameHome(doc.tokens, a, b, entry);
  const cue = CUES.find((c) => (c.nicknames || !nickname) && c.holds(doc, a, b, ctx, entry));
  return cue ? { kind, entry, rule: cue.id } : undefined;
}

/** An organization the knowledge names without needing a cue ("Vodafone", "the Fed"). */
export function knownOrganization(doc: Doc, a: number, b: number): KnownEntry | undefined {
  const known = knowledgeKind(doc, a, b);
  return known?.kind === 'org' ? known.entry : undefined;
}

/**
 * Token i starts a name the knowledge gives a kind (unambiguously, or with a cue), written in
 * capitals: a name even where sentence case hides it ("Vodafone said", "Next, the retailer,").
 */
export function startsKnownName(doc: Doc, i: number, ctx: KnownNameContext): boolean {
  const match = longestMatch(doc.tokens, i);
  return !!match && everyToken(doc.tokens, i, match.end, (t) => t.kind !== 'word' || t.cap) && !!knowledgeKind(doc, i, match.end, ctx);
}
