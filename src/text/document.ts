import { SENTENCE_ENDS } from './marks.js';
import { tokenize, type Token } from './tokenize.js';

/** A tokenized document: the shared input of every extractor. */
export interface Doc {
  text: string;
  tokens: Token[];
  /** [first, last) token indices of each sentence. */
  sentences: Array<[number, number]>;
}

// Abbreviations whose period does not end a sentence ("Mr. Chelba", "Dr. No", "St. Louis").
export const NON_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt',
  'cmdr', 'adm', 'maj', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det',
  'no', 'vs', 'v', 'etc', 'approx', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec',
]);

const CLOSERS = new Set(['"', '”', "'", '’', ')', ']']);

/** Whether a line break comes before the token (most gaps are one space or none: no search of them). */
export const startsLine = (tok: Token) => (tok.gap.length === 1 ? tok.gap === '\n' : tok.gap.length > 1 && tok.gap.includes('\n'));

const linesOf = new WeakMap<Token[], ReadonlyArray<readonly [number, number]>>();

/** The token spans [a, b) of the text's lines, in order; found once per text, as several rules walk them. */
export function lineSpans(tokens: Token[]): ReadonlyArray<readonly [number, number]> {
  let lines = linesOf.get(tokens);
  if (lines) return lines;
  const found: Array<[number, number]> = [];
  for (let a = 0; a < tokens.length;) {
    let b = a + 1;
    while (b < tokens.length && !startsLine(tokens[b]!)) b++;
    found.push([a, b]);
    a = b;
  }
  linesOf.set(tokens, (lines = found));
  return lines;
}

/** The norms of the word tokens of [from, to), in one walk (no sliced and filtered copies). */
export function wordNorms(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!.norm);
  return words;
}

/** Tokenize and split into sentences: at line breaks, and after . ! ? followed by a new start. */
export function makeDoc(text: string): Doc {
  const tokens = tokenize(text);
  const sentences: Array<[number, number]> = [];
  let first = 0;
  const close = (end: number) => {
    if (end > first) sentences.push([first, end]);
    first = end;
  };
  // Each token is numbered with the sentence still open when it is reached (tokens start in
  // sentence 0), in this one pass: a second pass over the tokens would read them all again.
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (i > first && startsLine(tok)) close(i);
    tok.sentence = sentences.length;
    if (tok.kind !== 'punct' || !SENTENCE_ENDS.has(tok.text)) continue;
    const prev = tokens[i - 1];
    if (tok.text === '.' && prev && prev.end === tok.start && prev.kind === 'word' &&
      (NON_FINAL.has(prev.norm) || (prev.text.length === 1 && prev.cap))) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(tokens[end]!.text) && tokens[end]!.gap === '') end++;
    const next = tokens[end];
    if (!next || next.gap.length > 0) {
      while (i + 1 < end) tokens[++i]!.sentence = sentences.length; // the closing quotes and brackets
      close(end);
    }
  }
  close(tokens.length);
  return { text, tokens, sentences };
}

/**
 * Answers to a question about spans [a, b) of a document's tokens, kept for one owner at a time:
 * the document itself, or something made once per document (its name context). Documents are
 * analysed one after another, so the latest owner is the one asked about, found without a look-up
 * at every ask; an owner asked about again later is only answered anew.
 */
export class SpanAnswers<T> {
  private owner: object | null = null;
  private answers = new Map<number, T>();

  /** The answers kept for `owner`, by spanKey; emptied when another owner than the last asks. */
  of(owner: object): Map<number, T> {
    if (owner !== this.owner) {
      this.owner = owner;
      this.answers = new Map();
    }
    return this.answers;
  }
}

/** One number per span [a, b) of a document's tokens. */
export const spanKey = (doc: Doc, a: number, b: number): number => a * (doc.tokens.length + 1) + b;

/**
 * A pure question about a document's tokens [a, b), answered once per span: the name chunker
 * asks the same spans what they are several times (a run, then its segments, then each rule).
 */
export function perSpan<T>(answer: (doc: Doc, a: number, b: number) => T): (doc: Doc, a: number, b: number) => T {
  const memo = new SpanAnswers<T>();
  return (doc, a, b) => {
    const answers = memo.of(doc), key = spanKey(doc, a, b);
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const found = answer(doc, a, b);
    answers.set(key, found);
    return found;
  };
}
