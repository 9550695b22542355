import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

/**
 * Speakers in North American wire style (title abbreviations, party–state tags, descriptors,
 * bare quote paragraphs, boilerplate lines). Every person and place here is invented.
 */
const speakersOf = (text: string) => extractFacts(text).quotes.map((q) => q.speaker);

describe('wire-style speakers', () => {
  const cases: Array<[string, string, Array<string | null>]> = [
    ['a verb compromise conjugates ("retorted")', 'Alderman Ruben Castaneda opposed the fee.\n\nAlderwoman Joy Petrakis retorted: "The fee pays for the plows you asked for."', ['Joy Petrakis']],
    ['"crowed ..., writing that"', 'Principal Omar Haddix crowed about the scores, writing that the results had "beaten every target we set."', ['Omar Haddix']],
    ['a council title is no part of the name', '"We will not raise the tax rate this year," Councilwoman Dora Fenwick said.', ['Dora Fenwick']],
    ['the apposition after "says X\'s partner" speaks', 'Tomas Reyes runs a diner in Coldbrook.\n\n"We have never seen rents like this," says Reyes\'s wife, Alma Reyes.', ['Alma Reyes']],
    ['"said his lawyer, A B"', '"My client will be cleared of every charge," said his lawyer, Petra Hallström.', ['Petra Hallström']],
    ['a descriptor before the subject\'s name', 'Millbrook coach Dana Pruitt watched her team lose.\n\nFalcons captain Ivo Stanek was blunt about the third period.\n\n"We gave them the game," he said.', ['Ivo Stanek']],
    ['"union local president A B" opens the sentence', 'Carpenters union local president Gil Moran said the talks had stalled. "Nobody has called us back in a week," Moran said.', ['Gil Moran']],
    ['a phrasal speech verb and a colon ("fired back:")', 'Majority Leader Ruth Abernathy, the bill\'s sponsor, fired back: "That is simply not what the bill does."', ['Ruth Abernathy']],
    ['a phrasal speech verb after the quote ("shot back")', 'Sen. Ivo Brandt, R-Texas, questioned the cost.\n\n"We can pay for this twice over with what we waste now," Brandt shot back.', ['Ivo Brandt']],
    ['a role set off by commas before the name after the quote', 'Workers rejected the offer on Sunday.\n\n"The union will not accept this offer at all," the local president, Ana Bell, said.', ['Ana Bell']],
    ['a party word in the appositive of the opening sentence', 'Gov. Ed Sorel, a Republican, told reporters: "I will veto it if it reaches my desk."', ['Ed Sorel']],
    ['a lone surname is the person, not the firm named after them', 'Developer Nina Ostrow founded Ostrow Land Partners in 1998.\n\n"We build for families," said Ostrow, the firm\'s president.', ['Nina Ostrow']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('boilerplate lines are kept out of attribution', () => {
  const cases: Array<[string, string, Array<string | null>]> = [
    ['a photo caption with a credit', 'Tenants union president Rhea Solano said rents had doubled.\n\nTenant Mara Quist, right, speaks at a rally on Sunday. (Lee Dunn/The Coldbrook Ledger)\n\n"We cannot keep paying this," she said.', ['Rhea Solano']],
    ['an all-caps label line', 'Mayor Tobias Wren said the bridge would reopen in May.\n\nREAD MORE: Councillor Abe Lutz quits over bridge costs\n\n"We are ahead of schedule," he said.', ['Tobias Wren']],
    ['a notice between a paragraph and its bare quote', 'Fire chief Nora Pike said the blaze was under control by noon.\n\nArticle continued below\n\n"We got lucky with the wind."', ['Nora Pike']],
    ['a title-case link label', 'Coach Ida Marsh said the team was healthy.\n\nRead more: Nora Pike signs with the Comets\n\n"We have everyone back for the playoffs," she said.', ['Ida Marsh']],
    ['a byline is no speaker', 'Dam repairs to start in June\n\nBy Gil Farrow\n\nThe county will begin work on the Elkhorn dam next month.\n\n"The spillway is the first priority for us," he said.', [null]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('speaker resolution rules', () => {
  const explained = (text: string) => extractFacts(text).quotes.map((q) => [q.speaker, q.rule]);
  const cases: Array<[string, string, Array<[string | null, string]>]> = [
    ['"the 34-year-old" is the person given that age', 'Goalie Pat Lindgren, 34, stopped 40 shots. Forward Eli Marchand, 22, scored twice.\n\n"I have never felt better in my career," the 34-year-old said.', [['Pat Lindgren', 'speaker.described.age']]],
    ['"the Ohio Democrat" is the senator tagged D-Ohio', 'Sen. Ruth Abernathy, D-Ohio, and Sen. Cole Brandt, R-Texas, clashed over the bill.\n\n"This bill is about clean water and nothing else," the Ohio Democrat said.', [['Ruth Abernathy', 'speaker.described']]],
    ['a dotted state in a bracketed tag', 'Rep. Lena Vogt (D-N.Y.) and Rep. Hal Brisco (R-Fla.) sponsored the plan.\n\n"We have the votes for it this time," the New York Democrat told reporters.', [['Lena Vogt', 'speaker.described']]],
    ['"Sen. A B" is the senator', 'Sen. Marta Quill wrote the measure. Gov. Ed Sorel opposes it.\n\n"We will keep pushing until it passes," the senator said.', [['Marta Quill', 'speaker.described']]],
    ['a report speaks for the institute that released it', 'A report titled "Roads to Nowhere," released Monday by the Pellman Transit Institute, faulted the plan.\n\n"The county has no money to maintain what it builds," the report says.', [['Pellman Transit Institute', 'speaker.document']]],
    ['"her statement said" is hers', 'Transport Minister Ilse Varga said her office would review the contract. Her statement said: "No option is off the table at this stage."', [['Ilse Varga', 'speaker.document.possessor']]],
    ['"he" skips a woman and an organization', 'Coach Arne Falk praised his players. The Harbor City Hawks said ticket sales were up. Team president Nadia Ortiz agreed.\n\n"We kept believing in the system all year," he said.', [['Arne Falk', 'speaker.pronoun.person']]],
    ['"it" is the organization in view', 'The Clearwater Port Authority cut fees on Monday. Ada Morrow, a shipper, welcomed the move.\n\n"Lower fees will bring back the ships we lost," it said.', [['Clearwater Port Authority', 'speaker.pronoun.organization']]],
    ['"they" is the club in view', 'Harbor City FC said ticket sales were up.\n\n"We sold out every home game this year," they said.', [['Harbor City FC', 'speaker.pronoun.plural']]],
    ['"they" of two people is no one', 'Ann Lee and Tom Ross ran the shop for years.\n\n"We sold out of everything by noon," they said.', [[null, 'speaker.pronoun.plural']]],
    ['a named speaker shows the clause rule', '"We will rebuild the bridge by spring," Mayor Iris Teague said.', [['Iris Teague', 'quote.clause.after']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(explained(text)).toEqual(expected);
  });
});

describe('quote layout', () => {
  const cases: Array<[string, string, Array<string | null>]> = [
    ['a bare quote paragraph takes the subject of the paragraph before', '"We are ready to build," said Owen Tallis, a developer.\n\nCouncilwoman Edith Pryor was skeptical of the plan.\n\n"I have seen these promises before and they never hold up."', ['Owen Tallis', 'Edith Pryor']],
    ['a follow-on quote after a paragraph about nothing else keeps its speaker', 'Fire Chief Leon Abara said the cause was under investigation.\n\n"We are not ruling anything out right now," Abara said.\n\nThe fire destroyed two homes on Birch Street.\n\n"It moved very fast once it reached the trees."', ['Leon Abara', 'Leon Abara']],
    ['"She ..." between does not keep a man\'s quote', '"We are ready to build," said Leon Dunmore, a developer.\n\nShe has long opposed the plan.\n\n"I have seen these promises before and they never hold up."', ['Leon Dunmore', null]],
    ['a colon lead-in on its own paragraph', 'Police Chief Rosa Whitfield described the scene:\n\n"There was glass across all four lanes of the road."', ['Rosa Whitfield']],
    ['a quote running over paragraphs, an opening mark at each', 'Sheriff Dale Kimura said:\n\n"We found the car in the river.\n\n"The driver had already climbed out on his own," he said.', ['Dale Kimura', 'Dale Kimura']],
    ['a partial quote inside reported speech', 'Mayor Ann Kolb said the city would "do whatever it takes to rebuild" after the storm.', ['Ann Kolb']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('descriptors and documents in view', () => {
  const cases: Array<[string, string, Array<string | null>]> = [
    ['a sentence opening with an age descriptor puts that person in view', 'Catcher Luis Ambrose, 38, retired on Sunday. Manager Greg Toller, 51, praised him.\n\nThe 38-year-old thanked the fans at a news conference.\n\n"I got to play the game I love for 17 years," he said.', ['Luis Ambrose']],
    ['"his memo said" is his', 'Chief executive Tomas Vidal, 52, said the company would close two plants. His memo said: "We waited too long to make these changes."', ['Tomas Vidal']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
