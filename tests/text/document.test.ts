import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/text/document.js';

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
