import { makeDoc } from '../text/document.js';
import type { DocumentRecord } from '../types.js';
import { findCountries } from './countries.js';
import { findCounts } from './counts.js';
import { COUNT_RULE } from '../rules/registry.js';
import { findNames } from './entities/names.js';
import { findOrganizations } from './organizations.js';
import { findPeople, yieldToOrganizations } from './people.js';
import { findQuotes } from './quotes.js';

export type Facts = Omit<DocumentRecord, 'source' | 'chars'>;

/** All five fact types of one text. Offsets are UTF-16 indices into `text`. */
export function extractFacts(text: string): Facts {
  const doc = makeDoc(text);
  // One proper-name pass feeds all three entity types; organizations claim their spans
  // first, then people, so "Bank of Japan" and "Jordan Henderson" are not countries.
  const names = findNames(doc);
  const found = findOrganizations(doc, names);
  const { people, organizations } = yieldToOrganizations(findPeople(doc, names, found), found);
  const countries = findCountries(doc, names, organizations, people);
  const counts = findCounts(doc).map((c) => ({ ...c, rule: c.rule ?? COUNT_RULE }));
  const quotes = findQuotes(doc, names, people, organizations);
  return { people, organizations, countries, counts, quotes };
}
