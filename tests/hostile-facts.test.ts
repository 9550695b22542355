import { describe, expect, it } from 'vitest';
import { processText } from '../src/pipeline.js';
import { offsetErrors, schemaErrors } from './schema.js';

// Hostile texts that attack the facts rather than the reading: each built here, none copied.
const roundTrip = (record: unknown) => JSON.parse(JSON.stringify(record));

describe('absurd amounts', () => {
  const text = [
    `Officials said ${'one hundred '.repeat(200)}people were hurt.`,
    `Officials said 10${',000'.repeat(120)} people were hurt.`,
    `Officials said between 10 and ${'9'.repeat(400)} people were hurt.`,
    `It cost $${'9'.repeat(330)} billion and ${'nine hundred trillion '.repeat(40)}dollars.`,
    'Rescuers said 12 people were saved.',
  ].join('\n');

  it('never give a count whose value or maximum is not a finite number', () => {
    const record = processText('absurd.txt', text);
    for (const c of record.counts) {
      expect(Number.isFinite(c.value), c.text.slice(0, 40)).toBe(true);
      if (c.max !== undefined) expect(Number.isFinite(c.max), c.text.slice(0, 40)).toBe(true);
    }
    expect(schemaErrors(roundTrip(record))).toEqual([]);
    expect(offsetErrors(record, text)).toEqual([]);
  });

  it('keep the ordinary counts beside them', () => {
    expect(processText('absurd.txt', text).counts).toContainEqual(expect.objectContaining({ value: 12, text: '12 people' }));
  });
});
