import { describe, expect, it } from 'vitest';
import { claimedSpans, distinctByStart } from '../../src/extract/entities/claims.js';
import type { Mention } from '../../src/types.js';

const m = (start: number, end: number, text = ''): Mention => ({ start, end, text });

describe('claimedSpans', () => {
  const taken = claimedSpans([{ mentions: [m(10, 20), m(40, 45)] }], [{ mentions: [m(12, 14), m(30, 30)] }]);

  it('takes a span sharing a character with a claimed mention', () => {
    expect([taken(m(19, 25)), taken(m(5, 11)), taken(m(12, 13)), taken(m(0, 50)), taken(m(44, 46))]).toEqual([true, true, true, true, true]);
  });

  it('leaves spans that only touch a claimed mention, and empty ones', () => {
    expect([taken(m(20, 30)), taken(m(0, 10)), taken(m(45, 50)), taken(m(15, 15))]).toEqual([false, false, false, false]);
  });

  it('claims nothing with an empty mention', () => {
    expect(taken(m(29, 31))).toBe(false);
  });

  it('finds a long mention that started long before', () => {
    const long = claimedSpans([{ mentions: [m(0, 100), m(5, 6), m(7, 8), m(9, 10)] }]);
    expect(long(m(50, 60))).toBe(true);
  });
});

describe('distinctByStart', () => {
  it('keeps one mention a start, the last given, in text order', () => {
    const got = distinctByStart([m(30, 35, 'a'), m(0, 4, 'b'), m(30, 33, 'c'), m(10, 12, 'd')]);
    expect(got.map((x) => x.text)).toEqual(['b', 'd', 'c']);
  });
});
