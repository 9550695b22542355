import type { Doc } from '../text/document.js';
import type { Count } from '../types.js';

export function findCounts(_doc: Doc): Count[] {
  return [];
}
