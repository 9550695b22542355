import { describe, expect, it } from 'vitest';
import spec from '../../src/lexicon/word-classes.json' with { type: 'json' };
import { has, hasOnly, known, WordClass, wordClass } from '../../src/lexicon/word-class.js';

describe('named word classes', () => {
  it('has one flag per class of word-classes.json, bit k for the k-th, as the build writes them', () => {
    const names = spec.map(([name]) => name as keyof typeof WordClass);
    expect(names.map((n) => WordClass[n])).toEqual(names.map((_, k) => 1 << k));
    expect(Object.keys(WordClass).filter((k) => Number.isNaN(Number(k)))).toEqual(names);
  });

  it('answers what the lexicon knows of a word', () => {
    expect(has('john', WordClass.FirstName)).toBe(true);
    expect(has('said', WordClass.Verb)).toBe(true);
    expect(hasOnly('said', WordClass.Verb)).toBe(true);
    expect(has('said', WordClass.FirstName | WordClass.Surname)).toBe(false);
    expect(has('feb', WordClass.Month)).toBe(true);
    expect(known('zxqv')).toBe(false);
    expect(wordClass('zxqv')).toBe(0);
    expect(hasOnly('zxqv', WordClass.Noun)).toBe(false);
  });

  it('knows nothing of the names objects inherit', () => {
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) expect(wordClass(word)).toBe(0);
  });

  it('answers the same before and after its memory of asked words fills and is emptied', () => {
    const before = ['said', 'john', 'feb', 'zxqv'].map(wordClass);
    for (let i = 0; i < 70_000; i++) wordClass(`zq${i}`);
    expect(['said', 'john', 'feb', 'zxqv'].map(wordClass)).toEqual(before);
    expect(before[0]).not.toBe(0);
  });
});
