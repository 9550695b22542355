/**
 * Verbs that report speech or a stated view, in every tense form: the base verbs of
 * speech-verbs.json, conjugated by compromise at build time (scripts/build-lexicon.mjs).
 * A quotation attributed by one of these names its speaker as the verb's subject
 * ("X said") or, after a quotation, as the inverted subject ("said X").
 */
import verbs from './generated/speech-verbs.json' with { type: 'json' };

/** Verbs that may stand between a quotation and its speaker in inverted order ("..., said X"). */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(verbs.inverting);

/** Every speech verb form, the ones that only introduce reported speech too ("X vowed to ..."). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...verbs.inverting, ...verbs.introducing]);

/** Speech verbs with a particle ("fired back", "pointed out"): first word -> the particles that follow it. */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, ReadonlySet<string>> = verbs.phrasal.reduce((map, form) => {
  const [word, particle] = form.split(' ') as [string, string];
  return map.set(word, new Set([...(map.get(word) ?? []), particle]));
}, new Map<string, Set<string>>());

/** The first words of every speech verb ("said", "fired" of "fired back", "according" of "according to"), so most words are ruled out by one look-up. */
export const SPEECH_VERB_STARTS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...PHRASAL_SPEECH_VERBS.keys(), 'according']);

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
