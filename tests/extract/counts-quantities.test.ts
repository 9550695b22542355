/**
 * Quantities beyond plain counts: measures, money in every form, signs, fractions, multiples,
 * elliptical numbers and misreadings. Sentences are written for the project.
 */
import { describe, expect, it } from 'vitest';
import { RULES, findCounts } from '../../src/extract/counts.js';
import { makeDoc } from '../../src/text/document.js';
import type { CountKind } from '../../src/types.js';

type Fact = [number, string | null, CountKind];
/** value, unit and kind of each count. */
const facts = (text: string): Fact[] => findCounts(makeDoc(text)).map((c) => [c.value, c.unit, c.kind]);

/** Every sentence of the tables, to check the rule ids they produce. */
const sentences: string[] = [];

const table = (title: string, rows: Array<[string, Fact[]]>) =>
  describe(title, () => {
    sentences.push(...rows.map(([text]) => text));
    it.each(rows)('%s', (text, expected) => {
      const got = facts(text);
      expect(got.map(([v, u, k]) => [Number(v.toPrecision(6)), u, k])).toEqual(expected);
    });
  });

table('unit symbols and abbreviations', [
  ['The new coupe makes 510 hp from its V8.', [[510, 'horsepower', 'measure']]],
  ['Peak torque is 650 Nm at low revs.', [[650, 'newton metre', 'measure']]],
  ['The chip runs at 3.2 GHz.', [[3.2, 'gigahertz', 'measure']]],
  ['The filter stops particles above 10 μm.', [[10, 'micrometre', 'measure']]],
  ['The alloy is rated at 80 ksi.', [[80, 'kilopound per square inch', 'measure']]],
  ['Tests found 40 ppb of lead in the tap water.', [[40, 'part per billion', 'measure']]],
  ['The handset has a 4,500mAh battery.', [[4500, 'milliampere hour', 'measure']]],
  ['The engine idles at 800 rpm.', [[800, 'revolution per minute', 'measure']]],
  ['It hit 104°F on Tuesday and 38°C in the capital.', [[104, 'degree fahrenheit', 'measure'], [38, 'degree celsius', 'measure']]],
  ['Overnight lows of 3C are forecast.', [[3, 'degree celsius', 'measure']]],
  ['Each flat has 65 sq m of floor space.', [[65, 'square metre', 'measure']]],
  ['The reserve covers 120 square miles.', [[120, 'square mile', 'measure']]],
  ['The central bank raised rates by 50 basis points.', [[50, 'basis point', 'measure']]],
  ['Spreads widened by 40bp.', [[40, 'basis point', 'measure']]],
  ['The guard is scoring 24.6 ppg this season.', [[24.6, 'point per game', 'measure']]],
  ['Storm gusts reached 90 mph.', [[90, 'mile per hour', 'measure']]],
  ['Trains will run at 300 km/h.', [[300, 'kilometre per hour', 'measure']]],
  ['Homes get 100Mbps broadband.', [[100, 'megabit per second', 'measure']]],
  ['The plant will produce 1.2 GW of power.', [[1.2, 'gigawatt', 'measure']]],
  ['Officers seized 3.5kg of heroin.', [[3.5, 'kilogram', 'measure']]],
  ['The ship carried 2 million barrels of crude.', [[2e6, 'barrel', 'measure']]],
  ['The drive holds 2 TB of data.', [[2, 'terabyte', 'measure']]],
  ['She ran the course in 58secs.', [[58, 'second', 'measure']]],
  ['The river rose 2 metres overnight.', [[2, 'metre', 'measure']]],
  ['ROAD WORKS CLOSE 12 KM OF MOTORWAY', [[12, 'kilometre', 'measure']]],
]);

table('number and unit as a modifier', [
  ['It ships with a 1.6-litre petrol engine.', [[1.6, 'litre', 'measure']]],
  ['He broke free for a 45-yard run.', [[45, 'yard', 'measure']]],
  ['Lawyers filed a 30-page motion.', [[30, 'page', 'count']]],
  ['The club named a 23-man squad.', [[23, 'man', 'count']]],
  ['A two-hour meeting followed.', [[2, 'hour', 'measure']]],
  ['The firm agreed a five-year deal.', [[5, 'year', 'measure']]],
  ['They walked a 10km route.', [[10, 'kilometre', 'measure']]],
  ['They bought a 4-bedroom house.', [[4, 'bedroom', 'count']]],
  ['The 46-strong squad flew out.', []],
  ['They won a 2-nil victory.', []],
  ['A 45-year-old man was arrested.', []],
  ['It was a one-off payment.', []],
  ['They stayed at a five-star hotel.', []],
]);

table('currency forms', [
  ['The miner was valued at US$4.2bn.', [[4.2e9, 'USD', 'money']]],
  ['Shares closed at A$2.15.', [[2.15, 'AUD', 'money']]],
  ['The HK$8bn bridge opened.', [[8e9, 'HKD', 'money']]],
  ['The province borrowed C$300m.', [[3e8, 'CAD', 'money']]],
  ['The bank raised EUR40m from investors.', [[4e7, 'EUR', 'money']]],
  ['The buyer paid GBP 12m.', [[1.2e7, 'GBP', 'money']]],
  ['The mall cost RM120m to build.', [[1.2e8, 'MYR', 'money']]],
  ['Fees rose to R1,250 a month.', [[1250, 'ZAR', 'money']]],
  ['The deal is worth R3.4bn.', [[3.4e9, 'ZAR', 'money']]],
  ['A beer costs 25 kn in the old town.', [[25, 'HRK', 'money']]],
  ['A bowl of noodles costs ¥900.', [[900, 'JPY', 'money']]],
  ['The bike sold for 1,200€.', [[1200, 'EUR', 'money']]],
  ['The stamp fetched $1900 at auction.', [[1900, 'USD', 'money']]],
  ['Wages are 3,000 Swiss francs a month.', [[3000, 'CHF', 'money']]],
  ['The country spent 80bn roubles.', [[8e10, 'RUB', 'money']]],
  ['Profits reached 12bn kronor.', [[1.2e10, 'SEK', 'money']]],
  ['Sales reached 90 million reais.', [[9e7, 'BRL', 'money']]],
  ['The grant is Rs 50 crore.', [[5e8, 'INR', 'money']]],
  ['Flights start at 900 kr.', [[900, 'SEK', 'money']]],
  ['Salaries start at KSh45,000.', [[45000, 'KES', 'money']]],
  ['He paid Rs. 900 for the ticket.', [[900, 'INR', 'money']]],
  ['She kept a 20-pound note and a 50-cent coin.', [[20, 'GBP', 'money'], [0.5, 'USD', 'money']]],
  ['The droid R2-D2 beeped.', []],
  ['He won 6-2 in 2003.', []],
]);

table('bare and elliptical numbers', [
  ['The index rose to 3,105 on Friday.', [[3105, null, 'count']]],
  ['The benchmark closed at 612.4.', [[612.4, null, 'count']]],
  ['The index fell 15 to 480.', [[480, null, 'count']]],
  ['She slipped to 64 in the rankings.', []],
  ['The index closed up 12.5 points at 1,234.6.', [[12.5, 'point', 'count'], [1234.6, null, 'count']]],
  ['The index lost 9.1 points, or 0.4%, to 2,210.5.', [[9.1, 'point', 'count'], [0.4, 'percent', 'percent'], [2210.5, null, 'count']]],
  ['The agency sold 312 homes by auction and 90 by tender.', [[312, 'home', 'count'], [90, 'home', 'count']]],
  ['Of the 250 flats, 180 were sold.', [[250, 'flat', 'count'], [180, 'flat', 'count']]],
  ['The dealer sold 40 vans in May and 55 in June.', [[40, 'van', 'count'], [55, 'van', 'count']]],
  ['We could have scored five or six.', []],
  ['The jobless rate fell to 5.1% from 5.3.', [[5.1, 'percent', 'percent'], [5.3, 'percent', 'percent']]],
  ['Revenue was $4.2 billion, up from 3.9 billion.', [[4.2e9, 'USD', 'money'], [3.9e9, 'USD', 'money']]],
]);

table('fractions and multiples', [
  ['A third of voters backed the plan.', [[0.333333, 'voter', 'count']]],
  ['Half the flats stood empty.', [[0.5, 'flat', 'count']]],
  ['Two-thirds of adults own a tablet.', [[0.666667, 'adult', 'count']]],
  ['Three quarters of the members voted.', [[0.75, 'member', 'count']]],
  ['A fifth of the teachers left.', [[0.2, 'teacher', 'count']]],
  ['Exports rose sixfold in ten years.', [[6, 'fold', 'count'], [10, 'year', 'measure']]],
  ['There was a 10-fold rise in claims.', [[10, 'fold', 'count']]],
  ['Demand grew hundredfold and then ten-fold again.', [[100, 'fold', 'count'], [10, 'fold', 'count']]],
  ['The blindfold and the scaffold stayed; the onefold rule went.', []],
  ['It took half an hour.', []],
  ['He scored early in the second half.', []],
  ['Less than half the country voted.', []],
  ['A quarter of a million homes lost power.', [[250000, 'home', 'count']]],
]);

table('signs', [
  ['Growth was -1.4% in the quarter.', [[-1.4, 'percent', 'percent']]],
  ['Output changed by −0.3 per cent.', [[-0.3, 'percent', 'percent']]],
  ['Temperatures dropped to minus 12C.', [[-12, 'degree celsius', 'measure']]],
  ['The reading fell to -5°C.', [[-5, 'degree celsius', 'measure']]],
  ['Prices rose 3-4% this year.', [[3, 'percent', 'percent']]],
  ['The Covid-19 rules ended.', []],
]);

table('misreadings', [
  ['The firm shipped 35m devices last year.', [[3.5e7, 'device', 'count']]],
  ['The state paid €300m, and another 550m later.', [[3e8, 'EUR', 'money'], [5.5e8, 'EUR', 'money']]],
  ['Profit was $12bn, up from 9bn.', [[1.2e10, 'USD', 'money'], [9e9, 'USD', 'money']]],
  ['She won the 800m in record time.', [[800, 'metre', 'measure']]],
  ['It took $20m (£11m) and then 5m more.', [[2e7, 'USD', 'money'], [1.1e7, 'GBP', 'money'], [5e6, 'USD', 'money']]],
  ['After $5bn, the budget is 1,070 trillion rials.', [[5e9, 'USD', 'money'], [1.07e15, 'rial', 'count']]],
]);

describe('findCounts: absurd amounts', () => {
  it('drops amounts that are not finite numbers', () => {
    const words = `one ${Array(400).fill('hundred').join(' ')} people came.`;
    const digits = `It cost $1${',000'.repeat(100)} in all, and 1${',000'.repeat(100)} people came.`;
    for (const text of [words, digits]) {
      for (const c of findCounts(makeDoc(text))) expect(Number.isFinite(c.value)).toBe(true);
    }
    expect(findCounts(makeDoc(words))).toEqual([]);
  });
});

describe('findCounts: rule ids', () => {
  it('names the rule of each count only when asked, from RULES', () => {
    const text = 'It paid $5m for 300 hp, then sold 40 vans and 20 by auction.';
    const ids = new Set(RULES.map((r) => r.id));
    expect(findCounts(makeDoc(text)).every((c) => c.rule === undefined)).toBe(true);
    const explained = findCounts(makeDoc(text), true);
    expect(explained.map((c) => c.rule)).toEqual(['count.money.symbol-prefix', 'count.measure.symbol', 'count.noun.head', 'count.noun.parallel']);
    for (const c of explained) expect(ids.has(c.rule!)).toBe(true);
  });

  it('explains every count of the tables above with a listed rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const used = sentences.flatMap((text) => findCounts(makeDoc(text), true).map((c) => c.rule));
    expect(used.length).toBeGreaterThan(80);
    for (const rule of used) expect(ids.has(rule!), String(rule)).toBe(true);
  });

  it('gives every rule a unique dotted id and a description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^count(\.[a-z0-9-]+)+$/);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });
});
