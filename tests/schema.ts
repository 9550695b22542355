import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { OutputRecord } from '../src/types.js';

const schema = JSON.parse(readFileSync(new URL('../schema/record.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** Schema errors of a record ([] when it follows schema/record.schema.json). */
export function schemaErrors(record: unknown): string[] {
  return validate(record) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Mentions, counts and quotes whose offsets do not slice back to their text (code points). */
export function offsetErrors(record: OutputRecord, text: string): string[] {
  if ('error' in record) return [];
  const chars = Array.from(text);
  const spans = [
    ...record.people.flatMap((p) => p.mentions),
    ...record.organizations.flatMap((o) => o.mentions),
    ...record.countries.flatMap((c) => c.mentions),
    ...record.counts,
    ...record.quotes,
  ];
  return spans.filter((s) => chars.slice(s.start, s.end).join('') !== s.text).map((s) => `${s.start}-${s.end} ${JSON.stringify(s.text)}`);
}
