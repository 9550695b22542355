import { describe, expect, it } from 'vitest';
import { lineSpans, makeDoc, perSpan, wordNorms, type Doc } from '../../src/text/document.js';

const sentences = (s: string) => {
  const doc = makeDoc(s);
  return doc.sentences.map(([a, b]) => s.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end));
};

describe('makeDoc sentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Mr. Chelba added. Then he left.', ['Mr. Chelba added.', 'Then he left.']],
    ['Donald J. Trump spoke.', ['Donald J. Trump spoke.']],
    ['A headline\n\nThe body starts here.', ['A headline', 'The body starts here.']],
    ['"It works," he said. "Really?" She smiled.', ['"It works," he said.', '"Really?"', 'She smiled.']],
  ])('%s', (input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });

  it('numbers every token with its sentence', () => {
    const doc = makeDoc('First one. Second one.');
    expect(doc.tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 1]);
  });
});

describe('perSpan', () => {
  const spanText = (doc: Doc, a: number, b: number) => doc.tokens.slice(a, b).map((t) => t.text).join(' ');

  it('answers a span of a document once, however often it is asked', () => {
    let calls = 0;
    const ask = perSpan((doc, a, b) => (calls++, spanText(doc, a, b)));
    const doc = makeDoc('Tova Brenn sold the mill.');
    expect([ask(doc, 0, 2), ask(doc, 0, 2), ask(doc, 1, 2)]).toEqual(['Tova Brenn', 'Tova Brenn', 'Brenn']);
    expect(calls).toBe(2);
  });

  it('never gives one document the answer of another, back and forth', () => {
    const ask = perSpan(spanText);
    const one = makeDoc('Tova Brenn sold the mill.'), two = makeDoc('Odile Marsh bought it.');
    expect([ask(one, 0, 2), ask(two, 0, 2), ask(one, 0, 2)]).toEqual(['Tova Brenn', 'Odile Marsh', 'Tova Brenn']);
  });

  it('keeps an answer that is undefined or false', () => {
    let calls = 0;
    const ask = perSpan(() => (calls++, undefined));
    const doc = makeDoc('Quiet day.');
    ask(doc, 0, 1);
    ask(doc, 0, 1);
    expect(calls).toBe(1);
  });
});

describe('lineSpans', () => {
  it('gives the token spans of the lines, in order, blank lines between them no span', () => {
    const { tokens } = makeDoc('Tova Brandt spoke.\nShe left\n\nat noon.');
    const lines = lineSpans(tokens).map(([a, b]) => tokens.slice(a, b).map((t) => t.text).join(' '));
    expect(lines).toEqual(['Tova Brandt spoke .', 'She left', 'at noon .']);
  });

  it('gives an empty text no line', () => {
    expect(lineSpans(makeDoc('').tokens)).toEqual([]);
  });
});

describe('wordNorms', () => {
  it('gives the norms of the word tokens of a span, without punctuation or numbers', () => {
    const { tokens } = makeDoc('The Orvane Trust, 12 grants.');
    expect(wordNorms(tokens, 0, tokens.length)).toEqual(['the', 'orvane', 'trust', 'grants']);
    expect(wordNorms(tokens, 1, 3)).toEqual(['orvane', 'trust']);
  });
});
