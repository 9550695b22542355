import { describe, expect, it } from 'vitest';
import { pieceBounds } from '../src/pieces.js';
import { processText } from '../src/pipeline.js';
import { offsetErrors, schemaErrors } from './schema.js';

import { hasShared, NEEDS_SHARED, seedText } from './support/shared.js';

describe('processText', () => {
  it.skipIf(!hasShared)(`gives the seed article a schema-valid record whose offsets slice back to their text${NEEDS_SHARED}`, () => {
    const seed = seedText();
    const record = processText('seed.txt', seed);
    expect(schemaErrors(record)).toEqual([]);
    expect(offsetErrors(record, seed)).toEqual([]);
    expect(record.chars).toBe(Array.from(seed).length);
  });

  it('counts offsets in code points, past characters outside the BMP', () => {
    const text = '😀😀 Greek coastguards rescued 212 migrants, "and that is what we do every single day," Captain Nikos Andreadis said.';
    const record = processText('emoji.txt', text);
    expect(record.chars).toBe(Array.from(text).length);
    expect(offsetErrors(record, text)).toEqual([]);
  });

  it('processes a long text in pieces with the same facts as a short one', () => {
    const paragraph = 'The charity Sea Watch said 212 migrants were rescued near Greece.\n\n';
    const long = paragraph.repeat(6000);
    const record = processText('long.txt', long);
    expect(pieceBounds(long).length).toBeGreaterThan(2);
    expect(offsetErrors(record, long)).toEqual([]);
    expect(record.counts.length).toBe(processText('short.txt', paragraph).counts.length * 6000);
    expect(record.countries.length).toBe(processText('short.txt', paragraph).countries.length);
  });
});

describe('pieceBounds', () => {
  it('cuts at paragraph breaks and covers the whole text', () => {
    const text = ('x'.repeat(70) + '\n\n').repeat(100);
    const bounds = pieceBounds(text, 1000);
    expect(bounds[0]).toBe(0);
    expect(bounds.at(-1)).toBe(text.length);
    for (const b of bounds.slice(1, -1)) expect(text.slice(b - 2, b)).toBe('\n\n');
  });
});
