import type { Doc } from '../text/document.js';
import type { Organization, Person, Quote } from '../types.js';

export function findQuotes(_doc: Doc, _people: Person[], _organizations: Organization[]): Quote[] {
  return [];
}
