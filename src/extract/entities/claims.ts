import type { Mention } from '../../types.js';

/**
 * Spans already claimed by other entities' mentions, so a later extractor can skip overlapping
 * ones ("Japan" inside "Bank of Japan"). The claimed mentions are sorted by start once, each with
 * the furthest end reached by it and those before it: a span is taken when a mention starting
 * before its end reaches past its start, found by binary search. No array the length of the text
 * is made, and the time is (M + Q) log M for M mentions and Q spans asked, whatever the text.
 */
export function claimedSpans(...owners: ReadonlyArray<{ mentions: Mention[] }>[]): (m: Mention) => boolean {
  const claimed: Mention[] = [];
  // An empty mention claims no character.
  for (const list of owners) for (const o of list) for (const m of o.mentions) if (m.end > m.start) claimed.push(m);
  claimed.sort((x, y) => x.start - y.start);
  const reach: number[] = [];
  for (let k = 0, far = 0; k < claimed.length; k++) reach.push((far = Math.max(far, claimed[k]!.end)));
  return (m) => {
    // The claimed mentions [0, lo) start before m ends.
    let lo = 0, hi = claimed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (claimed[mid]!.start < m.end) lo = mid + 1;
      else hi = mid;
    }
    return m.end > m.start && lo > 0 && reach[lo - 1]! > m.start;
  };
}

/**
 * Mentions in text order, one for each start: the last given of those that start together (as a
 * map by start would keep). A stable sort and one walk, no map of pairs.
 */
export function distinctByStart(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start), out: Mention[] = [];
  for (let k = 0; k < sorted.length; k++) if (k + 1 === sorted.length || sorted[k + 1]!.start !== sorted[k]!.start) out.push(sorted[k]!);
  return out;
}
