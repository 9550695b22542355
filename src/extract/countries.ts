import type { Doc } from '../text/document.js';
import type { Country } from '../types.js';

export function findCountries(_doc: Doc): Country[] {
  return [];
}
