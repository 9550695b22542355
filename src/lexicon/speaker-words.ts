/** Word lists for finding who speaks: pronouns, honorifics, titles, unnamed speakers. */

export type Gender = 'm' | 'f';

/** Subject pronouns that may stand for a named speaker, with the gender they require. */
export const PERSON_PRONOUNS: ReadonlyMap<string, Gender> = new Map([['he', 'm'], ['she', 'f']]);

/** Pronouns that stand for an organization ("it said"). */
export const ORG_PRONOUNS: ReadonlySet<string> = new Set(['it']);

/** Pronouns with no single named referent: a quote they introduce keeps a null speaker. */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'i', 'you', 'someone', 'somebody', 'nobody', 'everyone']);

/** Words that open a noun phrase naming a speaker by role ("the minister", "one voter"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'another', 'this', 'that']);

/** Honorifics before a name, with the gender they tell (undefined: neutral). */
export const HONORIFICS: ReadonlyMap<string, Gender | undefined> = new Map<string, Gender | undefined>([
  ['mr', 'm'], ['sir', 'm'], ['lord', 'm'], ['mister', 'm'], ['baron', 'm'], ['duke', 'm'], ['earl', 'm'],
  ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dame', 'f'], ['lady', 'f'], ['baroness', 'f'], ['madam', 'f'],
  ['duchess', 'f'], ['countess', 'f'],
  ['dr', undefined], ['prof', undefined], ['professor', undefined], ['rev', undefined], ['reverend', undefined],
  ['st', undefined], ['saint', undefined],
]);

/** Honorifics that stand only before a surname: after them even a title word is a name ("Mr Barber", not "Lord Chancellor"). */
export const SURNAME_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'dr']);

/**
 * Title and role words that precede a name without being part of it ("Secretary General Jürgen
 * Stock", "Former U.S. President Donald J. Trump"), beyond the role nouns of the main lexicon.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'former', 'general', 'executive', 'chief', 'deputy', 'acting', 'interim', 'vice', 'senior', 'junior',
  'shadow', 'prime', 'foreign', 'home', 'first', 'assistant', 'associate', 'managing', 'honorary',
  'president', 'secretary', 'minister', 'director', 'chairman', 'chairwoman', 'chair', 'governor',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'mayor', 'judge', 'justice',
  'chancellor', 'commissioner', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'leader',
  'captain', 'coach', 'manager', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper',
  'analyst', 'economist', 'officer', 'inspector', 'superintendent', 'detective', 'sergeant', 'constable',
  'colonel', 'lieutenant', 'admiral', 'commander', 'gen', 'col', 'lt', 'sgt', 'capt',
  'king', 'queen', 'prince', 'princess', 'pope', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam',
  'editor', 'correspondent', 'reporter', 'presenter', 'producer', 'director-general', 'ceo', 'cfo', 'md',
  'founder', 'co-founder', 'owner', 'head', 'professor', 'lecturer', 'teacher',
  'dance', 'singer', 'star', 'actor', 'actress', 'champion', 'world', 'olympic', 'number',
  'premier', 'emir', 'sheikh', 'sultan', 'chef', 'architect', 'lawyer', 'attorney', 'prosecutor',
  'economy', 'finance', 'education', 'health', 'defence', 'defense', 'trade', 'culture', 'sports', 'sport',
  'mp', 'msp', 'mep', 'dj', 'sheriff', 'marshal', 'auditor', 'solicitor', 'barrister', 'magistrate', 'coroner',
  'envoy',
  'environment', 'transport', 'interior', 'energy', 'industry', 'state', 'u.s.', 'us',
]);

/**
 * Heads of noun phrases that name no one ("a spokesman said", "one voter said"):
 * a quote attributed to them has a null speaker.
 */
export const UNNAMED_SPEAKERS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'official', 'officials',
  'voter', 'voters', 'resident', 'residents', 'witness', 'witnesses', 'insider', 'insiders', 'aide', 'aides',
  'friend', 'friends', 'neighbour', 'neighbor', 'fan', 'fans', 'observer', 'observers', 'analyst', 'analysts',
  'expert', 'experts', 'man', 'woman', 'people', 'person', 'someone', 'somebody', 'others', 'critics',
  'supporters', 'campaigners', 'statement', 'reporter', 'journalist', 'member', 'members', 'worker',
  'workers', 'staff', 'spokesmen', 'representative', 'representatives', 'passenger', 'student', 'parent',
]);

/** Lower-case words that may join the capitalized words of one name ("Bank of England", "Finance and Economy Ministry"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'for', '&', 'de', 'da', 'del', 'der', 'van', 'von', 'la', 'le', 'bin', 'al', 'du', 'dos']);

/** Letters and honours written after a name ("Ruth Ellery QC", "John Smith MP"). */
export const POSTNOMINALS: ReadonlySet<string> = new Set(['qc', 'kc', 'mp', 'msp', 'mep', 'jr', 'sr', 'obe', 'mbe', 'cbe', 'kbe', 'phd', 'md', 'esq']);

/** Documents that speak for the organization named before them ("the World Bank report said"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['report', 'study', 'survey', 'statement', 'paper', 'letter', 'review', 'research', 'poll', 'website', 'analysis', 'filing']);

/** Words that join two clauses of one subject ("X quit and vowed: ..."). */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'before', 'later']);

/** Heads of organization names missing from the main lexicon's organization words. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'party', 'parliament', 'congress', 'assembly', 'senate', 'league', 'alliance', 'cabinet', 'court',
  'commons', 'lords', 'federation', 'network', 'trust', 'campaign', 'forum', 'panel', 'exchange', 'chamber', 'chambers',
]);

/** Title words that make a different office: the shadow or former minister is not the minister. */
export const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(['shadow', 'former', 'deputy', 'vice', 'acting', 'assistant', 'junior', 'interim', 'ex', 'opposition']);

/** Unnamed speakers that are one person: "he" or "she" after "a spokesman said" is the spokesman. */
export const UNNAMED_INDIVIDUALS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'source', 'official', 'voter', 'resident', 'witness', 'insider',
  'aide', 'friend', 'neighbour', 'neighbor', 'fan', 'observer', 'analyst', 'expert', 'man', 'woman', 'person',
  'someone', 'somebody', 'reporter', 'journalist', 'member', 'worker', 'passenger', 'student', 'parent', 'representative',
]);

/** Party and group labels written before a politician's name ("Lib Dem Norman Baker"). */
export const PARTY_WORDS: ReadonlySet<string> = new Set([
  'labour', 'tory', 'tories', 'conservative', 'democrat', 'democratic', 'lib', 'dem', 'dems', 'liberal',
  'republican', 'green', 'ukip', 'snp', 'plaid', 'independent', 'unionist', 'socialist', 'nationalist',
]);

/** Abbreviated titles that stand for a role ("says PM"), spelled out as role words. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string[]> = new Map([
  ['pm', ['prime', 'minister']], ['ceo', ['chief', 'executive']], ['mp', ['mp']], ['md', ['managing', 'director']],
]);

/** Role nouns for an organization already in view: "the company said" is the firm last named. */
export const ORG_ANAPHORS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'club', 'airline', 'carrier', 'retailer', 'chain', 'broadcaster', 'manufacturer', 'insurer',
]);
