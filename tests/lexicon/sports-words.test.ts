import { describe, expect, it } from 'vitest';
import { SHARED_SPORTS_WORDS, SPORTS_WORDS } from '../../src/lexicon/entity-cues.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('words of sport', () => {
  // isSportsReport looks up word tokens only.
  it('are each one word token, spelled as its norm', () => {
    for (const w of [...SPORTS_WORDS, ...SHARED_SPORTS_WORDS]) {
      const tokens = tokenize(w);
      expect(tokens.map((t) => [t.kind, t.norm]), w).toEqual([['word', w]]);
    }
  });
});
