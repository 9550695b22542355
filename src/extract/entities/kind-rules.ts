/**
 * What a proper-name segment names, decided by an ordered table of rules: the first rule that
 * applies gives the kind, and the segment records the rule's id (printed by --explain).
 * The layout rules (layout-passes.ts) and the splitting of titles off names (names.ts) may
 * change a kind later; they record their own ids the same way.
 */
import { MONTHS } from '../../lexicon/count-cues.js';
import { COURTESY_TITLES, DETERMINERS, PERSON_PARTICLES, SURNAME_PARTICLES, THING_HEADS } from '../../lexicon/entity-cues.js';
import { has, WordClass } from '../../lexicon/word-class.js';
import type { Doc } from '../../text/document.js';
import { DASHES, QUOTE_MARKS } from '../../text/marks.js';
import { describe, firstRule, type Rule } from '../../rules/rule.js';
import {
  businessContext, companyContext, type Ctx, everydayName, everyToken, followedBySpeech, knownOrg, looksLikeOrg, looksLikePerson, nameShaped, normKey, ORG_HEAD_WORDS, tokenBefore,
  unknownNameShape,
} from './evidence.js';
import { countryAt } from './gazetteer.js';
import { knowledgeKind } from './known-names.js';
import type { NameKind, NameSegment } from './names.js';

/** What a kind rule looks at: one segment, tokens [a, b), in its document. */
export interface KindContext {
  doc: Doc;
  seg: NameSegment;
  ctx: Ctx;
  a: number;
  b: number;
  /** A title before a name the knowledge knows as no person ("Mr Falco", Falco a brand): a person after all. */
  titled: boolean;
}


const TITLE_CASE = /^\p{Lu}[\p{Ll}'’-]/u;

/** Every word written Like This, but for name particles ("van Hal"): how personal names look ("B&B", "BP" do not). */
const titleCased = (doc: Doc, a: number, b: number): boolean =>
  everyToken(doc.tokens, a, b, (t) => t.kind !== 'word' || TITLE_CASE.test(t.text) || (!t.cap && PERSON_PARTICLES.has(t.norm)));


/**
 * Capitals at the start of a line, then "," or "(" and a dash before the line's text goes on
 * ("LAKEPORT, 3 March -"), or a date that ends the line ("LAKEPORT 2031-03-03", "LAKEPORT ,
 * Westshire 2031-03-03").
 */
function isDateline(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  if (!(a === 0 || tokens[a]!.gap.includes('\n')) || !everyToken(tokens, a, b, (t) => t.kind !== 'word' || t.allCaps)) return false;
  const sameLine = (k: number) => k < tokens.length && !tokens[k]!.gap.includes('\n');
  let k = b;
  if ([',', '('].includes(tokens[b]?.text ?? '')) {
    for (let d = b + 1; d < Math.min(tokens.length, b + 8) && sameLine(d); d++) if (DASHES.has(tokens[d]!.text)) return true;
    for (k = b + 1; sameLine(k) && tokens[k]!.kind === 'word' && tokens[k]!.cap; k++);
  }
  return sameLine(k) && dateEndsLine(tokens, k);
}

/** Tokens from k to the end of the line are a date: "2031-03-03", "March 3", "3 March 2031". */
function dateEndsLine(tokens: Doc['tokens'], k: number): boolean {
  let shape = '';
  for (let i = k; i < tokens.length && (i === k || !tokens[i]!.gap.includes('\n')) && shape.length < 8; i++) {
    const t = tokens[i]!;
    shape += t.kind === 'number' ? (/^(1[89]|20)\d\d$/.test(t.text) ? 'Y' : '#') : MONTHS.has(t.norm) ? 'M' : t.text === '-' ? '-' : '?';
  }
  return ['Y-#-#', 'M#', '#M', 'M#Y', '#MY'].includes(shape);
}

/** "de Vries", "Van Hallum", "van der Berk": surname particles, then the surname's one or two words. */
function particleSurname(doc: Doc, a: number, b: number, ctx: Ctx): boolean {
  const { tokens } = doc;
  let k = a;
  while (k < b && SURNAME_PARTICLES.has(tokens[k]!.norm)) k++;
  if (k === a || k === b || b - k > 2 || ctx.headline[a]) return false;
  return titleCased(doc, k, b) && !has(normKey(doc, k, b), WordClass.Place | WordClass.Country | WordClass.Organization) && !everydayName(doc, k, b, ctx);
}

const courtesyTitled = (seg: NameSegment): boolean => COURTESY_TITLES.has(seg.title?.toLowerCase().replace(/\.$/, '') ?? '');

/** The segment's tokens are exactly a country's name, alias or demonym. */
const wholeCountry = ({ doc, a, b }: KindContext): boolean => countryAt(doc.tokens, a, b)?.end === b;

export const KIND_RULES: ReadonlyArray<Rule<KindContext, NameKind>> = [
  {
    id: 'other.lone-letters', then: 'other', description: 'a run of single letters names nothing',
    when: ({ doc, a, b }) => everyToken(doc.tokens, a, b, (t) => t.text.length === 1),
  },
  {
    id: 'country.whole-name', then: 'country', description: 'the whole name is a country\'s name, alias or demonym (world-countries and news forms)',
    when: wholeCountry,
  },
  // Names the knowledge types were decided before this table (known-names.ts, see classify).
  {
    id: 'other.dateline', then: 'other', description: 'a place in capitals opening a line before a comma or bracket and a dash ("LAKEPORT, 3 March -") or a date ending the line ("LAKEPORT 2031-03-03"): a dateline',
    when: ({ doc, a, b }) => isDateline(doc, a, b),
  },
  {
    id: 'org.lexicon', then: 'org', description: 'compromise\'s lexicon or the knowledge of names knows the name as an organization',
    when: ({ doc, a, b, titled }) => knownOrg(doc, a, b) && !titled,
  },
  {
    id: 'person.honorific-surname', then: 'person', description: 'a courtesy title before one capitalised word: a surname ("Ms Park")',
    when: ({ doc, seg, a, b }) => seg.cued && b - a === 1 && courtesyTitled(seg) && doc.tokens[a]!.cap,
  },
  {
    id: 'person.title-cue', then: 'person', description: 'a job title or honorific before a person-shaped name of up to five tokens, not one opening with an organization word ("Major League Rugby")',
    when: ({ doc, seg, ctx, a, b, titled }) => seg.cued && b - a <= 5 && (titled || !looksLikeOrg(doc, a, b, ctx)) && nameShaped(doc, a, b) && !THING_HEADS.has(doc.tokens[b - 1]!.norm) &&
      !(ORG_HEAD_WORDS.has(doc.tokens[a]!.norm) && !has(doc.tokens[a]!.norm, WordClass.FirstName)),
  },
  {
    id: 'org.name-shape', then: 'org', description: 'an organization head word ("Records Office"), "Bank of ...", "&", an unknown acronym, or part of a known organization ("BBC One")',
    when: ({ doc, ctx, a, b }) => looksLikeOrg(doc, a, b, ctx),
  },
  {
    id: 'org.company-context', then: 'org', description: 'a describing noun around the name ("cable firm X", "X news agency", "London-based X") or an inner capital ("DataPlexa")',
    when: ({ doc, a, b }) => companyContext(doc, a, b),
  },
  {
    id: 'org.business-subject', then: 'org', description: 'one or two words no person is called, in business news ("Lakeport said profits rose", "Dunmore has bought", "shares in Lakeport")',
    when: ({ doc, ctx, a, b }) => b - a <= 2 && !has(doc.tokens[a]!.norm, WordClass.FirstName) && !looksLikePerson(doc, a, b, ctx) && businessContext(doc, a, b),
  },
  {
    id: 'other.determiner', then: 'other', description: 'after "the", "a" or a possessive: people are not "the Marshall Plan"',
    when: ({ doc, a }) => DETERMINERS.has(tokenBefore(doc, a)?.norm ?? ''),
  },
  {
    id: 'other.quoted-alone', then: 'other', description: 'the name fills a pair of quotation marks: a nickname or a title',
    when: ({ doc, a, b }) => QUOTE_MARKS.has(doc.tokens[a - 1]?.text ?? '') && QUOTE_MARKS.has(doc.tokens[b]?.text ?? ''),
  },
  {
    id: 'person.particle-surname', then: 'person', description: 'a surname particle and one or two capitalised words that are no place, organization or everyday words ("de Vries", "Van Hallum")',
    when: ({ doc, ctx, a, b }) => particleSurname(doc, a, b, ctx),
  },
  {
    id: 'person.lexicon', then: 'person', description: 'compromise\'s lexicon knows the name, its given name or its surname as a person\'s',
    when: ({ doc, ctx, a, b }) => looksLikePerson(doc, a, b, ctx),
  },
  {
    id: 'person.speech-or-apposition', then: 'person',
    description: 'up to three title-cased words before a speech verb, an age ("X, 34,") or a job noun in apposition ("X, economist at")',
    when: ({ doc, ctx, a, b }) => b - a <= 3 && followedBySpeech(doc, b) && titleCased(doc, a, b) &&
      !has(normKey(doc, a, b), WordClass.Place | WordClass.Country | WordClass.Organization) && !everydayName(doc, a, b, ctx),
  },
  {
    id: 'person.unknown-shape', then: 'person', description: 'two or three capitalised words the lexicon knows as nothing else ("Jalel Chelba")',
    when: ({ doc, ctx, a, b }) => unknownNameShape(doc, a, b, ctx),
  },
  { id: 'other.unclassified', then: 'other', description: 'no rule said what the name is', when: () => true },
];

/**
 * Gives a segment the kind (and, for a country, the code) that decides it first: the user's
 * lexicon, then a whole country name, then the knowledge of names (its own table of cues,
 * known-names.ts), then the rules above.
 */
export function classify(doc: Doc, seg: NameSegment, ctx: Ctx): void {
  const c: KindContext = { doc, seg, ctx, a: seg.first, b: seg.end, titled: false };
  const known = knowledgeKind(doc, c.a, c.b, ctx);
  c.titled = !!known && !known.entry.user && seg.cued && known.kind !== 'person';
  // A dateline's place is the place, whatever else the knowledge calls it ("LAKEPORT 2031-03-03").
  const builtIn = known && !known.entry.user;
  if (known && !c.titled && (known.entry.user || !wholeCountry(c)) && !(builtIn && isDateline(doc, c.a, c.b))) {
    mark(seg, known.kind === 'thing' ? 'other' : known.kind, known.rule);
    seg.known = known.entry;
    if (known.kind === 'country') seg.code = known.entry.id;
    return;
  }
  const rule = firstRule(KIND_RULES, c)!;
  mark(seg, rule.then, rule.id);
  if (rule.then === 'country') seg.code = countryAt(doc.tokens, seg.first, seg.end)!.code;
}

/**
 * A segment of tokens [first, end), unclassified. Every segment is made here, with all its fields
 * in one order, so that all share one hidden class: a field given later (a title, a code) would
 * make several, and every pass over the segments would read each kind of object.
 */
export function nameSegment(first: number, end: number, cued = false, title?: string, affiliation?: NameSegment): NameSegment {
  return { first, end, kind: 'other', code: undefined, title, affiliation, cued, rule: 'other.unclassified', known: undefined };
}

/** Sets a segment's kind and the rule that decided it. */
export function mark(seg: NameSegment, kind: NameKind, rule: string): void {
  seg.kind = kind;
  seg.rule = rule;
}

/** Rules that change a kind outside the table: while splitting titles off names (names.ts). */
export const SPLIT_RULES = [
  { id: 'org.employer-before-title', description: 'a name right before a job title and a person is their employer ("Acme Widgets Chief Executive Lena Hart")' },
  { id: 'org.party-label', description: 'a party label opening a name ("Tory", "Lib Dem") is the party, the name after it a politician' },
  { id: 'person.after-party-label', description: 'a given name and more after a party label: the politician, with the party as affiliation' },
  { id: 'person.of-organization', description: 'a given name and surname before "of" and an organization\'s name ("Lena Hart of Acme Widgets Inc") is a person of that organization' },
  { id: 'other.what-a-person-is-of', description: 'what a titled person is "of" is a body or a place, not a person ("Lord Kinnock of Bedwellty")' },
] as const;

export const KIND_RULE_INFO = [...describe(KIND_RULES), ...SPLIT_RULES];
