import { makeDoc } from '../text/document.js';
import type { DocumentRecord } from '../types.js';
import { findCountries } from './countries.js';
import { findCounts } from './counts.js';
import { findOrganizations } from './organizations.js';
import { findPeople } from './people.js';
import { findQuotes } from './quotes.js';

export type Facts = Omit<DocumentRecord, 'source' | 'chars'>;

/** All five fact types of one text. Offsets are UTF-16 indices into `text`. */
export function extractFacts(text: string): Facts {
  const doc = makeDoc(text);
  const countries = findCountries(doc);
  const organizations = findOrganizations(doc);
  const people = findPeople(doc);
  const counts = findCounts(doc);
  const quotes = findQuotes(doc, people, organizations);
  return { people, organizations, countries, counts, quotes };
}
