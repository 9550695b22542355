/**
 * The rules that give an amount its unit and kind from its own words, in the order
 * readAmount and countedBy try them (the context rules are UNIT_RULES in ../counts.ts, the
 * exclusions EXCLUSION_RULES in context.ts).
 */
export const AMOUNT_RULES: ReadonlyArray<{ id: string; description: string }> = [
  { id: 'count.percent.sign', description: 'a percent sign or word after the number ("15%", "15 per cent", "3.5 pct")' },
  { id: 'count.money.symbol-prefix', description: 'a currency symbol before the number ("$430", "US$12", "HK$5", "RM50", "R2.5bn")' },
  { id: 'count.money.code', description: 'an ISO 4217 code before or after the number ("EUR40m", "USD 5m", "5m EUR")' },
  { id: 'count.money.word', description: 'a currency name after the number ("40m rupees", "7.4bn Australian dollars", "a 5m-pound deal")' },
  { id: 'count.money.subunit', description: 'pence or cents: a hundredth of the currency ("25p" -> 0.25 GBP)' },
  { id: 'count.money.symbol-suffix', description: 'a currency symbol after the number ("1,200€", "500 kr")' },
  { id: 'count.money.compound', description: 'a number hyphenated to a currency ("a 10-pound note", "a 50-cent coin")' },
  { id: 'count.multiple', description: 'a multiple ("sixfold", "a 10-fold rise"): the value with unit "fold"' },
  { id: 'count.measure.compound', description: 'a number hyphenated to a unit ("a 2.0-litre engine", "a 30-yard run", "a three-minute silence")' },
  { id: 'count.noun.compound', description: 'digits hyphenated to a noun ("a 12-page file", "a 22-man squad")' },
  { id: 'count.measure.glued-m-metres', description: 'a glued "m" with no plural noun after it is metres ("the 800m")' },
  { id: 'count.measure.symbol', description: 'a unit symbol after the digits ("5km", "300 hp", "30°C", "25bp", "12 sq km")' },
  { id: 'count.measure.name', description: 'a spelled-out unit after the number ("40 miles per hour", "2 basis points")' },
  { id: 'count.money.of-currency', description: 'a currency as the counted noun ("millions of pounds")' },
  { id: 'count.measure.noun', description: 'a unit as the counted noun ("five long hours", "Two Tonnes")' },
  { id: 'count.fraction', description: 'a fraction of the noun after it ("a third of voters" -> 0.333 voter, "half the flats")' },
  { id: 'count.noun.head', description: 'the counted noun after the number ("15 suspected trafficking victims" -> victim)' },
  { id: 'count.noun.change-target', description: 'the noun of the number it changes to ("grew from 15 to 25 member states")' },
];
