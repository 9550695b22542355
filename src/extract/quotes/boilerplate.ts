/**
 * Lines of a page that are not the story: section labels ("WATCH:", "ANALYST'S VIEW:"), links
 * and notices ("Article continued below"), photo captions, credits and bylines. They are
 * recognised by their layout — a short line, an all-caps label ending in a colon, a credit in
 * brackets, a caption's "left"/"right" — never by the strings of one site, and the quote rules
 * take neither speakers nor speech clauses from them.
 */
import { CAPTION_POSITIONS, CREDIT_WORDS } from '../../lexicon/speaker-words.js';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { lineSpans, type Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import { firstRule, type Rule } from '../../rules/rule.js';

/** One line of the text: its tokens [first, end) and whether it is the first (the headline). */
interface Line {
  tokens: Token[];
  first: number;
  end: number;
  isFirst: boolean;
}

// A notice or a byline is a line of at most this many words.
const SHORT_LINE_WORDS = 6;
// An all-caps label takes at most this many tokens before its colon ("ANALYST'S VIEW:").
const LABEL_TOKENS = 5;

/** Whether the line has at most n words (counting stops past n: a paragraph is not counted through). */
function hasAtMostWords(line: Line, n: number): boolean {
  let words = 0;
  for (const t of line.tokens) if (t.kind === 'word' && ++words > n) return false;
  return true;
}

/** Index of the line's first colon when at most LABEL_TOKENS tokens come before it (room for a label), else -1. */
function labelColon(line: Line): number {
  for (let k = 0; k <= LABEL_TOKENS && k < line.tokens.length; k++) if (line.tokens[k]!.text === ':') return k;
  return -1;
}

const ends = (line: Line, marks: string[]) => marks.includes(line.tokens[line.tokens.length - 1]?.text ?? '');
const hasQuoteMark = (line: Line) => line.tokens.some((t) => /^["“”„‟]$/.test(t.text));

/** The words in the brackets that close a line: "(Stan Whitely/The Bayview Herald)", "(Reporting by ...)". */
function closingBrackets(line: Line): Token[] | null {
  const t = line.tokens;
  let close = t.length - 1;
  if (t[close]?.text === '.') close--;
  if (t[close]?.text !== ')') return null;
  let open = close;
  while (open > 0 && t[open]!.text !== '(') open--;
  return t[open]!.text === '(' ? t.slice(open + 1, close) : null;
}

/** Whether a caption position stands between two commas ("A B, left, pickets"): a loop, as every line of the text is read. */
function hasPositionBetweenCommas(line: Line): boolean {
  const t = line.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i - 1]!.text === ',' && t[i + 1]!.text === ',' && CAPTION_POSITIONS.has(t[i]!.norm)) return true;
  }
  return false;
}

const isCredit = (inside: Token[]) => inside.some((t) => t.text === '/') || CREDIT_WORDS.has(inside[0]?.norm ?? '');

export const BOILERPLATE_RULES: ReadonlyArray<Rule<Line, true>> = [
  {
    id: 'boilerplate.label',
    description: 'a line opening with an all-caps label and a colon ("WATCH: ...", "ANALYST\'S VIEW:")',
    when: (l) => {
      const colon = labelColon(l);
      if (colon <= 0) return false;
      const label = l.tokens.slice(0, colon);
      return label.every((t) => t.allCaps || t.norm === "'s" || t.kind === 'punct') && label.some((t) => t.allCaps);
    },
    then: true,
  },
  {
    id: 'boilerplate.link',
    description: 'a line past the headline led by a one- or two-word label and a colon, with no quotation and no speech verb ("Read more: ...", "Related: ...")',
    when: (l) => {
      const colon = labelColon(l);
      if (l.isFirst || (colon !== 1 && colon !== 2)) return false;
      const label = l.tokens.slice(0, colon);
      return colon < l.tokens.length - 1 && label.every((t) => t.kind === 'word' && !SPEECH_VERBS.has(t.norm)) &&
        l.tokens[0]!.cap && !hasQuoteMark(l) && !l.tokens.some((t) => SPEECH_VERBS.has(t.norm));
    },
    then: true,
  },
  {
    id: 'boilerplate.credit',
    description: 'a line that is or ends with a photo or reporting credit ("Photo: ...", "(Reporting by ...)", "(A B/The Herald)")',
    when: (l) => {
      const inside = closingBrackets(l);
      return (inside !== null && isCredit(inside)) || (CREDIT_WORDS.has(l.tokens[0]?.norm ?? '') && l.tokens[1]?.text === ':');
    },
    then: true,
  },
  {
    id: 'boilerplate.caption',
    description: 'a photo caption: a position set off by commas after a name ("A B, left, pickets ...")',
    when: (l) => hasPositionBetweenCommas(l),
    then: true,
  },
  {
    id: 'boilerplate.short-line',
    description: 'a short line past the headline with no sentence end, colon or quotation mark (a byline, "Article continued below")',
    when: (l) => !l.isFirst && hasAtMostWords(l, SHORT_LINE_WORDS) && !ends(l, ['.', '!', '?', ':', '"', '”']) && !hasQuoteMark(l),
    then: true,
  },
];

/** Token -> 1 when it is on a boilerplate line. */
export function boilerplateTokens(doc: Doc): Uint8Array {
  const { tokens } = doc;
  const marked = new Uint8Array(tokens.length);
  for (const [first, end] of lineSpans(tokens)) {
    const line: Line = { tokens: tokens.slice(first, end), first, end, isFirst: first === 0 };
    // filled either way: a fill reached only at the first boilerplate line, after the loop was
    // compiled, had no type feedback there and sent it back to be compiled again
    marked.fill(firstRule(BOILERPLATE_RULES, line) ? 1 : 0, first, end);
  }
  return marked;
}
