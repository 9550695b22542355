import { describe, expect, it } from 'vitest';
import { mergePieces, pieceBounds, PIECE_SIZE } from '../src/pieces.js';
import { processText } from '../src/pipeline.js';
import { offsetErrors } from './schema.js';

// Long texts are processed in pieces; these texts are built so that the old cut (the last space
// before 200,000 characters) would fall inside a name, a quotation or a sentence.
const filler = 'The harbour board met again on a grey morning and agreed on nothing at all. ';
const lineOfLength = (n: number) => filler.repeat(Math.ceil(n / filler.length)).slice(0, n);

describe('pieceBounds', () => {
  it('cuts a long single line only at sentence ends, never inside a name', () => {
    const head = lineOfLength(PIECE_SIZE - 10).replace(/ \S*$/, ' ');
    const text = `${head}Amara Okonkwo said the talks had failed. ${lineOfLength(PIECE_SIZE)}`;
    const cuts = pieceBounds(text).slice(1, -1);
    expect(cuts.length).toBeGreaterThan(0);
    for (const cut of cuts) expect(text.slice(cut - 2, cut)).toMatch(/[.!?]["”’')\]]* $|\n$/);
  });

  it('never cuts inside a quotation, however long', () => {
    const quote = `“${'We will rebuild the school. We will rebuild the clinic. '.repeat(18_000)}”`;
    const text = `${lineOfLength(150_000)}The mayor said: ${quote} Then she left. ${lineOfLength(300_000)}`;
    const open = text.indexOf('“'), close = text.indexOf('”');
    for (const cut of pieceBounds(text).slice(1, -1)) expect(cut <= open || cut > close).toBe(true);
  });

  it('prefers a paragraph break, and covers the whole text', () => {
    const text = `${lineOfLength(150_000)}\n\n${lineOfLength(120_000)}`;
    expect(pieceBounds(text)).toEqual([0, 150_002, text.length]);
  });

  it('still cuts a text with no spaces at all, never between the halves of a surrogate pair', () => {
    const text = '😀'.repeat(PIECE_SIZE);
    const bounds = pieceBounds(text);
    expect(bounds.at(-1)).toBe(text.length);
    for (const b of bounds) expect(b % 2).toBe(0);
  });
});

describe('long texts', () => {
  it('keep the person whose name crossed the old cut, and the quote with its speaker', () => {
    // Old cut: the last space before 200,000, here between "Amara" and "Okonkwo".
    const sentences = filler.repeat(Math.floor((PIECE_SIZE - 9) / filler.length));
    const head = sentences.padEnd(PIECE_SIZE - 9, ' ');
    const text = `${head}Amara Okonkwo said "the talks have failed for good" on Monday. ${lineOfLength(PIECE_SIZE)}`;
    expect(text.lastIndexOf(' ', PIECE_SIZE)).toBe(head.length + 'Amara'.length);
    const record = processText('long.txt', text);
    expect(record.people.map((p) => p.name)).toEqual(['Amara Okonkwo']);
    expect(record.quotes.map((q) => [q.text, q.speaker])).toEqual([['the talks have failed for good', 'Amara Okonkwo']]);
    expect(offsetErrors(record, text)).toEqual([]);
  });

  it('keep a one-megabyte quotation on one line whole', () => {
    const inside = 'We will rebuild the school and the clinic before the winter comes. '.repeat(15_000).trim();
    const text = `The mayor, Ines Varga, said: "${inside}" Then she left.`;
    const record = processText('quote.txt', text);
    expect(record.quotes.map((q) => q.text.length)).toEqual([inside.length]);
  });

  it('merge a person named in full in one piece and by surname in the next, and give the quote the full name', () => {
    const paragraphs = (n: number) => Array.from({ length: n }, () => filler.repeat(10)).join('\n\n');
    const text = `Helga Brandvold, the harbour master, opened the meeting.\n\n${paragraphs(300)}\n\n"We are not finished yet," Ms. Brandvold said.\n`;
    const record = processText('merge.txt', text);
    expect(pieceBounds(text).length).toBeGreaterThan(2);
    expect(record.people.map((p) => [p.name, p.mentions.length])).toEqual([['Helga Brandvold', 2]]);
    expect(record.quotes.map((q) => q.speaker)).toEqual(['Helga Brandvold']);
  });
});

describe('mergePieces', () => {
  const at = (start: number, text: string) => ({ start, end: start + text.length, text });
  const facts = (f: Partial<Parameters<typeof mergePieces>[0][number]>) => ({ people: [], organizations: [], countries: [], counts: [], quotes: [], ...f });

  it('joins an organization by its acronym, keeping the full name', () => {
    const merged = mergePieces([
      facts({ organizations: [{ name: 'Northern Fisheries Board', acronym: 'NFB', mentions: [at(0, 'Northern Fisheries Board')] }] }),
      facts({ organizations: [{ name: 'NFB', mentions: [at(300_000, 'NFB')] }], quotes: [{ ...at(300_010, 'We are ready for the season'), speaker: 'NFB', verb: 'said' }] }),
    ]);
    expect(merged.organizations).toEqual([{ name: 'Northern Fisheries Board', acronym: 'NFB', mentions: [at(0, 'Northern Fisheries Board'), at(300_000, 'NFB')] }]);
    expect(merged.quotes[0]!.speaker).toBe('Northern Fisheries Board');
  });

  it('keeps two people apart when a surname fits both', () => {
    const merged = mergePieces([
      facts({ people: [{ name: 'Ada Okafor', mentions: [at(0, 'Ada Okafor')] }, { name: 'Ben Okafor', mentions: [at(20, 'Ben Okafor')] }] }),
      facts({ people: [{ name: 'Okafor', mentions: [at(300_000, 'Okafor')] }] }),
    ]);
    expect(merged.people.map((p) => p.name)).toEqual(['Ada Okafor', 'Ben Okafor', 'Okafor']);
  });

  it('keeps the fuller name and the first title found', () => {
    const merged = mergePieces([
      facts({ people: [{ name: 'Okafor', title: 'Minister', mentions: [at(5, 'Okafor')] }] }),
      facts({ people: [{ name: 'Ada Okafor', mentions: [at(300_000, 'Ada Okafor')] }] }),
    ]);
    expect(merged.people).toEqual([{ name: 'Ada Okafor', title: 'Minister', mentions: [at(5, 'Okafor'), at(300_000, 'Ada Okafor')] }]);
  });
});
