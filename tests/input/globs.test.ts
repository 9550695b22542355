import { describe, expect, it } from 'vitest';
import { braceExpansions, MAX_BRACE_EXPANSION } from '../../src/input/globs.js';

describe('braceExpansions', () => {
  it.each([
    ['plain/*.txt', 1],
    ['{a,b}', 2],
    ['{a,b}/{c,d,e}.txt', 6],
    ['{a,{b,c}}', 3],
    ['{a,b{c,d}}', 3],
    ['{1..10}', 10],
    ['{a..e}', 5],
    ['{10..1}', 10],
    ['{1..10..2}', 5],
    ['{-3..3}', 7],
    ['\\{a,b}', 1],
    ['{a', 1],
    ['{abc}', 1],
    ['{{a,b}}', 2],
  ])('%s -> %i', (glob, n) => {
    expect(braceExpansions(glob)).toBe(n);
  });

  it('stops counting just past the limit, however large the expansion', () => {
    expect(braceExpansions(`x${'{a,b}'.repeat(22)}.txt`)).toBe(MAX_BRACE_EXPANSION + 1);
    expect(braceExpansions('x{1..100000}.txt')).toBe(MAX_BRACE_EXPANSION + 1);
    expect(braceExpansions(`{${Array.from({ length: 5000 }, (_, i) => i).join(',')}}`)).toBe(MAX_BRACE_EXPANSION + 1);
  });
});
