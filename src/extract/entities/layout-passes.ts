/**
 * Document-level passes over the chunker's segments, for layouts where a name's own words say
 * little: sports results (places standing for teams), team sheets (bare surnames), and names
 * the document itself writes as common nouns ("the European Indoors").
 */
import { isPlainWord } from '../../lexicon/common-words.js';
import { MONTHS } from '../../lexicon/count-cues.js';
import { unitByName } from '../../lexicon/units.js';
import { has, known, PERSON_CLASSES, WordClass } from '../../lexicon/word-class.js';
import {
  CLUB_LIST_SUFFIXES, DETERMINERS, DRAW_VERBS, LOCATIVES, LOSS_VERBS, NAME_CONNECTORS, ORG_ROLES, SHARED_SPORTS_WORDS, SPORTS_WORDS, TEAM_VERBS_AFTER,
  TEAM_WORDS_BEFORE, THING_HEADS, TITLE_QUALIFIERS, TITLE_WORDS,
} from '../../lexicon/entity-cues.js';
import { lineSpans, type Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import { isWord, nationalityWord, normKey, ORG_HEAD_WORDS, PLACE_WORDS, tokenBefore } from './evidence.js';
import { countryAt } from './gazetteer.js';
import { mark, nameSegment } from './kind-rules.js';
import type { NameSegment } from './names.js';

/**
 * A sports report uses several different words of sport, by a score of one for each word only
 * sport uses and a half for each shared with other news. Different words, not repeats: a market
 * report's "points", said again and again, make none. On the BBC corpus this flags 86% of the
 * sport articles and 2.5% of the others (mostly video games and awards).
 */
const SPORTS_REPORT_SCORE = 2.5;

/** Each word of sport with its score, in one map so a word costs one look-up (a word in both lists is sport's only). */
const SPORTS_WEIGHTS = new Map<string, number>([...[...SHARED_SPORTS_WORDS].map((w): [string, number] => [w, 0.5]), ...[...SPORTS_WORDS].map((w): [string, number] => [w, 1])]);

export function isSportsReport(tokens: Token[]): boolean {
  const seen = new Set<string>();
  let score = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Every word of sport is a word token: punctuation and numbers are not looked up.
    if (t.kind !== 'word') continue;
    const weight = SPORTS_WEIGHTS.get(t.norm);
    if (weight && !seen.has(t.norm)) {
      seen.add(t.norm);
      if ((score += weight) >= SPORTS_REPORT_SCORE) return true;
    }
  }
  return false;
}

const YEAR = /^(1[89]|20)\d\d$/;

/** "08-30" after a dateline place: number, dash, number, dash. */
const isDate = (tokens: Token[], i: number): boolean => tokens[i + 1]?.text === '-' && tokens[i + 3]?.text === '-';

/** "drew with Charlton", "lost to Kent": a result verb and its preposition before the name. */
function afterResultVerb(tokens: Token[], i: number): boolean {
  const prep = tokens[i - 1]?.norm, verb = tokens[i - 2]?.norm ?? '';
  return (prep === 'with' && DRAW_VERBS.has(verb)) || (prep === 'to' && LOSS_VERBS.has(verb));
}


/**
 * A name made of words the document uses in people's names ("Tim Munro" ... "Munro", "Tim"):
 * that person, never a team, whatever result or list it stands in. `fullNamesOnly` leaves out
 * one-word people, whose own evidence may be weak ("Acme said").
 */
function personWord(doc: Doc, segments: NameSegment[], fullNamesOnly: boolean): (seg: NameSegment) => boolean {
  const words = new Set<string>();
  for (const s of segments) if (s.kind === 'person' && (!fullNamesOnly || s.end - s.first > 1)) for (let k = s.first; k < s.end; k++) words.add(doc.tokens[k]!.norm);
  return (seg) => words.has(doc.tokens[seg.end - 1]!.norm) && words.has(doc.tokens[seg.first]!.norm);
}

/**
 * "Drogan 29, Kell 45", "(Marsh 73)": a number after a player's name, then a comma, a bracket
 * or a note, is the minute of a goal or a substitution; a team's score goes on to the other
 * team or ends the line ("Lakeport 2 Rovers 1").
 */
function isMinuteNote(tokens: Token[], seg: NameSegment): boolean {
  const after = tokens[seg.end + 1];
  if (Number(tokens[seg.end]!.text) > 120) return false; // no match lasts longer: a cricket total ("Kent 195, Surrey 248")
  const inBracket = tokens[seg.first - 1]?.text === '(';
  return inBracket || (!!after && !after.gap.includes('\n') && (after.text === ',' || after.text === ')' || after.text === ';' || MINUTE_NOTES.has(after.norm)));
}

/** Notes after a goal's minute: a penalty, an own goal. */
const MINUTE_NOTES = new Set(['pen', 'penalty', 'og', 'o.g.', 'mins', 'min']);

/** In sports reports, unclassified names in result positions are teams: "Surrey 12", "beat Kent". */
function markTeams(doc: Doc, segments: NameSegment[]): void {
  const { tokens } = doc;
  const ofPerson = personWord(doc, segments, false);
  for (const seg of segments) {
    if (seg.kind !== 'other' || seg.rule === 'other.dateline' || seg.end - seg.first > 3 || ofPerson(seg)) continue;
    // Players are named like people; teams like places or not at all.
    const key = normKey(doc, seg.first, seg.end);
    if (has(key, PERSON_CLASSES) && !has(key, WordClass.Place)) continue;
    const next = tokens[seg.end], prev = tokenBefore(doc, seg.first);
    // "in Lakeport 3-2", "March 1-2": where and when a game was played, not who played it.
    if (LOCATIVES.has(prev?.norm ?? '') || MONTHS.has(key)) continue;
    const sameLine = !!next && !next.gap.includes('\n');
    const measure = tokens[seg.end + 1];
    const unit = measure?.kind === 'word' && (measure.gap === '' || !!unitByName(measure.norm)); // "100m", "4,000 metres"
    const score = sameLine && next.kind === 'number' && !YEAR.test(next.text) && !isDate(tokens, seg.end) && !unit && !isMinuteNote(tokens, seg);
    const verb = sameLine && TEAM_VERBS_AFTER.has(next.norm);
    const object = !!prev && (TEAM_WORDS_BEFORE.has(prev.norm) || afterResultVerb(tokens, seg.first));
    if (score || verb || object) mark(seg, 'org', 'org.sports-result');
  }
}

/** The shapes of a result line: N a name, # a score; a team's country may follow it in brackets. */
const SCORE_LINES = new Set(['N#N#', 'N#-#N', 'N#–#N', 'N(N)#N(N)#']);

/** The shapes of a result line followed by a note in brackets ("... 81 ( halftime 50-28 )"), spelled once, not for every line. */
const SCORE_LINES_WITH_NOTE = [...SCORE_LINES].map((l) => `${l}(`);

/** A result line's shape followed by the opening of a note, and maybe more. */
const hasNote = (shape: string): boolean => SCORE_LINES_WITH_NOTE.some((l) => shape.startsWith(l));

/** A result line's shape, maybe followed by a note in brackets. */
const isScoreLine = (shape: string): boolean => SCORE_LINES.has(shape) || hasNote(shape);

/** Every beginning of a result line's shape, from the empty one to the whole. */
const SCORE_LINE_STARTS = new Set([...SCORE_LINES].flatMap((l) => Array.from({ length: l.length + 1 }, (_, n) => l.slice(0, n))));

/**
 * A line's shape so far may still be a result line's: it begins one, or is one with a note begun.
 * A shape only grows at its end, so once it is neither no token can make it one: most lines are
 * told apart at their first token or two instead of being spelled out.
 */
const mayBeScoreLine = (shape: string): boolean => SCORE_LINE_STARTS.has(shape) || hasNote(shape);

/** Both names of a line that is nothing but a result are teams, whatever the rest of the report. */
function markScoreLines(doc: Doc, segments: NameSegment[]): void {
  const { tokens } = doc;
  let k = 0;
  for (const [a, b] of lineSpans(tokens)) {
    while (k < segments.length && segments[k]!.first < a) k++;
    const onLine: NameSegment[] = [];
    let shape = '';
    for (let i = a, s = k; i < b && shape.length <= 11 && mayBeScoreLine(shape);) {
      const seg = segments[s];
      if (seg && seg.first === i && seg.end <= b) {
        onLine.push(seg);
        shape += 'N';
        i = seg.end;
        s++;
      } else {
        shape += tokens[i]!.kind === 'number' && /^\d{1,3}$/.test(tokens[i]!.text) ? '#' : tokens[i]!.text;
        i++;
      }
    }
    // A name in brackets is the team's country, not a team.
    const bracketed = (seg: NameSegment) => tokens[seg.first - 1]?.text === '(';
    if (isScoreLine(shape)) for (const seg of onLine) if (!seg.cued && !bracketed(seg)) mark(seg, 'org', 'org.score-line');
  }
}

/** The end of a bracketed country right after token i ("( Norway )"), or -1. */
export function countryInBrackets(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== '(' || tokens[i]!.gap.includes('\n')) return -1;
  const country = countryAt(tokens, i + 1);
  return country && tokens[country.end]?.text === ')' ? country.end + 1 : -1;
}

/**
 * Results lists name entrants with their country in brackets ("3. Ilsa Marden ( Norway ) 4:08.96",
 * "Ilsa Marden ( Norway ) beat ..."): an unclassified name right before a bracketed country is a
 * competitor.
 */
function markEntrants(doc: Doc, segments: NameSegment[]): void {
  for (const seg of segments) if (seg.kind === 'other' && countryInBrackets(doc.tokens, seg.end) >= 0) mark(seg, 'person', 'person.entrant');
}

/**
 * On a ranked results line, a name after a competitor's bracketed country that has no country
 * of its own is their team or car ("2. Ilsa Marden ( Norway ) Velotec 5 seconds behind",
 * "1. Ilsa Marden ( Norway ) , Velotec Hart , 53.98").
 */
function markEntrantTeams(doc: Doc, segments: NameSegment[]): void {
  const { tokens } = doc;
  // Whether each token's line opens with a number (a rank), in one pass over the text, made
  // only for a text with a competitor and their bracketed country.
  let ranked: Uint8Array | undefined;
  segments.forEach((seg, k) => {
    const after = countryInBrackets(tokens, seg.end), next = segments[k + 1];
    if (after < 0 || seg.kind !== 'person') return;
    if (!ranked) {
      ranked = new Uint8Array(tokens.length);
      for (const [a, b] of lineSpans(tokens)) if (tokens[a]!.kind === 'number') ranked.fill(1, a, b);
    }
    if (!ranked[seg.first]) return;
    // The next segment may be the bracketed country itself.
    const team = next && next.first < after ? segments[k + 2] : next;
    if (!team || tokens[team.first]!.gap.includes('\n') || countryInBrackets(tokens, team.end) >= 0) return;
    const end = tokens[team.end], lineEnds = !end || end.gap.includes('\n');
    // Right after the bracket ("Velotec 4 hours"), or after a comma with a time after it
    // ("Harl Quorn , 53.98"): not the next of a list of names ("Ann Lee , Tom Hale , ...").
    const direct = team.first === after && (lineEnds || end.kind === 'number' || end.text === ',');
    const listed = team.first === after + 1 && tokens[after]!.text === ',' && (end?.kind === 'number' || (end?.text === ',' && tokens[team.end + 1]?.kind === 'number'));
    if (direct || listed) mark(team, 'org', 'org.entrant-team');
  });
}

const LIST_PUNCT = new Set([',', '(', ')', '.', ';']);

/**
 * Team sheets and squad lists ("Subs: Cooper, Knight." / "Nash, Vermeer (Graham 82), ...")
 * name players by surname: a line that is only a comma-separated list of capitalised names
 * makes each unclassified name a person. Names in brackets count only before a minute
 * ("(Graham 82)"); other bracketed names are clubs.
 */
function markLineups(doc: Doc, segments: NameSegment[]): void {
  const { tokens } = doc;
  let k = 0;
  for (const [a, b] of lineSpans(tokens)) {
    let from = a;
    for (let i = a; i < b; i++) if (tokens[i]!.text === ':') from = i + 1;
    const depthAt = listDepths(tokens, from, b);
    if (depthAt && commasIn(tokens, from, b) >= (from > a ? 1 : 3)) {
      while (k < segments.length && segments[k]!.first < from) k++;
      for (; k < segments.length && segments[k]!.end <= b; k++) {
        const seg = segments[k]!;
        const bracketed = depthAt[seg.first - from]! > 0;
        // A place closing an address ("Michigan Bank , Detroit") is no player.
        const place = has(normKey(doc, seg.first, seg.end), WordClass.Place) && !has(normKey(doc, seg.first, seg.end), PERSON_CLASSES);
        if (seg.kind === 'other' && !place && (!bracketed || tokens[seg.end]?.kind === 'number')) mark(seg, 'person', 'person.lineup');
      }
    }
  }
}

/**
 * The bracket depth after each token of [from, b) when every token there is in brackets, a
 * capitalised word, a number, list punctuation or a name connector; else null, as soon as one is not.
 */
function listDepths(tokens: Token[], from: number, b: number): number[] | null {
  const depthAt: number[] = [];
  let depth = 0;
  for (let i = from; i < b; i++) {
    const t = tokens[i]!;
    depthAt.push((depth += t.text === '(' ? 1 : t.text === ')' ? -1 : 0));
    if (!(depth > 0 || t.cap || t.kind === 'number' || LIST_PUNCT.has(t.text) || NAME_CONNECTORS.has(t.norm))) return null;
  }
  return depthAt;
}

function commasIn(tokens: Token[], from: number, b: number): number {
  let commas = 0;
  for (let i = from; i < b; i++) if (tokens[i]!.text === ',') commas++;
  return commas;
}

/** A name the document writes once as "the X" is no person anywhere ("the European Indoors"). */
function vetoDeterminedPeople(doc: Doc, segments: NameSegment[]): void {
  const determined = new Set(segments
    .filter((s) => DETERMINERS.has(tokenBefore(doc, s.first)?.norm ?? ''))
    .map((s) => normKey(doc, s.first, s.end)));
  for (const s of segments) {
    if (s.kind === 'person' && !s.cued && determined.has(normKey(doc, s.first, s.end))) mark(s, 'other', 'other.determined-elsewhere');
  }
}

/**
 * A place or unknown name right before a club or company role is the employer:
 * "Portsmouth chairman Milan Mandaric", "Acme spokeswoman".
 */
function markEmployers(doc: Doc, segments: NameSegment[]): void {
  segments.forEach((seg, k) => {
    const next = doc.tokens[seg.end];
    const qualifier = TITLE_QUALIFIERS.has(doc.tokens[seg.first]!.norm); // "Shadow spokesman"
    // The role may be written in capitals ("Acme CEO") or after title words ("Acme general manager").
    let r = seg.end;
    while (r < seg.end + 2 && isWord(doc.tokens[r]) && !doc.tokens[r]!.cap && TITLE_WORDS.has(doc.tokens[r]!.norm) && !ORG_ROLES.has(doc.tokens[r]!.norm)) r++;
    const role = doc.tokens[r];
    if (qualifier || seg.end - seg.first > 3 || !next || next.gap.includes('\n') || !role || (role.cap && !role.allCaps) || !ORG_ROLES.has(role.norm)) return;
    // A lone surname-like word is an employer too when the role's holder is named after it:
    // "Lakeport captain Tim Munro" (no one is called "Lakeport captain").
    if (nationalityWord(doc.tokens[seg.end - 1]!)) return; // "West Indian all-rounder"
    const holder = segments[k + 1];
    const named = seg.kind === 'person' && !seg.cued && seg.end - seg.first === 1 && holder?.first === r + 1 && holder.kind === 'person';
    if (seg.kind === 'other' || named) mark(seg, 'org', 'org.employer-role');
  });
}

/** Lower-case words after a name that make it a market index ("the Acme 100 index", "Acme industrial average"). */
const INDEX_WORDS = new Set(['index', 'average', 'composite']);

/**
 * "the Dow Jones industrial average", "the Nasdaq composite index": a name before an index word
 * (at most one word between) names the index, not the company or the exchange.
 */
function markIndexes(doc: Doc, segments: NameSegment[]): void {
  const { tokens } = doc;
  for (const seg of segments) {
    let k = seg.end;
    if (tokens[k]?.kind === 'number') k++; // "Acme 100 index"
    // Bounded: a read past the end of the tokens would deoptimise this at the end of a text.
    const word = (i: number) => i < tokens.length && isWord(tokens[i]) && !tokens[i]!.cap && !tokens[i]!.gap.includes('\n');
    if (word(k) && (INDEX_WORDS.has(tokens[k]!.norm) || (word(k + 1) && INDEX_WORDS.has(tokens[k + 1]!.norm)))) mark(seg, 'other', 'other.market-index');
  }
}

/**
 * "Lakeport 's Tim Munro": in a sports report, a place or unknown name owning a player named in
 * full is the player's team.
 */
function markTeamsOfPlayers(doc: Doc, segments: NameSegment[]): void {
  const ofPerson = personWord(doc, segments, true);
  segments.forEach((seg, k) => {
    const s = doc.tokens[seg.end], player = segments[k + 1];
    if (seg.kind !== 'other' || seg.end - seg.first > 3 || s?.norm !== "'s" || !player || player.first !== seg.end + 1 || ofPerson(seg)) return;
    if (player.kind === 'person' && player.end - player.first >= 2) mark(seg, 'org', 'org.team-of-player');
  });
}

/**
 * "NTL and Cablecom": a name coordinated with an organization is one too. In sports reports
 * lists of places are lists of teams ("Essex, Derbyshire and Surrey all closed in").
 */
function markCoordinated(doc: Doc, segments: NameSegment[], sports: boolean): void {
  const ofPerson = personWord(doc, segments, true);
  const joined = (x: NameSegment, y: NameSegment): boolean => {
    const joint = doc.tokens[x.end];
    return y.first === x.end + 1 && !!joint && (['and', 'or', '&'].includes(joint.norm) || (sports && joint.text === ',' && !inBrackets(doc.tokens, x.end)));
  };
  const spread = (from: NameSegment, to: NameSegment) => {
    if (from.kind === 'org' && to.kind === 'other' && (sports || !placeLike(doc, to)) && !ofPerson(to)) mark(to, 'org', 'org.coordinated');
  };
  for (let k = 1; k < segments.length; k++) if (joined(segments[k - 1]!, segments[k]!)) spread(segments[k - 1]!, segments[k]!);
  for (let k = segments.length - 1; k > 0; k--) if (joined(segments[k - 1]!, segments[k]!)) spread(segments[k]!, segments[k - 1]!);
}

/**
 * "Pierce Brosnan, Christian Slater and Richard Gere": a two- or three-word name listed next to
 * a person is a person too, though its words are everyday ones. A comma only lists when the
 * name is itself followed by another list item, so "said Ann Lee, Acme Widgets chief" stays apart.
 */
function markListedPeople(doc: Doc, segments: NameSegment[]): void {
  const joint = (x: NameSegment, y: NameSegment | undefined): string | undefined =>
    y && y.first === x.end + 1 ? doc.tokens[x.end]!.norm : undefined;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k]!, prev = segments[k - 1], next = segments[k + 1];
    if (seg.kind !== 'other' || !personShaped(doc, seg)) continue;
    const before = prev && joint(prev, seg), after = joint(seg, next);
    const listed = (j: string | undefined) => j === 'and' || j === ',';
    const byPrev = prev?.kind === 'person' && (before === 'and' || (before === ',' && listed(after)));
    const byNext = next?.kind === 'person' && (after === 'and' || (after === ',' && listed(before)));
    if (byPrev || byNext) mark(seg, 'person', 'person.listed');
  }
}

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * Two or three words written Like This, none of them a place, organization or event word, and
 * one of them a name or no English word at all ("Boy George", not "Rain Man").
 */
function personShaped(doc: Doc, seg: NameSegment): boolean {
  const words = doc.tokens.slice(seg.first, seg.end);
  if (words.length < 2 || words.length > 3 || !words.every((t) => t.kind === 'word' && TITLE_CASE_WORD.test(t.text))) return false;
  const last = words[words.length - 1]!.norm;
  const givenName = has(words[0]!.norm, WordClass.FirstName); // "Jude Law", though laws are things
  if (has(normKey(doc, seg.first, seg.end), WordClass.Organization | WordClass.Country | WordClass.Place) || ORG_HEAD_WORDS.has(last) || (THING_HEADS.has(last) && !givenName) || PLACE_WORDS.has(last)) return false;
  return words.some((t) => has(t.norm, PERSON_CLASSES) || (!known(t.norm) && !isPlainWord(t.norm)));
}

/** A place by the lexicon, or a name after "in"/"at" ("customers in Bristol and ..."). */
const placeLike = (doc: Doc, seg: NameSegment): boolean =>
  has(normKey(doc, seg.first, seg.end), WordClass.Place) || LOCATIVES.has(tokenBefore(doc, seg.first)?.norm ?? '');

/** Is token i inside brackets opened earlier on its line ("(Windsor, Slough and Eton AC)")? */
function inBrackets(tokens: Token[], i: number): boolean {
  let depth = 0;
  for (let k = i; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ')') depth--;
    if (t.text === '(' && ++depth > 0) return true;
    if (t.gap.includes('\n')) return false;
  }
  return false;
}

/** Words that join the places of one club's name ("Northfield, Easton and District AC", "Kingsford with Westshire Ladies"). */
const CLUB_LIST_JOINTS = new Set([',', 'and', '&', 'with']);

/**
 * One club named by a list of places: "Northfield, Easton and District AC" (the list's last item
 * ends in a club suffix that governs the places before it), or, in a sports report, a bracket
 * after an athlete filled by such a list ("T Brack (Wessex and Avon)"). The list is commas, then
 * one "and", "&" or "with" before the last item; no item is a person or a country, and the
 * items before the last are one or two words each.
 */
function mergeClubPlaceLists(doc: Doc, segments: NameSegment[], sports: boolean): void {
  const { tokens } = doc;
  // Segments k..j fill the bracket right after an athlete's name ("T Brack (Wessex and Avon)").
  const athleteBracket = (k: number, j: number) => tokens[segments[k]!.first - 1]?.text === '(' && tokens[segments[j]!.end]?.text === ')' &&
    segments[k - 1]?.kind === 'person' && segments[k - 1]!.end === segments[k]!.first - 1;
  // Outside sports reports, only where the document lists athletes with their clubs ("P Lund (Millbrook Harriers)").
  let clubLayout: boolean | undefined;
  for (let k = 0; k < segments.length; k++) {
    let j = k;
    for (; j + 1 < segments.length; j++) {
      const joint = tokens[segments[j]!.end]!;
      if (segments[j + 1]!.first !== segments[j]!.end + 1 || !CLUB_LIST_JOINTS.has(joint.norm) || tokens[segments[j + 1]!.first]!.gap.includes('\n')) break;
      if (joint.text !== ',') { j++; break; } // the last item follows "and"/"with"
    }
    if (j === k || tokens[segments[j - 1]!.end]!.text === ',') continue;
    const items = segments.slice(k, j + 1), first = items[0]!, last = items[j - k]!;
    const placesOnly = items.every((s) => s.kind !== 'person' && s.kind !== 'country' && !s.cued) && items.slice(0, -1).every((s) => s.end - s.first <= 2);
    const suffixed = CLUB_LIST_SUFFIXES.has(tokens[last.end - 1]!.norm);
    if (!placesOnly || !(suffixed || (athleteBracket(k, j) && (sports || (clubLayout ??= segments.some((s, i) => s.kind === 'org' && athleteBracket(i, i))))))) continue;
    const club = nameSegment(first.first, last.end);
    mark(club, 'org', 'org.club-place-list');
    segments.splice(k, j - k + 1, club);
  }
}

/** A document-level rule: it looks at every segment of the document and may change their kinds. */
export interface LayoutRule {
  id: string;
  description: string;
  apply: (doc: Doc, segments: NameSegment[], sports: boolean) => void;
}

/** The document-level rules, in the order they run after every segment has its first kind. */
export const LAYOUT_RULES: readonly LayoutRule[] = [
  {
    id: 'org.score-line', description: 'a line that is a result ("Riverside 2 Millbrook 1", "Riverside 2-1 Millbrook", "Riverside ( Norway ) 92 Millbrook ( Spain ) 81") names two teams, in any report',
    apply: (doc, segments) => markScoreLines(doc, segments),
  },
  {
    id: 'other.market-index', description: 'a name before an index word names the index ("the Acme industrial average", "the Acme 100 index")',
    apply: (doc, segments) => markIndexes(doc, segments),
  },
  {
    id: 'person.entrant', description: 'a name right before a bracketed country is a competitor ("Ilsa Marden ( Norway ) 4:08.96")',
    apply: (doc, segments) => markEntrants(doc, segments),
  },
  {
    id: 'org.entrant-team', description: 'on a ranked results line, a name after the competitor\'s bracketed country, with none of its own, is their team ("2. Ilsa Marden ( Norway ) Velotec")',
    apply: (doc, segments) => markEntrantTeams(doc, segments),
  },
  {
    id: 'other.determined-elsewhere', description: 'a name the document also writes as "the X" is no person ("the European Indoors")',
    apply: (doc, segments) => vetoDeterminedPeople(doc, segments),
  },
  {
    id: 'person.lineup', description: 'a line that is only a comma-separated list of names is a team sheet: its names are players',
    apply: (doc, segments) => markLineups(doc, segments),
  },
  {
    id: 'org.club-place-list', description: 'a list of places before a club suffix ("Northfield, Easton and District AC"), or filling the bracket after an athlete in a sports report or a list of athletes and clubs ("T Brack (Wessex and Avon)"), is one club',
    apply: (doc, segments, sports) => mergeClubPlaceLists(doc, segments, sports),
  },
  {
    id: 'org.employer-role', description: 'a name before a club or company role is the employer ("Lakeport chairman", "Acme spokeswoman"), a lone surname-like one too when the holder is named after the role',
    apply: (doc, segments) => markEmployers(doc, segments),
  },
  {
    id: 'org.team-of-player', description: 'in a sports report, a place or unknown name owning a player named in full is the team ("Lakeport\'s Tim Munro")',
    apply: (doc, segments, sports) => { if (sports) markTeamsOfPlayers(doc, segments); },
  },
  {
    id: 'org.sports-result', description: 'in a sports report, a name before a score or a result verb, or after "beat"/"v"/"drew with", is a team',
    apply: (doc, segments, sports) => { if (sports) markTeams(doc, segments); },
  },
  {
    id: 'org.coordinated', description: 'a name joined by "and" to an organization is one too (in sports reports also by commas)',
    apply: (doc, segments, sports) => markCoordinated(doc, segments, sports),
  },
  {
    id: 'person.listed', description: 'a two- or three-word name listed next to a person is a person ("Ann Lee, Rain Man and Bo Tate")',
    apply: (doc, segments) => markListedPeople(doc, segments),
  },
];
