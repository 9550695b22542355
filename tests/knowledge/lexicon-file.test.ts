import { describe, expect, it } from 'vitest';
import { LexiconError, parseLexicon } from '../../src/knowledge/lexicon-file.js';

describe('lexicon files', () => {
  it('reads TSV: comments, optional aliases and id, organization subtypes', () => {
    const text = '# ours\nGlimmerfox\torganization/band\tFoxes|The Foxes\tQ123\nTarrow Vale\tperson\n\nRuritania\tcountry\t\tRU\n';
    expect(parseLexicon(text, 'x.tsv')).toEqual([
      { name: 'Glimmerfox', type: 'band', aliases: ['Foxes', 'The Foxes'], id: 'Q123' },
      { name: 'Tarrow Vale', type: 'person', aliases: [] },
      { name: 'Ruritania', type: 'country', aliases: [], id: 'RU' },
    ]);
  });

  it('reads JSON Lines', () => {
    const text = '{"name": "Orvex", "type": "organization/company", "aliases": ["Orvex plc"]}\n{"name": "Wanda Ferro", "type": "person", "id": "staff-9"}\n';
    expect(parseLexicon(text, 'x.jsonl')).toEqual([
      { name: 'Orvex', type: 'company', aliases: ['Orvex plc'] },
      { name: 'Wanda Ferro', type: 'person', aliases: [], id: 'staff-9' },
    ]);
  });

  it.each([
    ['Orvex\n', 'x.tsv:1: expected name<TAB>type'],
    ['# c\nOrvex\tshop\n', 'x.tsv:2: unknown type "shop"'],
    ['Orvex\torganization/shop\n', 'x.tsv:1: unknown type'],
    ['\tperson\n', 'x.tsv:1: the name is empty'],
    ['Ruritania\tcountry\n', 'x.tsv:1: a country needs its ISO 3166-1 alpha-2 code'],
    ['Orvex\tcompany\n', 'x.tsv:1: unknown type "company"'],
    ['Orvex\torganization\ta||b\n', 'x.tsv:1: aliases must be non-empty names'],
    ['{"name": "Orvex", "type": "person"}\n{"name": "Orvex", "type": "person", "alias": ["O"]}\n', 'x.tsv:2: unknown field "alias"'],
    ['{"name": "Orvex", "type": "person"}\n{oops}\n', 'x.tsv:2: not valid JSON'],
  ])('rejects %j with FILE:LINE and a reason', (text, message) => {
    expect(() => parseLexicon(text, 'x.tsv')).toThrow(LexiconError);
    expect(() => parseLexicon(text, 'x.tsv')).toThrow(message);
  });
});
