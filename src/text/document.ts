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

/** Tokenize and split into sentences: at line breaks, and after . ! ? followed by a new start. */
export function makeDoc(text: string): Doc {
  const tokens = tokenize(text);
  const sentences: Array<[number, number]> = [];
  let first = 0;
  const close = (end: number) => {
    if (end > first) sentences.push([first, end]);
    first = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (i > first && startsLine(tok)) close(i);
    if (tok.kind !== 'punct' || !SENTENCE_ENDS.has(tok.text)) continue;
    const prev = tokens[i - 1];
    if (tok.text === '.' && prev && prev.end === tok.start && prev.kind === 'word' &&
      (NON_FINAL.has(prev.norm) || (prev.text.length === 1 && prev.cap))) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(tokens[end]!.text) && tokens[end]!.gap === '') end++;
    const next = tokens[end];
    if (!next || next.gap.length > 0) {
      i = end - 1;
      close(end);
    }
  }
  close(tokens.length);
  sentences.forEach(([a, b], s) => {
    for (let k = a; k < b; k++) tokens[k]!.sentence = s;
  });
  return { text, tokens, sentences };
}

/**
 * A pure question about a document's tokens [a, b), answered once per span: the name chunker
 * asks the same spans what they are several times (a run, then its segments, then each rule).
 * Documents are analysed one at a time, so the answers kept are the current document's: a
 * document asked about again later would only be answered anew.
 */
export function perSpan<T>(answer: (doc: Doc, a: number, b: number) => T): (doc: Doc, a: number, b: number) => T {
  let current: Doc | null = null;
  let answers = new Map<number, T>();
  return (doc, a, b) => {
    if (doc !== current) {
      current = doc;
      answers = new Map();
    }
    const key = a * (doc.tokens.length + 1) + b;
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const found = answer(doc, a, b);
    answers.set(key, found);
    return found;
  };
}
