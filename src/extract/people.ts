import type { Doc } from '../text/document.js';
import type { Person } from '../types.js';

export function findPeople(_doc: Doc): Person[] {
  return [];
}
