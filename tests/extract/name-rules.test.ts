import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

// The error categories of unseen news, each fixed by a general rule; sentences and names invented.
const facts = (text: string) => {
  const f = extractFacts(text);
  return {
    people: f.people.map((p) => ({ name: p.name, title: p.title, affiliation: p.affiliation, rule: p.rule })),
    organizations: f.organizations.map((o) => ({ name: o.name, acronym: o.acronym, mentions: o.mentions.length, rule: o.rule })),
  };
};
const names = (list: Array<{ name: string }>) => list.map((e) => e.name);

describe('descriptor and party words split off names', () => {
  it.each([
    ['Tory Colin Reeve voted against the plan.', 'Tory'],
    ['Conservative Colin Reeve voted against the plan.', 'Conservative'],
    ['The motion was backed by Lib Dem Colin Reeve on Tuesday.', 'Lib Dem'],
  ])('a party label: %s', (text, party) => {
    const { people, organizations } = facts(text);
    expect(people).toEqual([{ name: 'Colin Reeve', title: undefined, affiliation: party, rule: 'person.after-party-label' }]);
    expect(organizations.map((o) => [o.name, o.rule])).toEqual([[party, 'org.party-label']]);
  });

  it('keeps a party word that is a title as the title', () => {
    expect(facts('The veteran Republican Nora Quill backed the plan.').people).toMatchObject([{ name: 'Nora Quill', title: 'Republican' }]);
  });

  it('keeps party names whole', () => {
    expect(names(facts('The Green Party and the Labour Party agreed on Monday.').organizations)).toEqual(['Green Party', 'Labour Party']);
  });

  it.each([
    'Broadcaster Lia Tamm hosted the debate on Monday night.',
    'The award went to broadcaster Lia Tamm on Monday.',
    'Goalscorer Lia Tamm was delighted.',
  ])('a describing noun before a given name: %s', (text) => {
    const { people, organizations } = facts(text);
    expect(names(people)).toEqual(['Lia Tamm']);
    expect(organizations).toEqual([]);
  });

  it('a describing noun before a company name still makes it a company', () => {
    expect(names(facts('The deal with broadcaster Tamm Networks closed.').organizations)).toEqual(['Tamm Networks']);
  });

  it('a country before a title is the affiliation', () => {
    expect(facts('US Attorney Carl Brenner filed the charges.').people).toMatchObject([{ name: 'Carl Brenner', title: 'Attorney', affiliation: 'United States' }]);
  });

  it('a demonym before a name is no part of it', () => {
    expect(names(facts('The title went to Ukrainian Oksana Melnyk on Sunday.').people)).toEqual(['Oksana Melnyk']);
  });
});

describe('sentence-initial adverbs', () => {
  it.each(['Finally Ola Brandt spoke to the board.', 'Crucially Ola Brandt spoke to the board.'])('%s', (text) => {
    expect(names(facts(text).people)).toEqual(['Ola Brandt']);
  });

  it('a given name ending in -ly stays a name', () => {
    expect(names(facts('Kelly Brandt spoke to the board.').people)).toEqual(['Kelly Brandt']);
  });
});

describe('name particles', () => {
  it.each([
    ['Jeroen van der Kolk was named chairman of the club.', 'Jeroen van der Kolk'],
    ['The chairman, Jeroen van der Kolk, resigned.', 'Jeroen van der Kolk'],
    ['Maria de la Fuente met the minister in Paris.', 'Maria de la Fuente'],
    ['Talks were led by Ahmed bin Khalid.', 'Ahmed bin Khalid'],
  ])('%s', (text, name) => {
    expect(names(facts(text).people)).toEqual([name]);
  });

  it('a short form opening with a particle is the same person', () => {
    const { people } = facts('Minister Julio De Vido spoke. Later Mr De Vido left.');
    expect(names(people)).toEqual(['Julio De Vido']);
  });
});

describe('short forms and acronyms merged with full forms', () => {
  it('initials of a full name, even an acronym that alone is no organization', () => {
    expect(facts('General Motors said sales fell. Analysts said GM was weak.').organizations)
      .toMatchObject([{ name: 'General Motors', acronym: 'GM', mentions: 2 }]);
  });

  it('the first word of a company name, though a speech verb follows it', () => {
    const { people, organizations } = facts('Shares in Halvard Steel rose. Halvard said profits were up.');
    expect(people).toEqual([]);
    expect(organizations).toMatchObject([{ name: 'Halvard Steel', mentions: 2 }]);
  });

  it('not a nationality word of an organization name', () => {
    const { organizations } = facts('The Danish Football Union met. Danish fans were angry.');
    expect(organizations).toMatchObject([{ name: 'Danish Football Union', mentions: 1 }]);
  });
});

describe('score lines and datelines', () => {
  it.each([['Riverside 2 Millbrook 1'], ['Results:\nRiverside 2-1 Millbrook\n']])('clubs in a result line are organizations: %j', (text) => {
    const { people, organizations } = facts(text);
    expect(people).toEqual([]);
    expect(organizations.map((o) => [o.name, o.rule])).toEqual([['Riverside', 'org.score-line'], ['Millbrook', 'org.score-line']]);
  });

  it('a person in a line that is no result stays a person', () => {
    expect(names(facts('Ola Brandt 2 goals and more.').people)).toEqual(['Ola Brandt']);
  });

  it.each([
    'LAKEPORT, 3 March - The bridge will reopen next week, officials said.',
    'LAKEPORT (Newswire) - The bridge will reopen next week.',
  ])('a dateline place is no organization: %s', (text) => {
    expect(facts(text).organizations).toEqual([]);
  });

  it('an acronym opening a line without a dateline dash stays an organization', () => {
    expect(names(facts('NTSB, the safety board, said the cause was unclear.').organizations)).toEqual(['NTSB']);
  });
});

describe('one name, one type per record', () => {
  it('a lone name the record also has as an organization joins it', () => {
    const { people, organizations } = facts('Shares in brewer Kalvik rose on Friday. Kalvik said profits were up.');
    expect(people).toEqual([]);
    expect(organizations).toMatchObject([{ name: 'Kalvik', mentions: 2 }]);
  });

  it('a person made by a title keeps their name beside an organization of the same name', () => {
    const { people, organizations } = facts('The Hartley Trust (Hartley) gave money. Professor Hartley said it helped.');
    expect(names(people)).toEqual(['Hartley']);
    expect(names(organizations)).toEqual(['Hartley Trust']);
  });
});
