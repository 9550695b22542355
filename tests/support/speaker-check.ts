/**
 * Speaker accuracy on the project's wire-style articles (tests/fixtures/speakers): for each expected
 * quote, whether glean finds it (its text starts with the expected words) and gives it the
 * expected speaker. Written before the speaker work as a held-out check; the rules are tested
 * on other invented sentences (tests/extract/quotes*.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processText } from '../../src/pipeline.js';

export const SPEAKER_FIXTURES = fileURLToPath(new URL('../fixtures/speakers/', import.meta.url));

export interface ExpectedQuote {
  start: string;
  speaker: string | null;
}

export interface SpeakerScore {
  quotes: number;
  found: number;
  rightSpeaker: number;
  misses: string[];
}

export const speakerArticles = (): string[] => readdirSync(`${SPEAKER_FIXTURES}articles`).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

export const articleText = (name: string): string => readFileSync(`${SPEAKER_FIXTURES}articles/${name}.txt`, 'utf8');

/** Scores one article's text (the fixture as written, or re-wrapped) against its expected quotes. */
export function scoreArticle(name: string, text: string): SpeakerScore {
  const want: ExpectedQuote[] = JSON.parse(readFileSync(`${SPEAKER_FIXTURES}expected/${name}.json`, 'utf8')).quotes;
  const got = processText(`${name}.txt`, text).quotes;
  const score: SpeakerScore = { quotes: want.length, found: 0, rightSpeaker: 0, misses: [] };
  for (const w of want) {
    const q = got.find((g) => g.text.replace(/\s+/g, ' ').startsWith(w.start));
    if (q) score.found++;
    if (q && q.speaker === w.speaker) score.rightSpeaker++;
    else score.misses.push(`${name}: "${w.start}" -> ${q ? String(q.speaker) : '(no quote)'}, want ${String(w.speaker)}`);
  }
  return score;
}
