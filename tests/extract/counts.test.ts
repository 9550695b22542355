import { describe, expect, it } from 'vitest';
import { findCounts } from '../../src/extract/counts.js';
import { makeDoc } from '../../src/text/document.js';
import type { Count } from '../../src/types.js';
import { hasShared, NEEDS_SHARED, seedText } from '../support/shared.js';

const counts = (text: string) => findCounts(makeDoc(text));
/** value, unit, modifier of each count: the facts the tables below assert. */
const brief = (text: string) => counts(text).map((c) => [c.value, c.unit, c.modifier]);

describe('findCounts: numbers and what they count', () => {
  it.each<[string, Array<[number, string | null, string | null]>]>([
    ['Police made 1,000 arrests on Monday.', [[1000, 'arrest', null]]],
    ['The club signed eight young players.', [[8, 'player', null]]],
    ['Officers rescued 12 suspected smuggling victims at the port.', [[12, 'victim', null]]],
    ['Nine Peruvian women were freed.', [[9, 'woman', null]]],
    ['The firm will hire twenty-five engineers.', [[25, 'engineer', null]]],
    ['It sold one hundred and twenty tickets.', [[120, 'ticket', null]]],
    ['The school has two dozen computers.', [[24, 'computer', null]]],
    ['The plant employs 4,500 car-workers.', [[4500, 'worker', null]]],
    ['Two US software companies complained.', [[2, 'company', null]]],
    ['She played three of her doubles matches indoors.', [[3, 'match', null]]],
    ['Nine of the 30 councillors voted against.', [[9, 'councillor', null], [30, 'councillor', null]]],
    ['It won just one game all season.', [[1, 'game', null]]],
    ['The storm left 2,300 dead and many more homeless.', [[2300, 'dead', null]]],
    ['Rents rose for 3 million families.', [[3e6, 'family', null]]],
    ['The app now has 10k users.', [[1e4, 'user', null]]],
    ['Half a million homes lost power.', [[5e5, 'home', null]]],
    ['Sony has sold more than 80 million PlayStation 2 consoles.', [[8e7, 'console', 'more than']]],
    ['Police Arrest 40 Fans After Match\n\nIt was late.', [[40, 'fan', null]]],
    ['Labour has 62 MPs in Wales.', [[62, 'mp', null]]],
    ['They were level within six minutes thanks to a header.', [[6, 'minute', null]]],
    ['He missed one Six Nations game.', []],
    ['The band won three classical prizes.', [[3, 'prize', null]]],
    ['A report on the 20 biggest projects says costs rose.', [[20, 'project', null]]],
    ['It faces two lawsuits - one accusing it of fraud.', [[2, 'lawsuit', null]]],
    ['The change could save 65 lives a year.', [[65, 'life', null]]],
    ['He has missed two of Wales\' victories.', []],
    ['The one Smith missed was easy.', []],
    ['The fair drew 90 large and small exhibitors.', [[90, 'exhibitor', null]]],
    ['The carrier ordered 12 777-300 jets.', [[12, 'jet', null]]],
    ['It flies four 747 freighters.', [[4, 'freighter', null]]],
    ['He has won nine Grand Slam titles.', [[9, 'title', null]]],
    ['A couple of players were injured.', [[2, 'player', null]]],
    ['Two and a half million people voted.', [[2.5e6, 'person', null]]],
    ['A quarter of a million homes lost power.', [[250000, 'home', null]]],
    ['Three quarters of a billion users log in.', [[7.5e8, 'user', null]]],
    ['Thousands of growers\' farms were flooded.', [[1000, 'grower', null]]],
    ['Its 20 players’ contracts end in May.', [[20, 'player', null]]],
    ['She beat three 400m runners.', [[3, 'runner', null]]],
    ['She failed two drugs tests.', [[2, 'test', null]]],
    ['It won two Grammys Music Awards.', [[2, 'award', null]]],
    ['The firm made three new share offers.', [[3, 'offer', null]]],
    ['Later the two held talks.', []],
    ['The plan lists 40 record labels.', [[40, 'label', null]]],
    ['We saw one small Greek cafe.', [[1, 'cafe', null]]],
    ['A poll of 900 voters suggests a tie.', [[900, 'voter', null]]],
    ['Four gunmen and 30 policemen were hurt.', [[4, 'gunman', null], [30, 'policeman', null]]],
    ['Staff got 200 bonuses and five potatoes.', [[200, 'bonus', null], [5, 'potato', null]]],
    ['The lab kept eight specimens from two species.', [[8, 'specimen', null], [2, 'species', null]]],
    ['Each of the 15 members gets £5,000.', [[15, 'member', null], [5000, 'GBP', null]]],
    ['It indexes the 20m posts Technorati tracks.', [[2e7, 'post', null]]],
    ['The site has 8,000-plus members.', [[8000, 'member', null]]],
    ['Sales should triple by 2012 to 2.4 million units.', [[2.4e6, 'unit', null]]],
    ['"If nine members or more agree, it passes," she said.', [[9, 'member', null]]],
    ['He had one bed and one chair.', [[1, 'bed', null], [1, 'chair', null]]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('findCounts: counted thing named elsewhere', () => {
  it.each<[string, Array<[number, string | null, string | null]>]>([
    ['The number of branches will grow from 120 to 150.', [[120, 'branch', null], [150, 'branch', null]]],
    ['It made 420,000 bikes this year, up from 390,000 in 2003.', [[420000, 'bike', null], [390000, 'bike', null]]],
    ['In the valley, where 600,000 live, water is short.', [[600000, 'person', null]]],
    ['Two people died and 15 were injured.', [[2, 'person', null], [15, 'person', null]]],
    ['It shut 600 branches in 2003 and 250 more this year.', [[600, 'branch', null], [250, 'branch', null]]],
    ['It needs 12 more staff and one more small shop.', [[12, 'staff', null]]],
    ['The blasts killed 250 people and wounded 1,000.', [[250, 'person', null], [1000, 'person', null]]],
    ['The league grew from 18 to 20 clubs.', [[18, 'club', null], [20, 'club', null]]],
    ['The game had advance orders of more than 2 million.', [[2e6, 'order', 'more than']]],
    ['They buy in quantities of 5,000.', [[5000, null, null]]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('leaves the unit open when nothing names it', () => {
    expect(brief('The index closed at 4,120.')).toEqual([[4120, null, null]]);
  });
});

describe('findCounts: money and percentages', () => {
  it.each<[string, Array<[number, string | null, string | null]>]>([
    ['The deal is worth $430 million.', [[430e6, 'USD', null]]],
    ['It raised £5bn last year.', [[5e9, 'GBP', null]]],
    ['The fund holds €2.5bn in bonds.', [[2.5e9, 'EUR', null]]],
    ['Shares hit US$12.40 on Friday.', [[12.4, 'USD', null]]],
    ['Bids valued the firm at A$3.10 a share.', [[3.1, 'AUD', null]]],
    ['Profits were 1.2bn rupees.', [[1.2e9, 'INR', null]]],
    ['They paid 80m Canadian dollars.', [[80e6, 'CAD', null]]],
    ['The budget is 50 trillion won.', [[5e13, 'KRW', null]]],
    ['A ticket costs ¥1,500 in Tokyo.', [[1500, 'JPY', null]]],
    ['A stamp now costs 32p.', [[0.32, 'GBP', null]]],
    ['Sales grew 15% in May.', [[15, 'percent', null]]],
    ['Sales grew 15 per cent in May.', [[15, 'percent', null]]],
    ['Sales grew fifteen percent in May.', [[15, 'percent', null]]],
    ['Fans lost millions of pounds on the deal.', [[1e6, 'GBP', null]]],
    ['It will cost several hundred million pounds.', [[1e8, 'GBP', null]]],
    ['He signed a £1.5m-a-year deal.', [[1.5e6, 'GBP', null]]],
    ['They will give "hundreds of millions" of pounds in aid.', [[1e8, 'GBP', null]]],
    ['Oil hit $50-a-barrel.', [[50, 'USD', null]]],
    ['The state set aside Rs 300 crore.', [[3e9, 'INR', null]]],
    ['It made 4.1 bln dollars.', [[4.1e9, 'USD', null]]],
    ['A 2 million-pound grant was approved.', [[2e6, 'GBP', null]]],
    ['They signed a $3.4-billion merger.', [[3.4e9, 'USD', null]]],
    ['It will save £14 billions of waste.', [[14e9, 'GBP', null]]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('findCounts: a varied set of news sentences', () => {
  it.each<[string, Array<[number, string | null, string | null]>]>([
    ['The company reported revenue of $3.2 billion for the quarter.', [[3.2e9, 'USD', null]]],
    ['Profits rose to £450m from £390m a year earlier.', [[450e6, 'GBP', null], [390e6, 'GBP', null]]],
    ['He earns 50,000 dollars a year.', [[50000, 'USD', null]]],
    ['A 5 million pound grant was approved.', [[5e6, 'GBP', null]]],
    ['Net profit rose to 15.2 mln dlrs.', [[15.2e6, 'USD', null]]],
    ['Sales rose 3.5 pct in the quarter.', [[3.5, 'percent', null]]],
    ['Shares rose 10 cents to $4.50.', [[0.1, 'USD', null], [4.5, 'USD', null]]],
    ['It is worth 4bn euros ($5.2bn).', [[4e9, 'EUR', null], [5.2e9, 'USD', null]]],
    ['Turnout was 61 per cent.', [[61, 'percent', null]]],
    ['Exports rose by 12% to $5.6bn.', [[12, 'percent', null], [5.6e9, 'USD', null]]],
    ['Some 30 to 40 vehicles were damaged.', [[30, 'vehicle', 'some']]],
    ['Growth will be 7-8% next year.', [[7, 'percent', null]]],
    ['As many as 3,000 workers could lose their jobs.', [[3000, 'worker', 'as many as']]],
    ['Several hundred people gathered.', [[100, 'person', null]]],
    ['Fifteen hundred troops arrived.', [[1500, 'troop', null]]],
    ['The plane had 189 passengers and seven crew on board.', [[189, 'passenger', null], [7, 'crew', null]]],
    ['Police said 14 of the 20 suspects were freed.', [[14, 'suspect', null], [20, 'suspect', null]]],
    ['The survey of 1,000 adults found 45% were worried.', [[1000, 'adult', null], [45, 'percent', null]]],
    ['Police seized 2.5 tonnes of cocaine.', [[2.5, 'tonne', null]]],
    ['He scored in the 89th minute.', []],
    ['Arsenal\'s 1-0 win lifted them to the top.', []],
    ['The man, in his 60s, was arrested.', []],
    ['The airline filed for Chapter 11 bankruptcy protection.', []],
    ['Microsoft released Windows 95 in August.', []],
    ['Only one in five voters cast a ballot.', []],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('findCounts: approximators', () => {
  it.each<[string, string]>([
    ['More than 200 staff left.', 'more than'],
    ['Over 50 homes flooded.', 'over'],
    ['At least 30 people died.', 'at least'],
    ['Nearly 40 flights were cancelled.', 'nearly'],
    ['Almost 70 schools closed.', 'almost'],
    ['About 95 buses run daily.', 'about'],
    ['Around 600 jobs went.', 'around'],
    ['Some 200 new jobs will be created.', 'some'],
    ['Fines of up to $1,000 apply.', 'up to'],
    ['Fewer than 10 patients were seen.', 'fewer than'],
    ['It sells for less than $100.', 'less than'],
    ['It sells for below $20.', 'less than'],
    ['They plan a sub-$100 laptop.', 'less than'],
    ['It earns just over £9,000 a year.', 'just over'],
  ])('%s', (text, modifier) => {
    expect(counts(text).map((c) => c.modifier)).toEqual([modifier]);
  });
});

describe('findCounts: vague amounts', () => {
  it.each<[string, number, string | null]>([
    ['Thousands of fans queued.', 1000, 'fan'],
    ['Dozens of homes were damaged.', 12, 'home'],
    ['A dozen ships docked.', 12, 'ship'],
    ['Hundreds of flights were delayed.', 100, 'flight'],
    ['Tens of thousands of people marched.', 10000, 'person'],
    ['A few hundred fans stayed.', 100, 'fan'],
    ['Millions of viewers tuned in.', 1e6, 'viewer'],
    ['Hundreds of millions of children lack schools.', 1e8, 'child'],
    ['It rescued thousands of unsuspecting victims.', 1000, 'victim'],
  ])('%s', (text, value, unit) => {
    const [count] = counts(text);
    expect(count).toMatchObject({ value, unit, approximate: true });
  });

  it('keeps plain numbers exact', () => {
    expect(counts('Seven boats sank.')[0]!.approximate).toBe(false);
  });
});

describe('findCounts: ranges and alternatives', () => {
  it.each<[string, Partial<Count>]>([
    ['Between 1,500-2,000 people attended.', { value: 1500, max: 2000, unit: 'person' }],
    ['Between 10 and 20 people were hurt.', { value: 10, max: 20, unit: 'person' }],
    ['Four to five thousand troops are there.', { value: 4000, max: 5000, unit: 'troop' }],
    ['It costs $5-6bn.', { value: 5e9, max: 6e9, unit: 'USD' }],
  ])('%s', (text, expected) => {
    const found = counts(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('reports "five or six" as two counts of the same thing', () => {
    expect(brief('We saw about five or six young deer.')).toEqual([[5, 'deer', 'about'], [6, 'deer', 'about']]);
  });

  it.each([
    ['Rates rose from 3% to 4%.', [3, 4]],
    ['The audience fell by 600,000 to 5.9 million.', [600000, 5.9e6]],
    ['Unemployment rose 17,000 to 4.48 million.', [17000, 4.48e6]],
  ])('reports a change as two numbers: %s', (text, values) => {
    expect(counts(text).map((c) => c.value)).toEqual(values);
  });
});

describe('findCounts: numbers that are not counts', () => {
  it.each([
    'The talks began on July 27, 2023 in Rome.',
    'It opened on 3 March and closed in 1998.',
    'Sales peaked in the 1990s.',
    'Doors open at 2:00 pm and the show ends at 10pm.',
    'The meeting starts at 14.30 GMT.',
    'A man, aged 45, was arrested.',
    'A 45-year-old man was arrested.',
    'John Smith, 45, from Leeds, was charged.',
    'She finished in 14th place.',
    'United won 3-1 at home.',
    'It ended in a 2-2 draw.',
    'They lost 18-17 in the final.',
    'He will use Title 42 at the border.',
    'Flight 370 vanished.',
    'It still runs Windows 2000.',
    'The rapper 50 Cent performed.',
    'He loves Formula One.',
    'It is shown on BBC One tonight.',
    'Women are number one in this list.',
    'In one of my first acts, I signed it.',
    'She is the one that won.',
    'See page 12 for details.',
    'Call 0800 555 0100 now.',
    'Call 0845 123 4567 today.',
    'It was No. 1 for weeks.',
    'It led the Six Nations table.',
    'It happened after 9/11.',
    'The 46-strong squad flew out.',
    'Only one in six cars is electric.',
    'It gives with one hand and takes with the other.',
    'City pulled one back before the break.',
    'The 3 million-strong union backed the strike.',
    'A 2.5-million-strong crowd gathered.',
    'The region has a 4-million population.',
    'She won by one hundredth of a second.',
    'It runs at one 5th the speed.',
    'It has episodes of 24 and other shows.',
    'A new port, such as one planned for the coast, is needed.',
    'The plan is like the one underpinning the merger.',
  ])('%s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('findCounts: words that are also property names', () => {
  it('reads "constructor" and "toString" as plain words', () => {
    expect(brief('There are 5 constructor tools and 3 toString bugs.')).toEqual([[5, 'tool', null], [3, 'bug', null]]);
    expect(counts('It cost 5 constructor.')).toEqual([]);
  });
});

describe('findCounts: offsets', () => {
  it('gives the text slice of the whole count, approximator to noun', () => {
    const text = 'Rescuers found more than 200 missing hikers.';
    const [count] = counts(text);
    expect(count!.text).toBe('more than 200 missing hikers');
    expect(text.slice(count!.start, count!.end)).toBe(count!.text);
  });
});

describe('findCounts on the seed article', () => {
  it.skipIf(!hasShared)(`finds exactly the twelve counts${NEEDS_SHARED}`, () => {
    const text = seedText();
    const found = findCounts(makeDoc(text));
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(found.map((c) => [c.value, c.unit, c.modifier, c.approximate])).toEqual([
      [1000, 'arrest', 'over', false], [1000, 'arrest', 'over', false], [1000, 'victim', null, true],
      [54, 'country', null, false], [1000, 'victim', null, true], [2, 'phase', null, false],
      [15, 'victim', null, false], [2, 'organization', null, false], [8, 'man', null, false],
      [7, 'woman', null, false], [1000, 'victim', null, true], [430e6, 'USD', null, false],
    ]);
  });
});
