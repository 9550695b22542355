import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

const people = (text: string) => extractFacts(text).people;

describe('people', () => {
  it.each([
    ['Finance Minister Olga Petrenko said the budget was fair.', 'Olga Petrenko', 'Finance Minister'],
    ['The club said coach Marco Bellini would stay.', 'Marco Bellini', 'coach'],
    ['Dr. Amina Okafor led the study.', 'Amina Okafor', undefined],
    ['Acme Widgets Chief Executive Lena Hart resigned.', 'Lena Hart', 'Chief Executive'],
    ['Talks were led by Secretary of State Ellen Marsh on Monday.', 'Ellen Marsh', 'Secretary of State'],
    ['The unit was commanded by Major-General Ivan Petrov until June.', 'Ivan Petrov', 'Major-General'],
    ['The veteran Democrat Walter Brody backed the plan.', 'Walter Brody', 'Democrat'],
    ['Rural Transport Minister Hana Kovac said the line would close.', 'Hana Kovac', 'Rural Transport Minister'],
    ['Rev. Tobias Marr led the service.', 'Tobias Marr', undefined],
  ])('strips the title from %j', (text, name, title) => {
    const [p] = people(text);
    expect(p?.name).toBe(name);
    expect(p?.title).toBe(title);
  });

  it.each([
    ['Senator Paul R. Whitfield spoke first. Later, Mr. Whitfield left.', 'Paul R. Whitfield', ['Paul R. Whitfield', 'Whitfield']],
    ['Anna Kowalski won the vote. Ms Kowalski thanked her staff.', 'Anna Kowalski', ['Anna Kowalski', 'Kowalski']],
    ['Kelly Brandt will run.\nSquad: K Brandt (Leeds).', 'Kelly Brandt', ['Kelly Brandt', 'K Brandt']],
  ])('merges later mentions into the fullest name: %j', (text, name, mentions) => {
    const found = people(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.name).toBe(name);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(mentions);
  });

  it('takes a title in apposition, and never a courtesy title', () => {
    const [p] = people('The Chancellor, Ruth Okoro, won the vote. Ms Okoro thanked MPs.');
    expect(p).toMatchObject({ name: 'Ruth Okoro', title: 'Chancellor' });
    expect(people('Mr Tom Ashby spoke.')[0]?.title).toBeUndefined();
  });

  it('takes the affiliation written before the title', () => {
    const [p] = people('UNESCO Director General Maria Santos opened the meeting.');
    expect(p).toMatchObject({ name: 'Maria Santos', affiliation: 'UNESCO' });
  });

  it('does not take the rival named after "rival" for a company', () => {
    const facts = extractFacts('The chancellor met his rival Conor Maddox on Monday.');
    expect(facts.people.map((p) => p.name)).toEqual(['Conor Maddox']);
    expect(facts.organizations).toEqual([]);
  });

  it('ends a titled name at "of" and reads the organization after it', () => {
    const facts = extractFacts('"It works," said Dr Lina Hoskins of Brightwell Labs.');
    expect(facts.people.map((p) => p.name)).toEqual(['Lina Hoskins']);
    expect(facts.organizations.map((o) => o.name)).toEqual(['Brightwell Labs']);
  });

  it('reads everyday-word names listed with people as people, and spares surnames used alone', () => {
    expect(people('The bill features Lorna Pike, Boy Keller and Carl Dunmore.').map((p) => p.name)).toEqual(['Lorna Pike', 'Boy Keller', 'Carl Dunmore']);
    expect(people('Ross Slater returned. Later Slater said he was happy.').map((p) => p.name)).toEqual(['Ross Slater']);
    expect(people('Later Shaw said he was happy.').map((p) => p.name)).toEqual(['Shaw']);
    expect(people('The cast adds Jude Law and Anna Perl.').map((p) => p.name)).toEqual(['Jude Law', 'Anna Perl']);
  });

  it('splits a plural demonym off a name, and reads peers by their name', () => {
    expect(extractFacts('Britons Kay Dunmore and Ian Pell reached the final.').people.map((p) => p.name)).toEqual(['Kay Dunmore', 'Ian Pell']);
    expect(people('Baroness Ashdown of Kelby said so.').map((p) => [p.name, p.title])).toEqual([['Ashdown', undefined]]);
  });

  it('links a lone family name to a name written family name first', () => {
    const found = people('Police detained Zhou Minghai on Friday. Zhou had criticised the plan.');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Zhou Minghai', 'Zhou']);
  });

  it.each([
    ['The Prime Minister arrived in May.'],
    ['MPs debated the Pensions Reform Bill and the Lisbon Treaty.'],
    ['He signed the Harriet Tubman Memorial Highway Act last year.'],
    ['Moroccan fishermen and Sri Lankan workers were rescued.'],
    ['Shares in the Bank of Japan rose.'],
    ['Fans of Garden Makeover said the series was too short.'],
    ['Classes in Hot Yoga said to be booming.'],
    ['Our Open Water Rescue says it needs more boats.'],
    ['Exports to Hong Kong grew, figures showed.'],
    ['She was one of the so-called "Tony Belles" elected that year.'],
  ])('finds no person in %j', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps mention offsets on the name only', () => {
    const text = 'President Trump spoke.';
    const [p] = people(text);
    expect(p!.mentions).toEqual([{ start: 10, end: 15, text: 'Trump' }]);
  });

  it('reads initials in line-ups and names in capitals headlines', () => {
    expect(people('Relay squad: T Abeyie (Harriers), J Smith.').map((p) => p.name)).toContain('T Abeyie');
  });

  it('reads surnames on a team sheet as people, and bracketed clubs as not', () => {
    const text = 'Rovers: Abbot, Bexley (Carden 70), Dunmore, Ellery, Farrant.\nSquad: T Gorley (Hartfield Harriers), P Ingram.';
    const names = people(text).map((p) => p.name).sort();
    expect(names).toEqual(['Abbot', 'Bexley', 'Carden', 'Dunmore', 'Ellery', 'Farrant', 'P Ingram', 'T Gorley']);
  });

  it('does not take a name the text writes as "the X" for a person', () => {
    expect(people('She will run at the Varnell Indoors. Her Varnell Indoors debut is next month.')).toEqual([]);
  });

  it('splits a nationality off the name it precedes', () => {
    const facts = extractFacts('He finished behind fellow American Jody Marsh in the final.');
    expect(facts.people.map((p) => p.name)).toEqual(['Jody Marsh']);
    expect(facts.countries.map((c) => c.code)).toEqual(['US']);
  });

  it('reads names in an all-capitals headline through their use in the body', () => {
    const text = 'CRICKET - THORNLEY FIRES HAMPSHIRE TO WIN\nDavid Thornley took four wickets as Hampshire won.';
    const found = people(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['THORNLEY', 'David Thornley']);
  });
});

