/**
 * Hand-written cue words for proper names: what precedes a person's name, what heads an
 * organization's name, and news forms of country names that world-countries lacks.
 * All entries are lower case; multi-word entries are space-separated token norms.
 */

export type Gender = 'm' | 'f';

/** Courtesy and rank titles, with the gender they tell (undefined: either); an optional period may follow ("Mr. Chelba"). */
export const HONORIFICS: ReadonlyMap<string, Gender | undefined> = new Map<string, Gender | undefined>([
  ...(['mr', 'mister', 'sir', 'lord', 'baron', 'earl', 'viscount', 'duke', 'father', 'brother', 'herr'] as const).map((w) => [w, 'm'] as const),
  ...(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'baroness', 'duchess', 'countess', 'sister', 'mme', 'mlle', 'frau'] as const).map((w) => [w, 'f'] as const),
  ...['mx', 'messrs', 'dr', 'prof', 'professor', 'rev', 'reverend', 'fr',
    'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'cpl', 'pte', 'insp', 'det', 'supt'].map((w) => [w, undefined] as const),
]);

/** Courtesy titles that say nothing of a person's job: never a person's `title`. */
export const COURTESY_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'herr', 'frau', 'sir', 'dame', 'lord', 'lady',
  'dr', 'rev', 'reverend', 'fr', 'father', 'sister', 'brother', 'baroness', 'baron', 'earl', 'viscount', 'duke', 'duchess', 'countess',
]);

/**
 * Words that make up job titles placed before a name ("Secretary General Jürgen Stock",
 * "coach Joe Bloggs", "former Prime Minister ..."). A run of them is the person's title.
 */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'chancellor', 'executive',
  'director', 'chief', 'deputy', 'assistant', 'associate', 'senior', 'managing', 'chairman', 'chairwoman',
  'chair', 'chairperson', 'coach', 'manager', 'boss', 'captain', 'skipper', 'leader', 'governor',
  'senator', 'congressman', 'congresswoman', 'representative', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope',
  'cardinal', 'bishop', 'archbishop', 'judge', 'justice', 'attorney', 'commissioner', 'mayor',
  'sheriff', 'inspector', 'superintendent', 'constable', 'detective', 'officer', 'colonel', 'major',
  'lieutenant', 'sergeant', 'admiral', 'commander', 'marshal', 'founder', 'co-founder', 'ceo', 'cfo',
  'coo', 'editor', 'analyst', 'economist', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'keeper', 'winger', 'forward', 'batsman', 'bowler', 'opener', 'champion', 'star', 'veteran',
  'rookie', 'lady', 'mp',
  'mep', 'mr', 'professor', 'dr', 'chef', 'singer', 'actor', 'actress', 'rapper', 'guitarist',
  'drummer', 'frontman', 'producer', 'author', 'writer', 'novelist', 'director-general',
  'secretary-general', 'vice-president', 'treasurer', 'premier', 'dictator', 'speaker', 'whip',
  'auditor', 'registrar', 'provost', 'dean', 'rector', 'principal', 'teacher', 'lawyer',
  'barrister', 'solicitor', 'prosecutor', 'counsel', 'adviser', 'advisor', 'consultant',
  'engineer', 'scientist', 'researcher', 'president-elect', 'nominee', 'candidate', 'challenger',
  'incumbent', 'trainer', 'jockey', 'driver', 'rider', 'player', 'champ', 'owner', 'chairmen',
  'democrat', 'republican', 'socialist', 'communist', 'fullback', 'flanker', 'hooker', 'scrum-half',
  'fly-half', 'pitcher', 'dj', 'outfielder', 'infielder', 'catcher', 'quarterback', 'sprinter', 'hurdler',
  'rabbi', 'imam', 'correspondent', 'reporter', 'presenter', 'md', 'lecturer', 'emir', 'sheikh', 'sultan', 'architect',
  'msp', 'magistrate', 'coroner', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'alderwoman',
  'trustee', 'assemblyman', 'assemblywoman', 'selectman', 'selectwoman', 'lawmaker', 'legislator', 'supervisor',
  'defenceman', 'defenseman', 'goaltender', 'goalie',
]);

/** Government titles whose holder's field may come before them in everyday words ('Constitutional Affairs Minister'). */
export const PORTFOLIO_TITLES = new Set(['minister', 'secretary']);

/** Words that qualify a job title ("Foreign Secretary", "Home Secretary"); never a title alone. */
export const TITLE_QUALIFIERS = new Set([
  'head', 'foreign', 'finance', 'home', 'defence', 'defense', 'health', 'education', 'interior',
  'trade', 'culture', 'sports', 'shadow', 'acting', 'interim', 'first', 'economy',
  'junior', 'honorary', 'sport', 'environment', 'transport', 'energy', 'industry', 'state', 'world', 'olympic', 'number', 'dance',
]);

/** Party and group labels written before a politician's name ("Lib Dem Norman Baker", "Tory Ann Vale"). */
export const PARTY_WORDS: ReadonlySet<string> = new Set([
  'labour', 'tory', 'tories', 'conservative', 'democrat', 'democratic', 'lib', 'dem', 'dems', 'liberal',
  'republican', 'green', 'ukip', 'snp', 'plaid', 'independent', 'unionist', 'socialist', 'nationalist',
]);

/** Title words that can begin a title run without other title words ("former", "then"). */
export const TITLE_MODIFIERS = new Set(['former', 'ex', 'late', 'then', 'outgoing', 'incoming', 'new', 'current']);

/**
 * Last words of clubs named after their town ("Stoke City", "Derby County") that end places'
 * names more often ("Panama City", "Orange County"): organization heads in sports reports only.
 */
export const CLUB_PLACE_HEADS = new Set(['city', 'county', 'town']);

/**
 * Last words of athletics and running clubs' names that govern a list of places before them
 * ("Northfield, Easton and District AC" is one club, not three places and a club).
 */
export const CLUB_LIST_SUFFIXES = new Set(['ac', 'aac', 'harriers', 'beagles', 'striders', 'ladies']);

/** Last words of organization names ("Bank", "Ministry", "plc", "FC", "Rovers"). */
export const ORG_HEADS = new Set([
  'ministry', 'agency', 'organization', 'organisation', 'council', 'party', 'union', 'bank', 'inc', 'newsroom', 'newsdesk',
  'ltd', 'plc', 'llc', 'llp', 'corp', 'corporation', 'co', 'company', 'group', 'police', 'fc',
  'afc', 'united', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'wednesday', 'villa',
  'rangers', 'celtic', 'academicals', 'argyle', 'orient', 'alexandra',
  'airlines', 'airways', 'association', 'federation', 'institute', 'institution', 'foundation',
  'trust', 'fund', 'court', 'parliament', 'assembly', 'congress', 'senate', 'commission',
  'committee', 'board', 'authority', 'department', 'office', 'bureau', 'service', 'services',
  'university', 'college', 'school', 'academy', 'society', 'league', 'club', 'team', 'times',
  'post', 'news', 'telegraph', 'guardian', 'herald', 'journal', 'gazette', 'tribune', 'mirror',
  'observer', 'chronicle', 'express', 'mail', 'sun', 'independent', 'magazine', 'radio',
  'television', 'tv', 'network', 'channel', 'broadcasting', 'records', 'studios', 'studio',
  'pictures', 'films', 'entertainment', 'media', 'press', 'holdings', 'industries', 'enterprises',
  'systems', 'technologies', 'technology', 'electronics', 'motors', 'motor', 'energy', 'oil',
  'petroleum', 'gas', 'pharmaceuticals', 'telecom', 'telecommunications', 'communications',
  'securities', 'investments', 'capital', 'partners', 'associates', 'brothers', 'bros',
  'insurance', 'exchange', 'reserve', 'treasury', 'army', 'navy', 'force', 'forces', 'guard',
  'corps', 'brigade', 'regiment', 'movement', 'front', 'alliance', 'coalition', 'network',
  'centre', 'center', 'hospital', 'clinic', 'laboratory', 'laboratories', 'labs', 'commission',
  'tribunal', 'executive', 'cabinet', 'secretariat', 'directorate', 'inspectorate', 'unit',
  'squad', 'division', 'institut', 'ag', 'sa', 'nv', 'gmbh', 'spa', 'bv', 'kk', 'ab', 'asa',
  'limited', 'incorporated', 'ff', 'sc', 'cf', 'fk', 'sk', 'bk', 'stores', 'airport', 'railways', 'railway', 'rail', 'lines',
  'shipping', 'mining', 'steel', 'chemicals', 'foods', 'brewery', 'breweries', 'bancorp',
  'bankcorp', 'financial', 'finance', 'credit', 'trading', 'software', 'orchestra',
  'band', 'choir', 'ballet', 'opera', 'theatre', 'festival', 'index', 'mint', 'federal', 'panel',
  'watchdog', 'regulator', 'consortium', 'cooperative', 'co-operative', 'collective', 'guild',
  'conference', 'confederation', 'syndicate', 'cartel', 'firm', 'faction', 'militia', 'brigades',
  'inc.', 'ltd.', 'co.', 'corp.', 'registry', 'harriers', 'ac', 'aac', 'tobacco', 'standard', 'echo',
  'courier', 'argus', 'bulletin', 'democrats', 'republicans', 'socialists', 'greens', 'nationalists',
  'conservatives', 'liberals', 'auxiliary', 'watch', 'research',
]);

/** Heads that need a following "of ..." to name an organization ("Bank of Japan", "University of Leeds"). */
export const ORG_OF_HEADS = new Set([
  'bank', 'university', 'ministry', 'department', 'office', 'council', 'court', 'house', 'church',
  'board', 'bureau', 'institute', 'college', 'academy', 'federation', 'association', 'union',
  'league', 'organization', 'organisation', 'commission', 'committee', 'chamber', 'society',
  'school', 'museum', 'party', 'friends', 'confederation', 'federal',
]);

/** All-caps words that are not organizations (units, roles, programming, days). */
export const NON_ORG_ACRONYMS = new Set([
  'pdt', 'pst', 'edt', 'est', 'cet', 'cest', 'utc', 'cst', 'cdt', 'mst', 'mdt', 'ist', 'jst', 'aest', 'ceo', 'cfo', 'coo', 'gdp', 'gnp', 'tv', 'pc', 'pcs', 'dvd', 'dvds', 'cd', 'cds', 'mp', 'mps',
  'mep', 'meps', 'aids', 'hiv', 'sars', 'dna', 'gmt', 'bst', 'am', 'pm', 'ok', 'usd', 'gbp', 'eur',
  'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'id', 'it', 'ipo', 'vat', 'faq', 'pr', 'qc',
  'obe', 'mbe', 'cbe', 'phd', 'mba', 'ad', 'bc', 'tm', 'ps', 'rip', 'vip', 'vs', 'uk', 'us', 'usa',
  'eu', 'uae', 'drc', 'ai', 'it', 'sms', 'mp3', 'lcd', 'hd', 'hdtv', 'dsl', 'isp', 'pin', 'atm',
  'rpm', 'mph', 'kph', 'km', 'kg', 'cm', 'mm', 'ft', 'lb', 'lbs', 'oz', 'mw', 'gw', 'kw', 'gb', 'mb',
  'kb', 'tb', 'ghz', 'mhz', 'ceos', 'gm', 'tnt', 'ufo', 'vcr', 'wmd', 'wmds', 'gcse', 'gcses', 'sat',
  'sats', 'cv', 'dj', 'mc', 'jr', 'sr', 'hq', 'rsvp', 'asap', 'diy', 'lol', 'omg', 'i', 'a',
]);

/** Connectors allowed inside a proper name when a capitalised word follows ("Bank of Japan", "van Gaal"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'del', 'della', 'da', 'di', 'dos', 'das', 'van', 'von', 'der', 'den', 'du', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'y', '&']);

/** Connectors that belong to person names rather than organization names. */
export const PERSON_PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'dos', 'das', 'van', 'von', 'der', 'den', 'du', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'y']);

/** The particles that open a surname used alone ("de Silva", "van Hal"), unlike "la" or "y". */
export const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn']);

/** News forms of sovereign states missing from world-countries: form -> ISO alpha-2. */
export const COUNTRY_FORMS: Record<string, string> = {
  'u.s.': 'US', 'us': 'US', 'u.s.a.': 'US', 'usa': 'US', 'america': 'US', 'uk': 'GB', 'u.k.': 'GB',
  'britain': 'GB', 'britons': 'GB', 'briton': 'GB', 'brit': 'GB', 'brits': 'GB', 'english': 'GB',
  'england': 'GB', 'scottish': 'GB', 'scots': 'GB', 'scot': 'GB', 'scotland': 'GB', 'welsh': 'GB',
  'wales': 'GB', 'northern ireland': 'GB', 'northern irish': 'GB', 'englishman': 'GB',
  'englishmen': 'GB', 'scotsman': 'GB', 'scotsmen': 'GB', 'welshman': 'GB', 'turkey': 'TR',
  'turks': 'TR', 'czechs': 'CZ', 'bosnia': 'BA', 'uae': 'AE', 'drc': 'CD', 'kiwi': 'NZ',
  'kiwis': 'NZ', 'aussie': 'AU', 'aussies': 'AU', 'filipinos': 'PH', 'argentinian': 'AR',
  'argentinians': 'AR', 'saudis': 'SA', 'israelis': 'IL', 'palestinians': 'PS', 'thais': 'TH',
  'iraqis': 'IQ', 'afghans': 'AF', 'kazakh': 'KZ', 'kyrgyz': 'KG', 'uzbek': 'UZ', 'tajik': 'TJ',
  'lao': 'LA', 'soviet union': 'RU', 'ussr': 'RU', 'south africans': 'ZA', 'north koreans': 'KP',
  'south koreans': 'KR', 'new zealanders': 'NZ', 'sri lankans': 'LK', 'frenchman': 'FR',
  'frenchmen': 'FR', 'danes': 'DK', 'dane': 'DK', 'swede': 'SE', 'swedes': 'SE', 'spaniard': 'ES',
  'spaniards': 'ES', 'poles': 'PL', 'finn': 'FI', 'finns': 'FI', 'croat': 'HR', 'croats': 'HR',
  'serb': 'RS', 'serbs': 'RS', 'bosnian': 'BA', 'bosnians': 'BA', 'kosovan': 'XK', 'greeks': 'GR',
  'icelandic': 'IS', 'persian': 'IR',
};

/** Capitalised words that, right before a country name, make it part of another place ("New Mexico"). */
export const PLACE_PREFIXES = new Set(['new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'st', 'san', 'santa', 'port', 'fort', 'lake', 'mount', 'cape']);

/** Words only sport uses: its players, officials, places, stages and the sports themselves. */
export const SPORTS_WORDS = new Set([
  'wickets', 'innings', 'inning', 'halftime', 'half-time', 'soccer', 'cricket', 'baseball', 'rugby', 'football', 'hockey',
  'basketball', 'tennis', 'golf', 'athletics', 'boxing', 'cycling', 'swimming', 'snooker', 'marathon', 'standings', 'scorers',
  'batting', 'bowling', 'footballer', 'footballers', 'striker', 'strikers', 'midfielder', 'midfielders', 'defender',
  'goalkeeper', 'goalkeepers', 'winger', 'batsman', 'batsmen', 'bowler', 'bowlers', 'pitcher', 'quarterback', 'jockey',
  'golfer', 'golfers', 'sprinter', 'athlete', 'athletes', 'referee', 'referees', 'squads', 'stadium', 'skipper', 'captaincy',
  'fixture', 'fixtures', 'semi-final', 'semi-finals', 'quarter-final', 'quarter-finals', 'qualifier', 'qualifiers',
  'qualifying', 'play-off', 'play-offs', 'playoff', 'playoffs', 'premiership', 'relegation', 'trophy', 'medal', 'medals',
  'olympic', 'olympics', 'seeded', 'unbeaten', 'scorer', 'hat-trick', 'penalty', 'penalties', 'wicket', 'touchdown',
  'homered', 'kick-off', 'injury-time', 'extra-time',
]);

/** Words of sport that other news uses too (games, elections, awards): each counts half. */
export const SHARED_SPORTS_WORDS = new Set([
  'beat', 'beats', 'drew', 'draw', 'points', 'match', 'matches', 'league', 'division', 'cup', 'season', 'played',
  'championship', 'tournament', 'game', 'games', 'win', 'coach', 'captain', 'title', 'final', 'finals', 'victory', 'defeat',
  'goal', 'goals', 'runs', 'squad', 'racing', 'sprint', 'scored', 'scoring',
]);

/** What a company does, said of it right after its name ("X reported", "X has bought"): business news. */
export const COMPANY_VERBS = new Set([
  'reported', 'reports', 'announced', 'announces', 'posted', 'posts', 'employs', 'employed', 'bought', 'buys', 'acquired', 'acquires',
  'owns', 'launched', 'launches', 'unveiled', 'unveils',
]);

/** Business figures a company reports ("X said profits rose", "X said house prices fell"). */
export const BUSINESS_FIGURES = new Set(['profit', 'profits', 'sales', 'revenue', 'revenues', 'earnings', 'turnover', 'prices', 'losses', 'output']);

/** Words before a company's name in business news ("shares in X", "a stake in X", "a takeover of X"). */
export const BUSINESS_WORDS_BEFORE = new Set(['shares in', 'stake in', 'takeover of', 'bid for', 'merger with', 'shareholders in']);

/** Words around a team name in results ("X beat Y", "X v Y", "lost to Y"). */
export const TEAM_VERBS_AFTER = new Set(['beat', 'beats', 'drew', 'draw', 'defeated', 'edged', 'thrashed', 'routed', 'crushed', 'held', 'v', 'vs', 'trail', 'lead', 'won', 'lost', 'outclassed', 'downed', 'blanked']);
export const TEAM_WORDS_BEFORE = new Set(['beat', 'beats', 'defeated', 'v', 'vs', 'against', 'edged', 'thrashed', 'routed', 'crushed', 'downed', 'blanked']);

/** Last words of place names that compromise's place words lack ("Sunset Boulevard"). */
export const PLACE_HEADS = ['boulevard', 'plaza', 'square', 'road', 'lane', 'drive', 'terrace', 'bridge', 'cemetery', 'airport', 'station', 'stadium', 'arena', 'park', 'gardens', 'palace', 'abbey', 'cathedral'];

/** Lower-case nouns that describe the organization named right after them ("cable firm Cablecom"). */
export const ORG_DESCRIPTORS = new Set([
  'firm', 'company', 'companies', 'giant', 'maker', 'makers', 'operator', 'provider', 'carrier', 'retailer',
  'rival', 'rivals', 'lender', 'broadcaster', 'insurer', 'manufacturer', 'publisher', 'airline',
  'chain', 'conglomerate', 'distributor', 'developer', 'studio', 'studios', 'label', 'newspaper',
  'agency', 'bank', 'group', 'supermarket', 'brewer', 'miner', 'outfit', 'startup', 'subsidiary',
  'club', 'side', 'band', 'group', 'charity', 'party', 'paper', 'tabloid', 'daily', 'network', 'watchdog',
  'analysts',
]);

/** Describing nouns that are used of people too ('his rival Alan Milburn'). */
export const PERSON_OR_ORG_DESCRIPTORS = new Set(['rival', 'rivals', 'broadcaster', 'publisher', 'developer', 'operator', 'distributor', 'producer', 'miner', 'brewer']);

/** Lower-case nouns right after a name that say it is an organization ("Interfax news agency"). */
export const ORG_APPOSITIVES = new Set([
  'news agency', 'newspaper', 'daily', 'weekly', 'agency', 'shares', 'stock', 'subsidiary',
  'officials', 'executives', 'shareholders',
]);

/** Last words of names of laws, events, prizes and plans: such names are never people. */
export const THING_HEADS = new Set([
  'act', 'bill', 'law', 'treaty', 'accord', 'agreement', 'convention', 'plan', 'prize', 'award',
  'awards', 'cup', 'trophy', 'championship', 'championships', 'games', 'series', 'open', 'show',
  'festival', 'summit', 'war', 'day', 'week', 'year', 'doctrine', 'report', 'inquiry', 'review',
  'strategy', 'programme', 'program', 'initiative', 'project', 'scheme', 'fund', 'index', 'indoors',
  'olympics', 'marathon', 'grand', 'prix', 'classic', 'tour', 'stakes', 'derby', 'rally', 'election',
  'elections', 'budget', 'service',
]);

/** Letters written after a name ("Ruth Ellery QC"): not part of it. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['qc', 'kc', 'mp', 'mep', 'msp', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'phd', 'jr', 'sr', 'md', 'frs', 'esq']);

/** Roles held in a club or company, not in a place: "Portsmouth chairman", "Acme spokeswoman". */
export const ORG_ROLES = new Set([
  'chairman', 'chairwoman', 'manager', 'boss', 'coach', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'keeper', 'winger', 'skipper', 'spokesman', 'spokeswoman', 'spokesperson',
  'owner', 'shareholders', 'fans', 'supporters', 'board', 'directors', 'executives', 'staff', 'leader',
  'captain', 'frontman', 'frontwoman', 'singer', 'guitarist', 'drummer', 'bassist', 'fly-half', 'scrum-half',
  'flanker', 'playmaker', 'full-back', 'centre-back', 'left-back', 'right-back', 'wing-back', 'sweeper', 'batsman',
  'batsmen', 'bowler', 'all-rounder', 'seamer', 'spinner', 'wicketkeeper', 'wicket-keeper', 'pitcher', 'shortstop',
  'outfielder', 'infielder', 'quarterback', 'linebacker', 'team-mate', 'teammate', 'ceo', 'cfo',
]);

/**
 * Verbs whose subject right before them is nearly always a person ("Smith said"): narrower than
 * the speech verbs of quotes, since companies also "predict", "confirm" and "announce".
 */
export const PERSON_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'insisted', 'admitted', 'stated', 'noted', 'wrote', 'argued', 'claimed', 'warned', 'believes', 'thinks']);

/** Prepositions before a place ("in Houston"): a lone name after them is no person. */
export const LOCATIVES = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'inside', 'across', 'around', 'via']);

/** Determiners and possessives: people are not "the Marshall Plan". */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Media words that, after a country or nationality, name no organization ('Finnish TV', 'US media'). */
export const NATIONAL_MEDIA = new Set(['tv', 'television', 'media', 'press']);

/** Words a channel number follows ("Radio 4", "BBC News 24"). */
export const CHANNEL_WORDS = new Set(['radio', 'channel', 'news', 'tv', 'television', 'formula']);

/** Verbs of a drawn or lost match before "with"/"to" and a team ("drew with Charlton", "lost to Kent"). */
export const DRAW_VERBS = new Set(['draw', 'drew', 'drawn', 'drawing', 'tie', 'tied', 'level']);
export const LOSS_VERBS = new Set(['lost', 'lose', 'loses', 'losing', 'beaten', 'defeat', 'went', 'fell']);

/** Function words a Title Case headline leaves in lower case ("Campaign Makes Over 1,000 Arrests for ..."). */
export const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'vs', 'v']);

/** Lower-case words an acronym's expansion may contain without contributing a letter. */
export const SKIPPED_IN_ACRONYM = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'des', 'du', 'la', 'le', 'to', '&']);

/** Words that end a company's registered name ("Inc", "plc"): nothing but a company ends so. */
export const CORPORATE_SUFFIXES = new Set(['inc', 'corp', 'corporation', 'plc', 'ltd', 'limited', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa']);

/** Corporate suffixes later mentions may drop ("BMW group" -> "BMW"). */
export const DROPPABLE_SUFFIXES = new Set(['group', 'plc', 'inc', 'ltd', 'corp', 'corporation', 'co', 'company', 'fc', 'afc', 'ag', 'sa', 'holdings', 'limited']);
