import type { Doc } from '../text/document.js';
import type { Organization } from '../types.js';

export function findOrganizations(_doc: Doc): Organization[] {
  return [];
}
