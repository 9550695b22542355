/**
 * Verbs that report speech or a stated view, in the inflected forms news prose uses.
 * A quotation attributed by one of these names its speaker as the verb's subject
 * ("X said") or, after a quotation, as the inverted subject ("said X").
 */
const INVERTING = [
  'say', 'says', 'said', 'add', 'adds', 'added', 'states', 'stated', 'notes', 'noted',
  'explain', 'explains', 'explained', 'warn', 'warns', 'warned', 'argue', 'argues', 'argued',
  'insist', 'insists', 'insisted', 'claims', 'claimed', 'admit', 'admits', 'admitted',
  'ask', 'asks', 'asked', 'replies', 'replied', 'answers', 'answered',
  'jokes', 'joked', 'concede', 'concedes', 'conceded', 'declare', 'declares', 'declared',
  'continue', 'continues', 'continued', 'comments', 'commented', 'remarks', 'remarked',
  'write', 'writes', 'wrote', 'suggest', 'suggests', 'suggested', 'recall', 'recalls', 'recalled',
  'agree', 'agrees', 'agreed', 'stresses', 'stressed', 'emphasise', 'emphasises', 'emphasised',
  'emphasize', 'emphasizes', 'emphasized', 'observe', 'observes', 'observed', 'exclaim', 'exclaims', 'exclaimed',
  'shouts', 'shouted', 'cries', 'cried', 'whispers', 'whispered',
  'boasts', 'boasted', 'quips', 'quipped', 'predict', 'predicts', 'predicted',
  'confirm', 'confirms', 'confirmed', 'responds', 'responded', 'tweets', 'tweeted',
  'announce', 'announces', 'announced', 'acknowledge', 'acknowledges', 'acknowledged', 'tell', 'tells', 'told',
  'concludes', 'concluded', 'counters', 'countered', 'thinks',
];

// Verbs that introduce reported speech or a stated view but do not invert after a quotation.
const INTRODUCING = [
  'saying', 'telling', 'adding', 'asking', 'urge', 'urges', 'urged', 'vows', 'vowed',
  'pledges', 'pledged', 'promises', 'promised', 'believe', 'believes', 'believed',
  'describe', 'describes', 'described', 'describing', 'called', 'blame', 'blames', 'blamed',
  'accuse', 'accuses', 'accused', 'deny', 'denies', 'denied', 'maintain', 'maintains', 'maintained',
  'complain', 'complains', 'complained', 'criticise', 'criticises', 'criticised', 'criticize', 'criticizes',
  'criticized', 'hail', 'hails', 'hailed', 'welcome', 'welcomes', 'welcomed', 'reveal', 'reveals', 'revealed',
  'reported', 'reckon', 'reckons', 'reckoned', 'demands', 'demanded', 'insisting', 'warning',
];

/** Verbs that may stand between a quotation and its speaker in inverted order ("..., said X"). */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(INVERTING);

/** Every speech verb form. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...INVERTING, ...INTRODUCING]);

// Base forms that are more often nouns ("the state", "a note", "in reply") are left out.

/** Words that may sit between a subject and its speech verb ("X has also said", "X later told"). */
export const VERB_PREFIXES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'also', 'then', 'later',
  'earlier', 'previously', 'once', 'further', 'again', 'recently', 'today', 'yesterday', 'just',
  'repeatedly', 'publicly', 'privately', 'reportedly', 'apparently', 'always', 'often', 'still', 'been',
  'seen', 'heard', 'subsequently', 'immediately', 'however', 'too',
]);

/** Words after which a verb form is a noun, not a verb ("the report said", "a call"). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);

/** Objects that make "tell" narrate rather than report speech ("the film tells the story of ..."). */
export const NARRATIVE_NOUNS: ReadonlySet<string> = new Set(['story', 'stories', 'tale', 'tales', 'saga', 'history']);
