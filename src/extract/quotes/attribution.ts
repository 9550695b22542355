/**
 * Who said each quote: the speech clause that introduces it ("X said: ..."), follows it
 * ("..., X said"), or governs it (a partial quote inside "X pledged to ..."); a quote with no
 * clause of its own continues the speaker before it only when that is clear.
 * The clause's subject is resolved to a speaker by the rules of resolution.ts.
 */
import { DETERMINERS } from '../../lexicon/entity-cues.js';
import { PERSON_PRONOUNS } from '../../lexicon/speaker-words.js';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { startsLine } from '../../text/document.js';
import { SENTENCE_ENDS } from '../../text/marks.js';
import { clauseStart, type Clause, type Subject } from './clauses.js';
import { resolveClauses, type Resolution } from './resolution.js';
import { sameName, sentenceSubject } from './salience.js';
import { isTitleNorm, type NameRef, type QuoteDoc, type SpeakerIndex } from './speakers.js';
import type { QuoteSpan } from './spans.js';

export interface Attribution {
  speaker: NameRef | null;
  verb: string | null;
  /**
   * The id of the rule that decided the speaker: the clause's resolution rule (SPEAKER_RULES)
   * when its subject is not a name ("he said", "the minister said"), else the QUOTE_RULES rule.
   */
  rule: string;
}

/**
 * How a quote gets its speaker. The clause rules are tried in this order (Attributor.attributing);
 * a quote none of them attributes is a headline's, an embedded one's, or floating.
 */
export const QUOTE_RULES = [
  { id: 'quote.clause.before', description: 'the speech clause introducing the quote ("X said:", "X said that", "X said,"), when it names someone' },
  { id: 'quote.clause.after', description: 'the speech clause right after the closing mark ("..., X said", "..., said X")' },
  { id: 'quote.clause.governing', description: 'the speech clause of a partial quote\'s own sentence ("X pledged to \"...\"")' },
  { id: 'quote.clause.before-unnamed', description: 'the introducing clause, though its subject names no one ("the government said:")' },
  { id: 'quote.headline', description: 'a quote in the headline is the article\'s first named speaker\'s' },
  { id: 'quote.embedded-unattributed', description: 'a partial quote whose sentence has no speech clause has no speaker' },
  { id: 'quote.floating.continues', description: 'only the previous quote\'s attribution stands between: the same speaker' },
  { id: 'quote.floating.reporting-sentence', description: 'the sentence just before reports speech: its speaker' },
  { id: 'quote.floating.paragraph-subject', description: 'a bare quote paragraph: the person the paragraph before is about (the subject of its last, else its first sentence)' },
  { id: 'quote.floating.same-subject', description: 'the words since the previous quote are about its speaker ("He ...") or no one else' },
  { id: 'quote.floating.none', description: 'a quote with no clause and no clear previous speaker has no speaker' },
  { id: 'quote.runs-on', description: 'a quote cut short by the next opening mark takes the clause of the next piece' },
] as const;
type QuoteRule = (typeof QUOTE_RULES)[number]['id'];

/** The quote before the one being attributed, with the clause that attributed it. */
interface Previous {
  span: QuoteSpan;
  by: Clause | null;
  result: Attribution;
}

// The longest headline, in tokens.
const HEADLINE_REACH = 30;
// How many paragraphs may stand between a speaker's quote and a bare quote that is still theirs.
const MAX_PARAGRAPHS_BETWEEN = 1;
// How many tokens before a quote its attributing clause may be, within the sentence.
const CLAUSE_REACH = 60;


const isPersonTitle = isTitleNorm;

/** "the government", "the committee": a role that is no person's title. */
const isInstitutionRole = (subject: Subject | null) => subject?.kind === 'role' && !isPersonTitle(subject.role);

/**
 * The clause rules of QUOTE_RULES, in the order tried: each finds the quote's clause, given the
 * one introducing it, or null. A table made once, not closures made for every quote.
 */
const CLAUSE_RULES: ReadonlyArray<{ id: QuoteRule; find: (a: Attributor, span: QuoteSpan, intro: Clause | null) => Clause | null }> = [
  { id: 'quote.clause.before', find: (a, _span, intro) => (intro && (a.resolved(intro) || !isInstitutionRole(intro.subject)) ? intro : null) },
  { id: 'quote.clause.after', find: (a, span) => a.following(span) },
  { id: 'quote.clause.governing', find: (a, span) => (a.isEmbedded(span.open) ? a.governing(span.open) : null) },
  { id: 'quote.clause.before-unnamed', find: (_a, _span, intro) => intro },
];

/** Chooses, for each quote, the clause that attributes it. */
class Attributor {
  private readonly resolutions: Map<Clause, Resolution>;

  constructor(
    private readonly doc: QuoteDoc,
    private readonly clauses: Clause[],
    private readonly names: SpeakerIndex,
    private readonly inQuote: Uint8Array,
  ) {
    this.resolutions = resolveClauses(doc, clauses, names, inQuote);
  }

  /** The speaker a clause's subject resolved to. */
  resolved(clause: Clause): NameRef | null {
    return this.resolutions.get(clause)?.speaker ?? null;
  }

  /** The sentence holding token i, its start cut to CLAUSE_REACH tokens before `near` (a bound on work in run-on text). */
  private sentenceOf(i: number, near = i): [number, number] {
    const [first, end] = this.doc.sentences[this.doc.tokens[i]!.sentence]!;
    return [Math.max(first, near - CLAUSE_REACH), Math.min(end, near + CLAUSE_REACH)];
  }

  /** Index of the first clause whose verb is at or after token i. */
  private firstClauseFrom(i: number): number {
    let lo = 0;
    let hi = this.clauses.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.clauses[mid]!.verb < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private clausesIn(from: number, to: number): Clause[] {
    return this.clauses.slice(this.firstClauseFrom(from), this.firstClauseFrom(to));
  }

  private fromClause(clause: Clause, rule: QuoteRule): Attribution {
    const resolution = this.resolutions.get(clause);
    const named = clause.subject?.kind === 'name' || !resolution;
    return { speaker: resolution?.speaker ?? null, verb: clause.verbText, rule: named ? rule : resolution.rule };
  }

  /** The clause of a quote introduced by "X said:" / "X said that" / "X said," (also across a paragraph). */
  private introducing(open: number): Clause | null {
    const { tokens } = this.doc;
    let p = open - 1;
    const colon = tokens[p]?.text === ':';
    if (tokens[p]?.text === ',' || colon) p--;
    if (tokens[p]?.norm === 'that') p--;
    if (p < 0 || this.inQuote[p]) return null;
    const [first] = this.sentenceOf(p);
    const before = this.clausesIn(first, open);
    const nearest = before[before.length - 1];
    if (!nearest || !(colon || nearest.last === p)) return null;
    return nearest.subject ? nearest : (before.find((c) => c.subject) ?? nearest);
  }

  /** The clause right after the closing mark: "..., X said" / "..., said X". */
  following(span: QuoteSpan): Clause | null {
    if (span.close < 0) return null;
    const { tokens } = this.doc;
    let w = span.close + 1;
    while (tokens[w]?.text === ',') w++;
    const next = this.clauses[this.firstClauseFrom(w)];
    // a clause in the next paragraph is that paragraph's own
    if (!next || !next.subject || (w < tokens.length && startsLine(tokens[w]!))) return null;
    // '..." He said' after a full stop is a new sentence, not this quote's attribution
    if (tokens[span.close - 1]?.text === '.' && tokens[w]?.cap && !next.inverted) return null;
    const from = next.inverted ? next.verb : next.subject.from;
    const adjacent = from === w || (from === w + 1 && DETERMINERS.has(tokens[w]!.norm)) || this.isTitlePhrase(w, from);
    return adjacent ? next : null;
  }

  /**
   * Whether [from, to) is a title phrase before a name: "director of telecoms research [Tony
   * Lavender]", or one set off by a comma, "the local president, [Ana Bell]".
   */
  private isTitlePhrase(from: number, to: number): boolean {
    const { tokens } = this.doc;
    const appositive = tokens[to - 1]?.text === ',';
    const words = tokens.slice(appositive && DETERMINERS.has(tokens[from]!.norm) ? from + 1 : from, appositive ? to - 1 : to);
    const titled = isPersonTitle(words[0]?.norm ?? '') || (appositive && isPersonTitle(words[words.length - 1]?.norm ?? ''));
    return words.length > 0 && words.length <= 6 && titled && words.every((t) => t.kind === 'word' && !SPEECH_VERBS.has(t.norm));
  }

  /** Whether words of the quote's own sentence come before it (a partial quote). */
  isEmbedded(open: number): boolean {
    const [first] = this.sentenceOf(open);
    for (let i = clauseStart(this.doc.tokens, first, open); i < open; i++) if (!this.inQuote[i]) return true;
    return false;
  }

  /**
   * The speech clause of a partial quote's sentence: the nearest one that names its speaker
   * ("Ruth Calder said it was ..."), else the first with a subject (the one a pronoun further on
   * refers back to: "the government said it will ask firms to ...").
   */
  governing(open: number): Clause | null {
    const [first] = this.sentenceOf(open);
    const clauses = this.clausesIn(first, open).filter((c) => c.subject);
    const named = clauses.filter((c) => c.subject!.kind !== 'pronoun' && this.resolved(c));
    return named[named.length - 1] ?? clauses[0] ?? null;
  }

  /**
   * The clause that reports a sentence: one that closes it ("..., the spokesman said."),
   * else the first with a subject ("Greene believes he lost ...").
   */
  private reportingClause(first: number, end: number): Clause | null {
    const clauses = this.clausesIn(first, end).filter((c) => c.subject);
    const last = clauses[clauses.length - 1];
    const closes = last && this.doc.tokens.slice(last.verb + 1, end).every((t) => t.kind === 'punct');
    return closes ? last : (clauses[0] ?? null);
  }

  /** Whether only the attribution of the previous quote stands between it and this one. */
  private followsDirectly(span: QuoteSpan, prev: Previous): boolean {
    const { tokens } = this.doc;
    const by = prev.by;
    const bySentence = by && by.verb > prev.span.open ? tokens[by.verb]!.sentence : -1;
    const start = prev.span.close >= 0 ? prev.span.close + 1 : prev.span.after;
    for (let i = start; i < span.open; i++) {
      if (tokens[i]!.kind !== 'punct' && tokens[i]!.sentence !== bySentence) return false;
    }
    return true;
  }

  /** How many paragraph breaks (boilerplate lines aside) stand between the previous quote and this one. */
  private paragraphsSince(span: QuoteSpan, prev: Previous): number {
    let breaks = 0;
    for (let i = prev.span.open + 1; i <= span.open && breaks <= MAX_PARAGRAPHS_BETWEEN + 1; i++) if (startsLine(this.doc.tokens[i]!) && !this.doc.boilerplate[i]) breaks++;
    return breaks;
  }

  /**
   * Whether the words between the previous quote and this one go on about its speaker: no
   * speech clause and no other person in them ("Many companies offer easy-to-use services.").
   */
  private staysWith(span: QuoteSpan, prev: Previous): boolean {
    const speaker = prev.result.speaker;
    const from = prev.span.close >= 0 ? prev.span.close + 1 : prev.span.after;
    if (!speaker || this.clausesIn(from, span.open).some((c) => c.subject && c !== prev.by)) return false;
    for (let i = from; i < span.open; i++) {
      const run = this.inQuote[i] || this.doc.boilerplate[i] ? null : this.doc.speakers.runStartingAt(i, span.open);
      if (!run) continue;
      const ref = this.doc.speakers.nameInRun(run);
      if (ref && !ref.isOrg && !sameName(this.names.fullest(ref), speaker)) return false;
      i = run[1] - 1;
    }
    return true;
  }

  /**
   * A quote with no clause of its own: the previous quote's speaker when only that quote's
   * attribution stands between them; else the speaker of a sentence just before that reports
   * speech ("Ruth Ellery warned there was a risk ..."); else the previous speaker when the
   * words since are about them ("He set up two schools ...") or no one else; else no one.
   */
  private floating(span: QuoteSpan, prev: Previous | null): Attribution {
    const none: Attribution = { speaker: null, verb: null, rule: 'quote.floating.none' };
    if (prev && this.followsDirectly(span, prev)) return { speaker: prev.result.speaker, verb: null, rule: 'quote.floating.continues' };
    let last = span.open - 1;
    while (last >= 0 && this.doc.boilerplate[last]) last--; // "READ MORE: ..." between a paragraph and its quote
    if (last < 0 || this.inQuote[last]) return none;
    const [first, end] = this.sentenceOf(last);
    const clause = this.reportingClause(first, end);
    if (clause) return { speaker: this.resolved(clause) ?? null, verb: null, rule: 'quote.floating.reporting-sentence' };
    const { tokens } = this.doc;
    const about = startsLine(tokens[span.open]!) ? this.paragraphSubject(last) : null;
    if (about) return { speaker: about, verb: null, rule: 'quote.floating.paragraph-subject' };
    if (!prev) return none;
    const paragraphs = this.paragraphsSince(span, prev);
    const gender = PERSON_PRONOUNS.get(tokens[clauseStart(tokens, first, end)]?.norm ?? '');
    const speaker = prev.result.speaker;
    const agrees = !!speaker && !speaker.isOrg && (this.names.genderOf(speaker) ?? gender) === gender; // "She ..." is not Mr A's
    const pronoun = !!gender && agrees;
    const aboutSpeaker = pronoun || sameName(sentenceSubject(this.doc, this.names, first, end), prev.result.speaker);
    // a paragraph between about nothing else ("The fire destroyed two homes.") keeps the speaker too
    const same = (paragraphs <= 1 && aboutSpeaker) || ((!gender || agrees) && paragraphs <= MAX_PARAGRAPHS_BETWEEN + 1 && this.staysWith(span, prev));
    return same ? { speaker: prev.result.speaker, verb: null, rule: 'quote.floating.same-subject' } : none;
  }

  /** The person the paragraph ending at token `last` is about: the subject of its last sentence, else of its first. */
  private paragraphSubject(last: number): NameRef | null {
    const { tokens } = this.doc;
    let start = last;
    while (start > 0 && !startsLine(tokens[start]!)) start--;
    const [lastFirst, lastEnd] = this.sentenceOf(last);
    const opening = this.doc.sentences[tokens[start]!.sentence]!;
    for (const [first, end] of [[Math.max(lastFirst, start), lastEnd], [start, opening[1]]] as const) {
      if (this.inQuote[first] || this.doc.boilerplate[first]) continue;
      const ref = sentenceSubject(this.doc, this.names, first, end);
      if (ref && !ref.isOrg) return ref;
    }
    return null;
  }

  /**
   * The clause that attributes the quote. A partial quote after "X said the government had
   * pledged ..." is X's report when the nearer clause's subject names no one.
   */
  private attributing(span: QuoteSpan): { clause: Clause; rule: QuoteRule } | null {
    const intro = this.introducing(span.open);
    for (const rule of CLAUSE_RULES) {
      const clause = rule.find(this, span, intro);
      if (clause) return { clause, rule: rule.id };
    }
    return null;
  }

  /** Where the headline ends: the first paragraph when it is a short line with no full stop, else 0. */
  private headlineEnd(): number {
    const { tokens } = this.doc;
    let end = 1;
    while (end < tokens.length && end <= HEADLINE_REACH && !startsLine(tokens[end]!)) end++;
    const titled = end < tokens.length && end <= HEADLINE_REACH && !tokens.slice(0, end).some((t) => SENTENCE_ENDS.has(t.text));
    return titled ? end : 0;
  }

  /** A quote in the headline ("Wales 'must learn health lessons'") is the article's first named speaker's. */
  private headlineSpeaker(from: number): Attribution {
    const first = this.clauses.slice(this.firstClauseFrom(from)).find((c) => this.resolved(c));
    return { speaker: first ? this.resolved(first) : null, verb: null, rule: 'quote.headline' };
  }

  attributeAll(spans: QuoteSpan[]): Attribution[] {
    const out: Attribution[] = [];
    const attributed: boolean[] = [];
    const headlineEnd = this.headlineEnd();
    let prev: Previous | null = null;
    for (const span of spans) {
      const found = this.attributing(span);
      const result: Attribution = found ? this.fromClause(found.clause, found.rule)
        : span.open < headlineEnd ? this.headlineSpeaker(headlineEnd)
        : this.isEmbedded(span.open) ? { speaker: null, verb: null, rule: 'quote.embedded-unattributed' } : this.floating(span, prev);
      out.push(result);
      attributed.push(!!found);
      prev = { span, by: found?.clause ?? null, result };
    }
    // '"A. "B," he said': a quote cut short by the next opening mark is the same speaker's, whose
    // clause comes after the next piece (backwards, so a chain of pieces takes the last clause)
    for (let k = spans.length - 2; k >= 0; k--) {
      const runsOn = spans[k]!.close < 0 && spans[k + 1]!.open === spans[k]!.after;
      if (runsOn && !attributed[k] && attributed[k + 1]) {
        out[k] = { speaker: out[k + 1]!.speaker, verb: null, rule: 'quote.runs-on' };
        attributed[k] = true;
      }
    }
    return out;
  }
}

export function attributeQuotes(doc: QuoteDoc, spans: QuoteSpan[], clauses: Clause[], inQuote: Uint8Array): Attribution[] {
  return new Attributor(doc, clauses, doc.speakers, inQuote).attributeAll(spans);
}
