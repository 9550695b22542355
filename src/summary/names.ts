/**
 * Cross-document coreference for the summary: which names in different documents are the same
 * entity. Inside one document glean has already merged "Mr Quell" into "Marta Quell"; across
 * documents the summary links a surname used alone to the one full name that ends with it,
 * an acronym to the name a document defined it for (or whose initials it is), and spellings
 * that differ only in accents, case, initials or a leading "the".
 */

/** The comparison key of a name: no accents, case, periods, leading "the", or (for people) initials. */
export function nameKey(name: string, type: 'person' | 'organization'): string {
  let words = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.’']/g, '').split(/[\s\-–]+/).filter(Boolean);
  if (type === 'organization' && words[0] === 'the') words = words.slice(1);
  if (type === 'person' && words.length > 2) words = words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1);
  return words.join(' ');
}

const MINOR_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', '&']);

/** The initials of a multi-word organization name ("united nations" -> "un"), or undefined. */
export function initialsOf(key: string): string | undefined {
  const words = key.split(' ').filter((w) => !MINOR_WORDS.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : undefined;
}

/** Union-find over name keys; the representative is chosen by `better`. */
export class NameGroups {
  private readonly parent = new Map<string, string>();

  constructor(private readonly better: (a: string, b: string) => boolean) {}

  find(key: string): string {
    let root = key;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression keeps later look-ups flat.
    for (let k = key, p = this.parent.get(k); p !== undefined && p !== root; k = p, p = this.parent.get(k)) this.parent.set(k, root);
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return;
    if (this.better(ra, rb)) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/**
 * Picks, for each short key (one word), the longer key that ends with it and is seen in the most
 * documents — when it is the only one, or seen in at least twice as many documents as the next:
 * otherwise "Smith" could be anyone.
 */
export function surnameLinks(keys: Iterable<string>, documents: (key: string) => number): Array<[string, string]> {
  const byLastWord = new Map<string, string[]>();
  const singles: string[] = [];
  for (const key of keys) {
    const words = key.split(' ');
    if (words.length === 1) singles.push(key);
    else {
      const last = words[words.length - 1]!;
      const list = byLastWord.get(last);
      if (list) list.push(key);
      else byLastWord.set(last, [key]);
    }
  }
  const links: Array<[string, string]> = [];
  for (const single of singles) {
    const candidates = byLastWord.get(single);
    if (!candidates) continue;
    const ranked = [...candidates].sort((a, b) => documents(b) - documents(a));
    if (ranked.length === 1 || documents(ranked[0]!) >= 2 * documents(ranked[1]!)) links.push([single, ranked[0]!]);
  }
  return links;
}
