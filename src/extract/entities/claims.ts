import type { Mention } from '../../types.js';

/**
 * Characters already claimed by other entities' mentions, so a later extractor can skip
 * overlapping spans ("Japan" inside "Bank of Japan") in time linear in the text.
 */
export function claimedSpans(length: number, mentions: Iterable<Mention>): (m: Mention) => boolean {
  const claimed = new Uint8Array(length);
  for (const m of mentions) claimed.fill(1, m.start, m.end);
  return (m) => {
    for (let i = m.start; i < m.end; i++) if (claimed[i]) return true;
    return false;
  };
}
