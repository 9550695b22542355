import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/extract/entities/names.js';
import { extractFacts } from '../../src/extract/index.js';
import { findOrganizations } from '../../src/extract/organizations.js';
import { findPeople } from '../../src/extract/people.js';
import { findQuotes } from '../../src/extract/quotes.js';
import { makeDoc } from '../../src/text/document.js';
import type { Quote } from '../../src/types.js';
import { hasShared, NEEDS_SHARED, seedText } from '../support/shared.js';

// Quotes take their speakers from the record's people and organizations, so they are read off the whole extraction.
const quotesOf = (text: string) => extractFacts(text).quotes;

/** The quote stage alone, the entities it reads already found: what the timing tests measure. */
function quoteStage(text: string): () => Quote[] {
  const doc = makeDoc(text);
  const names = findNames(doc);
  const organizations = findOrganizations(doc, names);
  const people = findPeople(doc, names, organizations);
  return () => findQuotes(doc, names, people, organizations);
}

describe('quote spans', () => {
  const cases: Array<[string, string, string[]]> = [
    ['curly marks', '“We will win this fight in the end,” she said.', ['We will win this fight in the end,']],
    ['straight marks', '"Nobody saw the storm coming at all," he said.', ['Nobody saw the storm coming at all,']],
    ['apostrophes only', "The players' union said it won't budge, and rock 'n' roll fans of the '90s agreed.", []],
    ['single marks in a headline', "Rovers 'may sell their old ground'\n\nThe club is in talks.", ['may sell their old ground']],
    ['a possessive inside single marks', "Critics said 'the workers' pay has fallen again' on Monday.", ["the workers' pay has fallen again"]],
    ['scare quotes of three words or fewer', 'The so-called "dodgy dossier" and the campaign "SAFE-HAVEN," were named.', []],
    ['a quoted title', 'He starred in "Return Of The Night Riders" last year.', []],
    ['a quoted title with a comma', "The scheme is called 'Better Homes, Stronger Towns' in the paper.", []],
    ['nested quotes stay inside the outer one', '"He told me \'never give up on this\' and I listened," she said.', ["He told me 'never give up on this' and I listened,"]],
    ['a missing closing mark ends at the paragraph', 'He said "this is only the start of something.\n\nThe meeting ended at noon.', ['this is only the start of something.']],
    ['a quote going on over a paragraph', '"The first part is here.\n\n"And the second part is here," he said.', ['The first part is here.', 'And the second part is here,']],
    ['a new opening mark without a closing one', 'She said: "One two three four. "Five six seven eight."', ['One two three four.', 'Five six seven eight.']],
    ['single marks over paragraphs', '‘We don’t know yet what will happen.\n\n‘The players’ union has not decided,’ she said.', ['We don’t know yet what will happen.', 'The players’ union has not decided,']],
    ['a stray closing mark', 'The score was 5" and the rest of the line " was lost in the storm.', []],
    ['an open quote ends before the sentence introducing the next', 'Ann Lee said: "We will win this. Later on, Ann Lee said: "The fight goes on now."', ['We will win this.', 'The fight goes on now.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(expected);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('speakers from the text', () => {
  const cases: Array<[string, string, Array<[string | null, string | null]>]> = [
    ['name before the verb', '"We have done nothing wrong here," John Smith said.', [['John Smith', 'said']]],
    ['verb before the name', '"The water rose far too fast for us," said Mary Jones, a doctor at the clinic.', [['Mary Jones', 'said']]],
    ['an appositive', '"The harvest is the worst in years," Peter Brown, a local farmer, said.', [['Peter Brown', 'said']]],
    ['title and name', '"Our talks will resume next week," Finance Minister Anna Berg told reporters.', [['Anna Berg', 'told']]],
    ['colon before the quote', 'Finance Minister Anna Berg said: "Our talks will resume next week."', [['Anna Berg', 'said']]],
    ['"said that" before the quote', 'Anna Berg said that "our talks will resume next week".', [['Anna Berg', 'said']]],
    ['according to', '"Prices will keep rising all year," according to economist Sam Lee.', [['Sam Lee', 'according to']]],
    ['honorific and surname -> fullest name', 'Dr Helen Park runs the clinic. "We need more nurses right now," Dr Park said.', [['Helen Park', 'said']]],
    ['initials kept', 'Former governor Robert T. Hale spoke. "I will not stand again this year," Mr Hale said.', [['Robert T. Hale', 'said']]],
    ['a partial quote', 'Jane Doe pledged to "fight for every single job in the region" on Monday.', [['Jane Doe', 'pledged']]],
    ['an interrupted quote', '"We tried everything we could," Tom Reed said. "It was not enough in the end."', [['Tom Reed', 'said'], ['Tom Reed', null]]],
    ['a pronoun after indirect speech', 'Karl Weiss said the union was strong. "We will not give in to them," he added.', [['Karl Weiss', 'added']]],
    ['a pronoun of the right gender', 'Mr David Moss said the talks had failed. Mrs Clara Hunt disagreed. "There is still a deal to be done," she said.', [['Clara Hunt', 'said']]],
    ['a role noun with one holder', 'Foreign Minister Karl Weiss arrived on Monday. "We came here to listen first," the minister said.', [['Karl Weiss', 'said']]],
    ['an unnamed spokesman', '"We are looking into the matter now," a spokesman said.', [[null, 'said']]],
    ['an unnamed voter', '"I have never voted for them before," one voter said.', [[null, 'said']]],
    ['a pronoun after an unnamed speaker', 'Ann Cole left early. A spokesman said the firm would appeal. "We will appeal this ruling soon," he said.', [[null, 'said']]],
    ['an organization', '"Growth will slow sharply next year," the Central Statistics Office said.', [['Central Statistics Office', 'said']]],
    ['a floating quote after its speaker', 'Lena Ortiz warned that funds were short. "We cannot pay the staff this month."', [['Lena Ortiz', null]]],
    ['a floating quote with no clear speaker', 'The match ended in a draw.\n\n"It was a fair result for both of the teams."', [[null, null]]],
    ['a quote over paragraphs keeps its speaker', 'Ms Rao said:\n\n"We are ready for the vote today.\n\n"The people will decide on it."', [['Rao', 'said'], ['Rao', null]]],
    ['a shadow minister is not the minister', 'Shadow health minister Rob Vance spoke first. "We were misled on every count," the health minister said.', [[null, 'said']]],
    ['a participle speaks for its sentence', 'Police chief Ada Mertens backed the plan, saying: "It will save lives on our roads."', [['Ada Mertens', 'saying']]],
    ['a name after the verb beats a phrase before the comma', 'Growth of 3% "is simply not going to happen now", said Omar Field.', [['Omar Field', 'said']]],
    ['a given name tells the gender', 'Sharon Vale and her husband Peter Vale spoke. "We worked hard for all of it," she said.', [['Sharon Vale', 'said']]],
    ['a surname that is also a title word', 'Jason King hosts the show. "We will change a lot this year," says King.', [['Jason King', 'says']]],
    ['a person named outside the subject', 'Peter Brown spoke first. The questions were then put to Tom Reed. "I have nothing to add to this," he said.', [['Tom Reed', 'said']]],
    ['the speaker stays when no one else is named', '"We will build the new line," said Eva Lind. Work starts in May across the region. "It will take three years to finish."', [['Eva Lind', 'said'], ['Eva Lind', null]]],
    ['a quote cut short takes the clause of the next piece', 'Tom Reed was pleased. "We played well today. "We deserved the win," said Reed.', [['Tom Reed', null], ['Tom Reed', 'said']]],
    ['"is quoted as saying"', 'Tom Reed is quoted as saying: "We have no relations with them at all."', [['Tom Reed', 'saying']]],
    ['a past tense ends the subject a participle speaks for', 'Ann Cole rejected Mr Hale\'s claim, telling reporters that "the plan was never costed at all".', [['Ann Cole', 'telling']]],
    ['a name after a preposition is no subject', '"We will win this one," Mr Hale said. He hit back at Labour claims about the plan. "This is simply not true at all."', [['Hale', 'said'], ['Hale', null]]],
    ['a role phrase names the holder\'s affiliation', 'Tom Reed met Only Fools star Dan Hill. "We never swore on the show," the Two Ronnies star said.', [['Tom Reed', 'said']]],
    ['a title phrase before an inverted name', '"The real talks begin now," director of energy research Tony Hale said.', [['Tony Hale', 'said']]],
    ['an unclosed appositive ending with an organization', 'Howard Lane, economist at Global Insight said the bank "may well raise rates again soon".', [['Howard Lane', 'said']]],
    ['the agent of a passive speech verb', 'Sharon Vale lost a ring described by Sharon as "one of the only pure stones in the world".', [['Sharon Vale', 'described']]],
    ['"by X, who believes"', 'It is a view shared by Wayne Rooney, who believes "we have a great chance in the cup".', [['Wayne Rooney', 'believes']]],
    ['a dashed appositive', '"We saw this coming for years," Ivan Petrov - then an adviser to the president - told reporters.', [['Ivan Petrov', 'told']]],
    ['a one-word opener before the subject a participle speaks for', 'Later, Dr Ann Gibbs praised the plan, saying it "would change the way we all work".', [['Ann Gibbs', 'saying']]],
    ['a place and common words are no one "she" stands for', 'Ann Cole runs the Leeds Film Market. Leeds opens early this year. "We were careful about the dates this year," she said.', [['Ann Cole', 'said']]],
    ['"the company" is the organization last in view', 'Acme Holdings has cut 500 jobs. "We had to act quickly to save the business," the company said.', [['Acme Holdings', 'said']]],
    ['telling a story is not speech', 'Jim Hale directed the film. He tells the story of a "boy who could never stop running away".', [[null, null]]],
    ['a headline quote is the first named speaker\'s', 'Council \'must build more homes\'\n\nThe city needs houses. Mayor Ann Cole said the council had "a duty to act now".', [['Ann Cole', null], ['Ann Cole', 'said']]],
    ['a descriptor opening the sentence is no part of the name', 'Goalscorer Jimmy Hale was delighted. "We never gave up at any point," Hale said.', [['Jimmy Hale', 'said']]],
    ['"the ex-" refers back', 'David Crane has criticised the team. And the ex-Wallaby added: "They should stop complaining now."', [['David Crane', 'added']]],
    ['"they" leaves the pronoun to the named speaker', 'Jon Ekberg quit the band. The others said they wished him well. "I need a long rest now," he said.', [['Jon Ekberg', 'said']]],
    ['a name and a colon', 'Station controller Nadia Brook: "This is a new era for the whole channel."', [['Nadia Brook', null]]],
    ['a hyphenated title', '"We will not raise any taxes this year," Vice-President Carl Moody said.', [['Carl Moody', 'said']]],
    ['a surname that is also a title word', '"The risks are plain to everyone here," said Simon Champion.', [['Simon Champion', 'said']]],
    ['a place inside the subject phrase', 'The paper\'s correspondent in Lagos, Ruth Ade, told reporters: "The city is calm again tonight."', [['Ruth Ade', 'told']]],
    ['an abbreviated title in a headline', "Tax 'will not rise this year', says PM\n\nPrime Minister Ann Lowe spoke on Monday.", [['Ann Lowe', 'says']]],
    ['a common word opening a sentence is no name', 'Prosecutors said he was "a danger to every one of us".', [[null, 'said']]],
    ['a sentence-opening name used elsewhere', 'Shares in Zentra rose. Zentra said "the results speak for themselves here".', [['Zentra', 'said']]],
    ['a name before an unclosed appositive', '"Prices will fall again soon," Eva Lind, Norvo\'s chief executive told the paper.', [['Eva Lind', 'told']]],
    ['a partial quote after two reporting clauses', 'The agency announced the figures, and Prime Minister Ann Lowe said it was "only the start of a long journey".', [['Ann Lowe', 'said']]],
    ['a pronoun inside a reporting clause', 'The Acme Trade Council met on Monday. The government said it would ask firms to "roll over every loan due this year".', [[null, 'said']]],
    ['a nationality is no speaker', 'He should quit "once he knew the reporter was there", said Mr Hale, adding that the man was Jewish.', [['Hale', 'said']]],
    ['a title without a determiner, then the name', 'But director of the Safe Roads Trust, Nina Holt, said: "Nobody has listened to us for years."', [['Nina Holt', 'said']]],
    ['"and added" keeps the subject of the clause before', 'Early reports named Kevin Doyle. His lawyer, Ann Price, told the court it was wrong and added: "The claim is simply untrue."', [['Ann Price', 'added']]],
    ['a noun after a club name', '"We had a good week in training," said the Rovers full-back.', [[null, 'said']]],
    ['a passive speech verb names no speaker', 'Tom Hart met fans. Real Varta are believed to be keen. "I am going nowhere this season," he said.', [['Tom Hart', 'said']]],
    ['an MP and a constituency', '"The plan is a disgrace to us all," said the Labour MP for Millbrook.', [[null, 'said']]],
    ['a possessive spokesman is unnamed', 'Jo Marsh left early. Mr Lane\'s official spokesman said: "We have nothing more to add today."', [[null, 'said']]],
    ['a month as a surname', 'The shadow minister for the family, Theresa May, said: "These plans are far too little."', [['Theresa May', 'said']]],
    ['a definite title refers back to the last speaker', 'Coach Ron Vale watched. "We were poor all night," said the 54-year-old. "We can do much better."', [['Ron Vale', 'said'], ['Ron Vale', null]]],
    ['capitalized name particles', 'Minister Julio De Vido spoke. "We will not pay for any of it," Mr De Vido said.', [['Julio De Vido', 'said']]],
    ['"quoted X as saying"', 'The agency quoted Omar Haddad as saying: "The border will open again soon."', [['Omar Haddad', 'saying']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quotesOf(text).map((q) => [q.speaker, q.verb])).toEqual(expected);
  });
});

describe('speakers are the record\'s entries', () => {
  it('names a person by the entry a surname mention belongs to', () => {
    const [quote] = quotesOf('Helen Park chairs the board. "The budget is balanced for now," Ms Park said.');
    expect(quote!.speaker).toBe('Helen Park');
  });

  it('names an organization by its full name when its acronym speaks', () => {
    const [quote] = quotesOf('The World Health Organization (WHO) met in May. "The outbreak is now under control," the WHO said.');
    expect(quote!.speaker).toBe('World Health Organization');
  });
});

describe.skipIf(!hasShared)(`the seed article${NEEDS_SHARED}`, () => {
  const text = seedText();
  const expected: Array<[string, string]> = [
    ['Jürgen Stock', 'Human trafficking and migrant smuggling'],
    ['Jürgen Stock', 'This is why close cooperation'],
    ['Jalel Chelba', 'The real strength of FLASH-WEKA'],
    ['Jalel Chelba', 'Through better intelligence sharing'],
    ['Donald J. Trump', 'to end the scourge of human trafficking'],
    ['Donald J. Trump', 'I will urge Congress'],
    ['Donald J. Trump', 'I will use Title 42'],
    ['Donald J. Trump', 'Under my leadership'],
    ['Donald J. Trump', 'In one of my first acts'],
  ];

  it('has its nine quotes and speakers', () => {
    const quotes = quotesOf(text);
    expect(quotes.map((q, k) => [q.speaker, q.text.slice(0, expected[k]?.[1].length)])).toEqual(expected);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('hostile input', () => {
  it('survives marks everywhere, in linear time', () => {
    const text = ['"', '“', '”', "'", '‘', '’', ' ', 'a', '\n', '.', ','].flatMap((m) => Array(20000).fill(`${m}x `)).join('');
    const run = quoteStage(text);
    const started = performance.now();
    const quotes = run();
    expect(performance.now() - started).toBeLessThan(3000);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it.each([
    ['quotes in one endless sentence', '"a b c d e" he said, '.repeat(20000)],
    ['speech verbs in one endless sentence', 'xx yy said zz '.repeat(30000)],
    ['appositive commas without end', 'John Smith, a b, c d, said '.repeat(15000)],
    ['one endless capitalized run', 'Abc '.repeat(50000) + 'said "one two three four".'],
  ])('stays linear on %s', (_name, text) => {
    const run = quoteStage(text);
    const started = performance.now();
    run();
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('never lets an unclosed mark swallow the next paragraphs', () => {
    const text = 'He said "it is over now and we are done.\n\n' + 'More plain text follows here.\n\n'.repeat(50);
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('it is over now and we are done.');
  });
});
