/** Currency symbols, words and qualifiers -> ISO 4217 codes (used by src/extract/counts). */

/** Symbols written before the amount ("$430", "£5bn", "€2.5bn"). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries({
  $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY',
  '₦': 'NGN', '₪': 'ILS',
}));

/** Letters glued before "$" that name another dollar ("US$", "A$7.17", "HK$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries({
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', can: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD',
  r: 'BRL', nt: 'TWD', z: 'ZWD',
}));

/** Currency names written after the amount, singular or plural ("40m rupees", "2 euros"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', euro: 'EUR',
  euros: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF',
  rand: 'ZAR', krona: 'SEK', kronor: 'SEK', ringgit: 'MYR', baht: 'THB', naira: 'NGN',
  shekel: 'ILS', shekels: 'ILS', lira: 'TRY', won: 'KRW', cedi: 'GHS', cedis: 'GHS',
  rupiah: 'IDR', dirham: 'AED', dirhams: 'AED', riyal: 'SAR', riyals: 'SAR',
  // Wire-service abbreviations ("15 mln dlrs", "50 mln stg").
  dlr: 'USD', dlrs: 'USD', stg: 'GBP',
}));

/** Currency words that are also common English words: only money after a scale ("100 trillion won"). */
export const AMBIGUOUS_CURRENCY_WORDS: ReadonlySet<string> = new Set(['won', 'rand']);

/** A national adjective before a currency word picks the country's currency ("Australian dollars"). */
export const QUALIFIED_CURRENCIES: ReadonlyMap<string, string> = new Map(Object.entries({
  'us dollar': 'USD', 'american dollar': 'USD', 'australian dollar': 'AUD', 'canadian dollar': 'CAD',
  'hong kong dollar': 'HKD', 'new zealand dollar': 'NZD', 'singapore dollar': 'SGD',
  'taiwan dollar': 'TWD', 'taiwanese dollar': 'TWD', 'zimbabwe dollar': 'ZWD',
  'egyptian pound': 'EGP', 'irish pound': 'IEP', 'pakistani rupee': 'PKR', 'sri lankan rupee': 'LKR',
  'indian rupee': 'INR', 'mexican peso': 'MXN', 'argentine peso': 'ARS', 'philippine peso': 'PHP',
  'chilean peso': 'CLP', 'colombian peso': 'COP', 'swiss franc': 'CHF', 'cfa franc': 'XOF',
  'swedish krona': 'SEK', 'norwegian krone': 'NOK', 'danish krone': 'DKK', 'korean won': 'KRW',
  'south korean won': 'KRW', 'chinese yuan': 'CNY', 'brazilian real': 'BRL', 'south african rand': 'ZAR',
  'iraqi dinar': 'IQD', 'kuwaiti dinar': 'KWD', 'saudi riyal': 'SAR', 'turkish lira': 'TRY',
}));

/** ISO codes written as words before or after the amount ("USD 5m", "5m EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'GBP', 'EUR', 'JPY', 'CNY', 'INR', 'AUD', 'CAD', 'CHF', 'HKD', 'NZD', 'SGD', 'KRW', 'RUB',
  'ZAR', 'SEK', 'NOK', 'DKK', 'BRL', 'MXN',
]);

/** Abbreviations written before the amount only ("Rs 500 crore", "SFr 20m"). */
export const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  Rs: 'INR', Rp: 'IDR', SFr: 'CHF', Sfr: 'CHF',
}));

/** Sub-units: a hundredth of their currency ("25p" -> 0.25 GBP, "50 cents" -> 0.5 USD). */
export const CURRENCY_SUBUNITS: ReadonlyMap<string, string> = new Map(Object.entries({
  p: 'GBP', pence: 'GBP', penny: 'GBP', cent: 'USD', cents: 'USD',
}));
