// Curation data for scripts/build-units.mjs: which of js-quantities' units and ISO 4217's
// currencies news text uses, and the few news conventions no package records. Pure data.

/** js-quantities kinds whose units are physical measures news reports (the rest are lab units). */
export const UNIT_KINDS = [
  'length', 'area', 'volume', 'time', 'temperature', 'power', 'pressure', 'force', 'energy', 'mass',
  'frequency', 'speed', 'information', 'information_rate', 'angular_velocity', 'angle', 'charge',
  'potential', 'current', 'radiation', 'illuminance', 'luminous_power', 'resistance',
];

/** Dimensionless units of js-quantities that news uses, with the dimension reported. */
export const UNITLESS_UNITS = { ppm: 'ratio', ppb: 'ratio', decibel: 'sound level' };

/**
 * Aliases js-quantities gives that in news text are ordinary words, names or other abbreviations
 * ("in", "points", "league", "AU", "cup", "Dr", "1st"'s "st"), or rare lab units.
 */
export const EXCLUDED_ALIASES = [
  'in', '"', "'", '#', 'pt', 'point', 'points', 'z', 'red-shift', 'redshift', 'rd', 'rod', 'rods', 'mil', 'mils',
  'league', 'leagues', 'AU', 'astronomical-unit', 'ly', 'ls', 'lmin', 'DM', 'datamile', 'ang', 'pica', 'picas',
  'pc', 'cu', 'cup', 'cups', 'bl', 'bl-us', 'blimp', 'bu', 'bsh', 'tb', 'tbs', 'st', 'stone', 'stones', 'dr', 'dram',
  'drams', 'gr', 'grain', 'grains', 'u', 'AMU', 'amu', 'Da', 'Dalton', 'Daltons', 'dalton', 'daltons', 'slug', 'slugs',
  'th', 'therm', 'therms', 'Therm', 'therm-US', 'Cal', 'Calorie', 'Calories', 'fps', 'gee', 'Gal', 'atm', 'ATM',
  'bar', 'bars', 'rad', 'gon', 'grad', 'grads', 'rotation', 'annum', 'amp', 'amps', 'Ampere', 'Volt', 'Newton',
  'Pascal', 'Joule', 'Joules', 'Hertz', 'gray', 'grays', 'R', 'roentgen', 'Ci', 'curie', 'curies', 'cpm', 'dpm', 'bps',
  'ppt', 'ppq', 'tempC', 'temp-C', 'tempF', 'temp-F', 'tempK', 'temp-K', 'tempR', 'temp-R', 'degR', 'rankine',
  'kn', 'var', 'Var', 'VAr', 'VAR', 'VA', 'volt-ampere', 'volt-ampere-reactive', 'Ohm', 'bit', 'bits',
  'furlong', 'furlongs', 'fathom', 'fathoms', 'naut-mile', 'oilbarrel', 'oilbarrels', 'oil-barrel', 'oil-barrels',
  'beerbarrel', 'beerbarrels', 'beer-barrel', 'beer-barrels', 'gallon-imp', 'gallons-imp', 'galimp', 'pint-imp',
  'pints-imp', 'ptimp', 'floz-imp', 'flozimp', 'fluid-ounce-imp', 'fluid-ounces-imp', 'short-ton', 'metric-ton',
  'lm', 'Wb', 'wtpercent', 'wt%', 'pound', 'pounds', 'y', 'Bps', 'd', 'cd', 'candela', 'Coulomb', 'coulomb', 'dyn',
  'dyne', 'erg', 'ergs', 'angstrom', 'angstroms', 'light-minute', 'light-second', 'lmin', 'arcmin', 'arcsec',
  'arcminute', 'arcminutes', 'arcsecond', 'arcseconds', 'gradian', 'C', 'F',
];

/** One-letter symbols that are units only when glued to the digits ("5m", "250g", "40W"); the rest are never units. */
export const GLUED_LETTER_SYMBOLS = ['m', 'g', 'l', 'L', 't', 'W', 'V', 'h', 'C', 'F'];

/**
 * SI prefixes (symbol, name, factor) and the units news writes with them. Every combination is
 * checked against js-quantities' own parser at build time.
 */
export const SI_PREFIXES = [
  ['k', 'kilo', 1e3], ['M', 'mega', 1e6], ['G', 'giga', 1e9], ['T', 'tera', 1e12], ['P', 'peta', 1e15],
  ['c', 'centi', 1e-2], ['m', 'milli', 1e-3], ['μ', 'micro', 1e-6], ['µ', 'micro', 1e-6], ['n', 'nano', 1e-9],
];
/** Unit symbol -> the prefixes it takes in news ("km", "mAh", "GWh"). */
export const PREFIXED_UNITS = {
  m: ['k', 'c', 'm', 'μ', 'µ', 'n'], g: ['k', 'm', 'μ', 'µ'], l: ['m', 'c'], L: ['m'], W: ['k', 'M', 'G', 'T', 'm'],
  Wh: ['k', 'M', 'G', 'T'], Hz: ['k', 'M', 'G', 'T'], B: ['k', 'M', 'G', 'T', 'P'], V: ['k', 'm'], Ah: ['m'],
  J: ['k', 'M', 'G'], N: ['k'], Pa: ['k', 'M', 'G'], eV: ['k', 'M', 'G', 'T'], Sv: ['m', 'μ', 'µ'], cal: ['k'],
};

/**
 * Reported names for js-quantities units (keyed by its unit name, "<kph>" -> "kph") whose own
 * name is a symbol or a lab name; the singular first, then the plural.
 */
export const UNIT_NAMES = {
  Wh: ['watt hour', 'watt hours'], Ah: ['ampere hour', 'ampere hours'], kph: ['kilometre per hour', 'kilometres per hour'],
  mph: ['mile per hour', 'miles per hour'], rpm: ['revolution per minute', 'revolutions per minute'],
  psi: ['pound per square inch', 'pounds per square inch'], ppm: ['part per million', 'parts per million'],
  ppb: ['part per billion', 'parts per billion'], bpm: ['beat per minute', 'beats per minute'],
  sqft: ['square foot', 'square feet'], mmHg: ['millimetre of mercury', 'millimetres of mercury'],
  inHg: ['inch of mercury', 'inches of mercury'], cmh2o: ['centimetre of water', 'centimetres of water'],
  inh2o: ['inch of water', 'inches of water'], btu: ['british thermal unit', 'british thermal units'],
  celsius: ['degree celsius', 'degrees celsius'], fahrenheit: ['degree fahrenheit', 'degrees fahrenheit'],
  'short-ton': ['ton', 'tons'], 'metric-ton': ['tonne', 'tonnes'], 'naut-mile': ['nautical mile', 'nautical miles'],
  'fluid-ounce': ['fluid ounce', 'fluid ounces'], oilbarrel: ['barrel', 'barrels'], ohm: ['ohm', 'ohms'],
  lux: ['lux', 'lux'], atm: ['atmosphere', 'atmospheres'], hertz: ['hertz', 'hertz'], horsepower: ['horsepower', 'horsepower'],
};

/**
 * Units news uses that js-quantities does not define: [dimension, singular, plural, ...symbols].
 * Symbols are case-sensitive; names match in lower case.
 */
export const EXTRA_UNITS = [
  ['torque', 'newton metre', 'newton metres', 'Nm', 'N·m', 'N-m'],
  ['pressure', 'kilopound per square inch', 'kilopounds per square inch', 'ksi'],
  ['ratio', 'basis point', 'basis points', 'bp', 'bps', 'bsp'],
  ['ratio', 'percentage point', 'percentage points', 'ppt', 'pp'],
  ['power', 'brake horsepower', 'brake horsepower', 'bhp'],
  ['volume', 'cubic centimetre', 'cubic centimetres', 'cc'],
  ['length', 'micrometre', 'microns', 'micron'],
  ['volume', 'barrel', 'barrels', 'bbl'],
  ['mass', 'metric ton', 'metric tons'],
  ['speed', 'metre per second', 'metres per second', 'm/s'],
  ['speed', 'kilometre per hour', 'kilometres per hour', 'km/h', 'kmh', 'km/hr'],
  ['fuel economy', 'mile per gallon', 'miles per gallon', 'mpg'],
  ['information rate', 'bit per second', 'bits per second'],
  ['information', 'kilobit', 'kilobits', 'kbit'], ['information', 'megabit', 'megabits', 'Mbit'],
  ['information', 'gigabit', 'gigabits', 'Gbit'],
  ['information rate', 'kilobit per second', 'kilobits per second', 'kbps', 'kbit/s', 'Kbps'],
  ['information rate', 'megabit per second', 'megabits per second', 'Mbps', 'mbps', 'Mbit/s', 'Mb/s'],
  ['information rate', 'gigabit per second', 'gigabits per second', 'Gbps', 'gbps', 'Gbit/s', 'Gb/s'],
  ['sport statistic', 'point per game', 'points per game', 'ppg'],
  ['sport statistic', 'rebound per game', 'rebounds per game', 'rpg'],
  ['sport statistic', 'assist per game', 'assists per game', 'apg'],
  ['sport statistic', 'run per over', 'runs per over', 'rpo'],
  ['temperature', 'degree', 'degrees', '°', 'º'],
  ['temperature', 'degree celsius', 'degrees celsius', '°C', 'ºC', '℃', 'C'],
  ['temperature', 'degree fahrenheit', 'degrees fahrenheit', '°F', 'ºF', '℉', 'F'],
  ['time', 'month', 'months'],
  ['area', 'square metre', 'square metres', 'sq m', 'm2', 'm²', 'sqm'],
  ['area', 'square kilometre', 'square kilometres', 'sq km', 'km2', 'km²', 'sqkm'],
  ['area', 'square mile', 'square miles', 'sq mi', 'sq miles', 'sq mile'],
  ['area', 'square foot', 'square feet', 'sq ft', 'ft2', 'ft²'],
  ['area', 'square yard', 'square yards', 'sq yd'],
  ['area', 'square centimetre', 'square centimetres', 'cm2', 'cm²'],
  ['volume', 'cubic metre', 'cubic metres', 'm3', 'm³', 'cu m'],
  ['area', 'hectare', 'hectares', 'ha'],
  ['mass', 'kilogram', 'kilos', 'kilo', 'kgs'],
  ['resolution', 'megapixel', 'megapixels'],
  ['volume', 'cubic foot', 'cubic feet', 'cu ft'],
  ['volumetric flow', 'barrel per day', 'barrels per day', 'bpd', 'b/d'],
];

/** Spellings of one unit name: the British form is the one reported ("kilometer" -> "kilometre"). */
export const PREFERRED_SPELLINGS = [['meter', 'metre'], ['liter', 'litre']];

/**
 * Currencies that win a shared symbol or name, most traded first (the order of the BIS
 * Triennial Survey of foreign-exchange turnover): "$" is USD, "¥" JPY, "kr" SEK, "dollar" USD.
 */
export const CURRENCY_PRECEDENCE = [
  'USD', 'EUR', 'JPY', 'GBP', 'CNY', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'SEK', 'KRW', 'NOK', 'NZD', 'INR', 'MXN',
  'TWD', 'ZAR', 'BRL', 'DKK', 'PLN', 'THB', 'ILS', 'IDR', 'CZK', 'AED', 'TRY', 'HUF', 'CLP', 'SAR', 'PHP', 'MYR',
  'COP', 'RUB', 'RON', 'PEN', 'NGN', 'EGP', 'PKR', 'KES', 'UAH', 'VND', 'BDT', 'ARS', 'HRK',
];

/** Letters written before "$" in news style (Reuters, AP), over any other reading ("C$" is the Canadian dollar). */
export const NEWS_DOLLAR_PREFIXES = {
  US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', Can: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD', NT: 'TWD', R: 'BRL',
  Z: 'ZWD', M: 'MXN', Mex: 'MXN',
};

/** Abbreviations news writes before amounts ("Rs 500 crore", "SFr 20m"), over the packages' readings. */
export const NEWS_CURRENCY_ABBREVIATIONS = { Rs: 'INR', 'Rs.': 'INR', Rp: 'IDR', 'Rp.': 'IDR', SFr: 'CHF', Sfr: 'CHF' };

/** Currency names news uses that neither package lists. */
export const EXTRA_CURRENCY_WORDS = {
  sterling: 'GBP', renminbi: 'CNY', rmb: 'CNY', quid: 'GBP', kuna: 'HRK', kunas: 'HRK', rouble: 'RUB', roubles: 'RUB',
  kronor: 'SEK', kroner: 'NOK', zlotys: 'PLN', euro: 'EUR', euros: 'EUR', reais: 'BRL',
  // Wire-service abbreviations ("15 mln dlrs", "50 mln stg").
  dlr: 'USD', dlrs: 'USD', stg: 'GBP',
};

/** Retired ISO 4217 codes still written in news archives, with their symbols (currency-symbol-map knows them). */
export const RETIRED_CODES = ['HRK', 'ZWD'];
