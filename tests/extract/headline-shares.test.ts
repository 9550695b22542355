import { describe, expect, it } from 'vitest';
import { couldBeHeadline } from '../../src/extract/entities/names.js';

// The shares sentenceIsHeadline decides by, on a sentence's final counts.
const capitalsShare = (words: number, upper: number) => words >= 1 && upper / words > 0.6 && (words >= 2 || upper === words);
const titleCaseShare = (words: number, caps: number) => words >= 5 && caps / (words - 1) > 0.85;

describe('couldBeHeadline', () => {
  it('says no only when no ending of the sentence reaches either share', () => {
    for (let words = 1; words <= 14; words++) {
      for (let caps = 0; caps < words; caps++) {
        for (let upper = 0; upper <= caps; upper++) {
          for (let rest = 0; rest <= 10; rest++) {
            // Each of the rest may be a counted word or not, in capitals or not.
            let reachable = false;
            for (let more = 0; more <= rest && !reachable; more++) {
              for (let moreCaps = 0; moreCaps <= more && !reachable; moreCaps++) {
                for (let moreUpper = 0; moreUpper <= moreCaps && !reachable; moreUpper++) {
                  reachable = capitalsShare(words + more, upper + moreUpper) || titleCaseShare(words + more, caps + moreCaps);
                }
              }
            }
            if (!couldBeHeadline(words, caps, upper, rest)) expect(reachable, `${words} ${caps} ${upper} ${rest}`).toBe(false);
          }
        }
      }
    }
  });

  it('gives up on an ordinary sentence before its end', () => {
    // "The minister said on Monday that ...": four words, none in capitals after the first, 20 tokens to go.
    expect(couldBeHeadline(4, 0, 0, 20)).toBe(true);
    // Twelve words, one capitalised, ten tokens to go: neither share can be reached.
    expect(couldBeHeadline(12, 1, 0, 10)).toBe(false);
  });
});
