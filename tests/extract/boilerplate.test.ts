import { describe, expect, it } from 'vitest';
import { boilerplateTokens } from '../../src/extract/quotes/boilerplate.js';
import { makeDoc } from '../../src/text/document.js';

/** The lines of a text that boilerplateTokens marks, as written. */
function marked(text: string): string[] {
  const doc = makeDoc(text);
  const marks = boilerplateTokens(doc);
  const starts = new Set<number>();
  doc.tokens.forEach((t, i) => {
    if (marks[i]) starts.add(text.lastIndexOf('\n', t.start) + 1);
  });
  return [...starts].map((start) => text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)));
}

describe('boilerplate lines, by layout', () => {
  const page = [
    'Marsh: We have everyone back for the playoffs',
    'By Gil Farrow',
    'LAKEPORT — Coach Ida Marsh said the team was healthy.',
    'WATCH: Highlights of Friday\'s win',
    'Related: Comets sign a new goalie',
    'Defenceman Ola Berg, left, skates at practice on Monday. (Lee Dunn/The Lakeport Ledger)',
    'Ms Marsh said:',
    '"We have everyone back for the playoffs and nobody is hurt."',
    'Story continues below',
    'The Comets play on Tuesday.',
    '(Reporting by Ana Ruiz; Editing by Tom Bell)',
  ].join('\n\n');

  it('marks labels, links, captions, credits, notices and bylines, not the headline, the story or a colon lead-in', () => {
    expect(marked(page)).toEqual([
      'By Gil Farrow',
      'WATCH: Highlights of Friday\'s win',
      'Related: Comets sign a new goalie',
      'Defenceman Ola Berg, left, skates at practice on Monday. (Lee Dunn/The Lakeport Ledger)',
      'Story continues below',
      '(Reporting by Ana Ruiz; Editing by Tom Bell)',
    ]);
  });
});
