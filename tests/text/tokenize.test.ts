import { describe, expect, it } from 'vitest';
import { tokenize, tokenWith } from '../../src/text/tokenize.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['Mr. Chelba said', ['Mr', '.', 'Chelba', 'said']],
    ['the U.S. President', ['the', 'U.S.', 'President']],
    ['over 1,000 arrests', ['over', '1,000', 'arrests']],
    ['$430 million', ['$', '430', 'million']],
    ['1.2bn', ['1.2', 'bn']],
    ['INTERPOL’s databases', ['INTERPOL', '’s', 'databases']],
    ["don't stop", ["don't", 'stop']],
    ["the players' union", ['the', 'players', "'", 'union']],
    ['Operation “FLASH-WEKA,”', ['Operation', '“', 'FLASH-WEKA', ',', '”']],
    ['Côte d’Ivoire', ['Côte', 'd’Ivoire']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('gives offsets that slice back to the token', () => {
    const s = 'Jürgen Stock said “yes” — twice.';
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('skips white space outside ASCII as it skips spaces', () => {
    const s = 'a\u00a0b\u2009\u3000c\ufeff';
    expect(tokenize(s).map((t) => [t.text, t.start, t.gap])).toEqual([['a', 0, ''], ['b', 2, '\u00a0'], ['c', 5, '\u2009\u3000']]);
  });

  it('marks kinds, capitals and all-caps words', () => {
    const [a, b, c, d] = tokenize('INTERPOL Stock 54 !');
    expect([a!.kind, a!.allCaps, a!.cap]).toEqual(['word', true, true]);
    expect([b!.kind, b!.allCaps, b!.cap]).toEqual(['word', false, true]);
    expect(c!.kind).toBe('number');
    expect(d!.kind).toBe('punct');
  });

  it('finds lower-case letters outside ASCII too', () => {
    expect(tokenize('ZÜRICH Zürich ÉTÉ Émile Éé').map((t) => t.allCaps)).toEqual([true, false, true, false, false]);
  });
});

describe('tokenWith', () => {
  const [t] = tokenize('EUR40m');
  const copy = tokenWith(t!, { text: 'EUR', end: 3, norm: 'eur', allCaps: true, gap: '' });

  it('changes the given fields and keeps the others, false and 0 included', () => {
    expect(copy).toEqual({ ...t, text: 'EUR', end: 3, norm: 'eur', allCaps: true });
    expect(tokenWith(copy, { cap: false, sentence: 0 })).toEqual({ ...copy, cap: false });
  });

  it("writes the tokenizer's fields in the tokenizer's order", () => {
    expect(Object.keys(copy)).toEqual(Object.keys(t!));
  });
});
