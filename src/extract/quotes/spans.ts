/**
 * Finding quoted spans: which quotation marks open, which close, which are apostrophes.
 *
 * Double marks (straight or curly) are paired within a paragraph; a quote whose closing mark is
 * missing ends just before the next opening mark or at the paragraph end (the convention for
 * quotes that go on over paragraphs). Single marks count only when an opening and a closing mark
 * pair up in one paragraph outside double quotes, so apostrophes (don't, the players' union,
 * '90s, rock 'n' roll) never start a quote.
 */
import { startsLine, type Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';

export interface QuoteSpan {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark; -1 when the quote was cut at a paragraph end or the next opening mark. */
  close: number;
  /** Index of the first token after the quote's last word (the closing mark, or where the quote was cut). */
  after: number;
  /** UTF-16 range of the quoted words (marks and surrounding spaces excluded). */
  start: number;
  end: number;
}

type Role = 'open' | 'close' | 'either';

const DOUBLE = new Set(['"', '“', '”', '„', '‟']);
const SINGLE = new Set(["'", '‘', '’', '‛']);
const OPENING_HINT = new Set(['“', '„', '‟', '‘', '‛']);
const CLOSING_HINT = new Set(['”', '’']);
// Punctuation that may stand right before an opening mark / right after a closing mark.
const BEFORE_OPENING = new Set(['(', '[', '—', '–', '-', '/']);
const AFTER_CLOSING = new Set([',', '.', ';', ':', '!', '?', ')', ']', '—', '–', '-', '…']);

/** A quotation mark of the set; every mark is a punctuation token, so words are ruled out without a look-up. */
const isMark = (tok: Token, marks: ReadonlySet<string>) => tok.kind === 'punct' && marks.has(tok.text);

// Elided words written with a leading apostrophe: 'n' (rock 'n' roll), 'em, 'til.
const ELISIONS = new Set(['n', 'em', 'til', 'cause', 'tis', 'twas', 'bout', 'round', 'ello', 'ere']);

/** Whether the mark at i can open, close, or either, judged by the characters around it. */
function markRole(tokens: Token[], i: number): Role {
  const mark = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const spaceBefore = !prev || mark.gap !== '' || BEFORE_OPENING.has(prev.text) || DOUBLE.has(prev.text) || SINGLE.has(prev.text);
  const spaceAfter = !next || next.gap !== '' || AFTER_CLOSING.has(next.text);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (OPENING_HINT.has(mark.text)) return 'open';
  if (CLOSING_HINT.has(mark.text)) return 'close';
  return 'either';
}

/** A paragraph: the token index after its last token, and the token indices of its double and single quotation marks. */
interface Paragraph {
  last: number;
  doubles: number[];
  singles: number[];
}

/** The paragraphs with their quotation marks, found in one walk over the tokens (the pairing reads the marks only). */
function paragraphs(tokens: Token[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph = { last: 0, doubles: [], singles: [] };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (i > 0 && startsLine(tok)) {
      current.last = i;
      out.push(current);
      current = { last: 0, doubles: [], singles: [] };
    }
    if (isMark(tok, DOUBLE)) current.doubles.push(i);
    else if (isMark(tok, SINGLE)) current.singles.push(i);
  }
  if (tokens.length === 0) return out;
  current.last = tokens.length;
  out.push(current);
  return out;
}

/** The span between two token positions, trimmed to the words inside. */
function makeSpan(doc: Doc, open: number, close: number, stop: number): QuoteSpan {
  const { text, tokens } = doc;
  let start = tokens[open]!.end;
  let end = stop < tokens.length ? tokens[stop]!.start : text.length;
  if (close < 0 && stop > open + 1) end = tokens[stop - 1]!.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { open, close, after: stop, start, end };
}

/**
 * Where a quote left open ends when the next quote opens at `stop`: before the sentence that
 * introduces the next quote with a colon ('... for the country. Mr Milburn said: "...'), which is
 * the writer's, not the speaker's; else at `stop`.
 */
function introductionStart(doc: Doc, open: number, stop: number): number {
  const { tokens, sentences } = doc;
  if (tokens[stop - 1]?.text !== ':') return stop;
  const first = sentences[tokens[stop - 1]!.sentence]![0];
  return first > open + 1 ? first : stop;
}

/**
 * Double-quoted spans of one paragraph. A mark with space on both sides may open a quote, but
 * unlike a clear opening mark it is dropped when nothing closes it.
 */
function doubleSpans(doc: Doc, { last, doubles }: Paragraph, out: QuoteSpan[]): void {
  let open = -1;
  let clearOpening = false;
  const cut = (stop: number) => {
    if (clearOpening) out.push(makeSpan(doc, open, -1, introductionStart(doc, open, stop)));
  };
  for (const i of doubles) {
    const role = markRole(doc.tokens, i);
    if (open < 0) {
      if (role === 'close') continue;
      open = i;
      clearOpening = role === 'open';
    } else if (role === 'open') {
      cut(i); // no closing mark: a new quote begins here
      open = i;
      clearOpening = true;
    } else {
      out.push(makeSpan(doc, open, i, i));
      open = -1;
    }
  }
  if (open >= 0) cut(last);
}

function isSingleOpening(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.gap !== '' || markRole(tokens, i) !== 'open') return false;
  if (ELISIONS.has(next.norm)) return false;
  // '90s, '05: a year, not a quote
  return !(next.kind === 'number' && next.text.length === 2);
}

function isSingleClosing(tokens: Token[], i: number): boolean {
  const role = markRole(tokens, i);
  return role === 'close' || (role === 'either' && tokens[i]!.gap === '');
}

// A closing mark after a plural may be a possessive apostrophe (the players' union).
function mayBePossessive(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return !!prev && /s$/i.test(prev.text) && !!next && next.kind === 'word' && !next.cap;
}

/**
 * Single-quoted spans of one paragraph, outside the double-quoted ones. An opening mark left
 * open runs to the paragraph end only when the next paragraph opens with a single mark too
 * (a quote going on over paragraphs), never on the strength of an apostrophe.
 */
function singleSpans(doc: Doc, { last, singles }: Paragraph, inDouble: Uint8Array, out: QuoteSpan[]): void {
  const { tokens } = doc;
  let open = -1;
  let pendingClose = -1; // a possible possessive kept in case no better closing mark follows
  const finish = (close: number) => {
    out.push(makeSpan(doc, open, close, close));
    open = -1;
    pendingClose = -1;
  };
  for (const i of singles) {
    if (inDouble[i]) continue;
    if (open < 0) {
      if (isSingleOpening(tokens, i)) open = i;
      continue;
    }
    if (!isSingleClosing(tokens, i)) {
      if (isSingleOpening(tokens, i) && pendingClose >= 0) {
        finish(pendingClose);
        open = i;
      }
      continue;
    }
    if (mayBePossessive(tokens, i)) {
      if (pendingClose < 0) pendingClose = i;
      continue;
    }
    finish(i);
  }
  if (open >= 0 && pendingClose >= 0) finish(pendingClose);
  else if (open >= 0 && SINGLE.has(tokens[last]?.text ?? '') && isSingleOpening(tokens, last)) out.push(makeSpan(doc, open, -1, last));
}

/** All quoted spans of the document, in text order. */
export function findQuoteSpans(doc: Doc): QuoteSpan[] {
  const paras = paragraphs(doc.tokens);
  const doubles: QuoteSpan[] = [];
  for (const p of paras) doubleSpans(doc, p, doubles);
  const inDouble = new Uint8Array(doc.tokens.length);
  for (const s of doubles) inDouble.fill(1, s.open, s.close >= 0 ? s.close + 1 : s.after);
  const singles: QuoteSpan[] = [];
  for (const p of paras) singleSpans(doc, p, inDouble, singles);
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}
