import type { OutputRecord } from '../types.js';

const drop = <T extends { rule?: string }>({ rule: _rule, ...fact }: T): Omit<T, 'rule'> => fact;

/** The record without the `rule` of its facts: what is written unless --explain asks for them. */
export function withoutRules(record: OutputRecord): OutputRecord {
  if ('error' in record) return record;
  return {
    ...record,
    people: record.people.map(drop),
    organizations: record.organizations.map(drop),
    countries: record.countries.map(drop),
    counts: record.counts.map(drop),
    quotes: record.quotes.map(drop),
  };
}
