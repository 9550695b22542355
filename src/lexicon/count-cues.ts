/** Context words that tell a counted amount from other numbers (used by src/extract/counts). */

/** Words before a number that make it a name, rank or reference ("number one", "page 5", "No 10"). */
export const IDENTIFIER_CUES: ReadonlySet<string> = new Set([
  'number', 'no', 'nos', 'page', 'pages', 'pp', 'section', 'chapter', 'article', 'clause',
  'paragraph', 'line', 'room', 'flat', 'gate', 'platform', 'route', 'junction', 'version', 'level',
  'grade', 'category', 'size', 'rule', 'top', 'channel', 'radio', 'flight', 'title', 'act', 'exit',
  'series', 'season', 'episode', 'volume', 'vol', 'figure', 'table', 'box', 'question', 'item',
  'verse', 'psalm', 'highway', 'interstate', 'bus', 'tier',
]);

/** Words before a number that make it an age ("aged 45"). */
export const AGE_CUES: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);

/** Words after a number that make it a clock time ("2:00 pm", "10 GMT"). */
export const TIME_SUFFIXES: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'bst', 'utc', 'et', 'est', 'edt', 'pst', 'pdt', 'cet', 'hrs', 'hgmt',
]);

/** Month names (May and March only when capitalized: they are also common words). */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);

/** Ordinal suffixes glued to digits ("14th"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Adjectives that name the people counted when nothing follows ("150,000 dead"). */
export const NOMINAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'dead', 'injured', 'wounded', 'missing', 'homeless', 'unemployed', 'jobless', 'displaced',
]);

/** Plurals whose singular no rule derives. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map(Object.entries({
  men: 'man', women: 'woman', people: 'person', children: 'child', persons: 'person',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', police: 'police', staff: 'staff',
  personnel: 'personnel', cattle: 'cattle', sheep: 'sheep', fish: 'fish',
  aircraft: 'aircraft', crew: 'crew', lives: 'life', wives: 'wife', knives: 'knife', thieves: 'thief',
  shelves: 'shelf', wolves: 'wolf', loaves: 'loaf', quizzes: 'quiz', series: 'series', species: 'species',
  calves: 'calf', halves: 'half', scarves: 'scarf', leaves: 'leaf', criteria: 'criterion', phenomena: 'phenomenon',
}));

/** Plurals that usually modify another noun ("drugs tests", "singles matches", "sales staff"). */
export const PLURAL_MODIFIERS: ReadonlySet<string> = new Set([
  'drugs', 'sports', 'arms', 'singles', 'doubles', 'sales', 'savings', 'customs', 'goods', 'jobs', 'arts',
  'communications', 'systems', 'securities', 'futures', 'parts', 'rights', 'weapons', 'admissions', 'awards',
]);

/** Singular nouns that end like the plural of a "-man" noun ("specimen", not "policemen"). */
export const SINGULARS_IN_MEN: ReadonlySet<string> = new Set([
  'specimen', 'abdomen', 'regimen', 'acumen', 'albumen', 'bitumen', 'cyclamen', 'stamen', 'tegmen',
]);

/** Determiners and possessives that may sit between "of" and a counted noun ("16 of the 21 ..."). */
export const OF_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'them', 'us',
]);

/** Words that end the noun phrase after a number although the lexicon calls them adjectives ("one game all season"). */
export const PHRASE_BREAKERS: ReadonlySet<string> = new Set([
  'all', 'each', 'every', 'both', 'ago', 'apiece', 'per', 'back', 'himself', 'herself', 'itself', 'themselves',
  'myself', 'yourself', 'ourselves',
]);

/** Fractions are proportions, not counts ("two thirds of the economy"). */
export const FRACTION_NOUNS: ReadonlySet<string> = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'fifth', 'fifths', 'sixth', 'sixths', 'seventh',
  'sevenths', 'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths', 'twentieth', 'twentieths',
  'hundredth', 'hundredths', 'thousandth', 'thousandths', 'millionth', 'millionths',
]);

/** Plurals after a glued "m" that name races, so "60m hurdles" is metres, not 60 million hurdles. */
export const RACE_NOUNS: ReadonlySet<string> = new Set([
  'hurdles', 'heats', 'finals', 'semi-finals', 'titles', 'races', 'records', 'relays', 'events',
]);

/** Verbs right after a bare number that say it counts people ("where 800,000 live"). */
export const PEOPLE_VERBS: ReadonlySet<string> = new Set([
  'live', 'lived', 'died', 'die', 'attended', 'protested', 'marched', 'gathered', 'fled', 'voted',
  'signed', 'demonstrated', 'rallied', 'perished', 'applied', 'registered', 'queued', 'watched',
]);

/** Prepositions before a bare "one" that make it idiom, not count ("with one hand", "for one minute"). */
export const ONE_IDIOM_PREPOSITIONS: ReadonlySet<string> = new Set([
  'with', 'on', 'in', 'at', 'for', 'under', 'from', 'by', 'into', 'to',
]);

/** Words after a bare number that leave out the noun of the count before ("two died and 15 were hurt", "800 more"). */
export const ELLIPSIS_CUES: ReadonlySet<string> = new Set([
  'more', 'were', 'are', 'was', 'have', 'had', 'remain', 'remained',
]);

/** Plurals that name a measure, not the thing counted ("quantities of one million", "levels of 95"). */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'quantities', 'amounts', 'numbers', 'totals', 'sums', 'levels', 'rates', 'figures', 'volumes', 'values',
  'prices', 'costs', 'ratings', 'scores', 'points', 'lengths', 'sizes', 'weights', 'heights', 'speeds',
]);

/** Verbs that bring a level to a number: a bare number after them is a quantity ("the index rose to 3,105"). */
export const LEVEL_VERBS: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'climbed', 'dropped', 'jumped', 'slipped',
  'declined', 'increased', 'decreased', 'gained', 'lost', 'reached', 'hit', 'closed', 'ended', 'stood', 'stands',
  'totalled', 'totaled', 'surged', 'plunged', 'eased', 'edged', 'grew', 'shrank', 'soared', 'tumbled', 'slumped',
  'rallied', 'added', 'shed', 'finished', 'opened', 'peaked', 'settled', 'sank', 'dipped', 'advanced', 'retreated',
]);

/** Prepositions and particles between a level verb and its number ("rose to", "closed up 12 at"). */
export const LEVEL_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at', 'by', 'from', 'up', 'down', 'back']);

/** Words after a hyphenated number that are no counted noun ("a 2-nil win", "a 20-odd"). */
export const NON_NOUN_HEADS: ReadonlySet<string> = new Set(['nil', 'love', 'odd', 'plus', 'something', 'year-old', 'all']);

/** Conjunctions after which a bare number may leave out the noun of the count before ("312 homes by auction and 90 by tender"). */
export const PARALLEL_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'while', 'whereas', 'versus', 'against']);
