#!/usr/bin/env node
// Build-time generation of glean's typed knowledge of names (src/knowledge/generated/knowledge.tsv,
// copied beside the compiled loader in dist/): organizations, people, products and events, each
// with a type, a canonical name, a Wikidata id where the source gives one, and an ambiguity flag.
//
// Sources (see NOTICE):
//   name-suggestion-index (npm, BSD-3-Clause)  brands and operators, typed by their Wikidata description
//   data/petrarch2/ (MIT)                      multinationals, NGOs, IGOs, media, armed groups, world leaders
//   data/openfootball/ (CC0)                   football clubs with their short names
//   compromise (npm, MIT)                      its Organization and SportsTeam words
//   data/knowledge/organizations.tsv           named organizations whose capitalised name means nothing
//                                              else in news though the word is common ("Congress")
//   data/knowledge/curated.tsv                 what no source covers: bands, regulators, broadcasters,
//                                              rugby clubs, products and events
//
// A key that is also a common English word, a given name, a surname or a place ("Next", "Chelsea",
// "Sale") is marked ambiguous: glean counts it only with a cue around it.
//
// Runs after tsc: keys are made by the compiled tokenizer (dist/knowledge/key.js), so the build and
// the run-time lookup spell every name alike, and the curated file is read by the same parser as
// the user's --lexicon files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import wordListPath from 'word-list';
import { buildHashIndex } from '../dist/knowledge/hash-index.js';
import { nameKey } from '../dist/knowledge/key.js';
import { parseLexicon } from '../dist/knowledge/lexicon-file.js';
import { COUNTRY_FORMS, NON_ORG_ACRONYMS, ORG_HEADS, TITLE_WORDS } from '../dist/lexicon/entity-cues.js';
import { COMMON_CLASSES, has, PERSON_CLASSES, WordClass } from '../dist/lexicon/word-class.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.join(root, 'data');
const nsiDir = path.join(root, 'node_modules', 'name-suggestion-index', 'dist');
const read = (...p) => fs.readFileSync(path.join(...p), 'utf8');

// ---- What a key must not be mistaken for: word classes from the lexicon build ----------------
const countries = JSON.parse(read(root, 'src', 'lexicon', 'generated', 'countries.json'));
const plainWords = new Set(fs.readFileSync(wordListPath, 'utf8').split('\n').filter((w) => /^[a-z]{3,}$/.test(w)));
const countryKeys = new Set(Object.keys(COUNTRY_FORMS).map(nameKey));
for (const c of Object.values(countries)) for (const f of [c.name, ...c.names, ...c.demonyms]) countryKeys.add(nameKey(f));
/** Places the clubs are from ("Leeds", "Fulham"): their clubs' short names are ambiguous. */
const clubPlaces = new Set();
const orgHeads = new Set([...ORG_HEADS]);

const commonWord = (w) => has(w, COMMON_CLASSES) || plainWords.has(w);
const nameWord = (w) => has(w, PERSON_CLASSES);
const placeKey = (key) => has(key, WordClass.Country | WordClass.Place | WordClass.Demonym) || clubPlaces.has(key) || countryKeys.has(key);

/**
 * Why a key needs a cue, or '' when it does not. Multi-word keys are seldom anything but the
 * name; one word often is: "Next" (a common word), "Morrison" (a surname), "Reading" (a place).
 */
function ambiguity(key, type) {
  const parts = key.split(' ');
  const base = parts[parts.length - 1] === "'s" ? parts.slice(0, -1) : parts;
  if (placeKey(key) || placeKey(base.join(' '))) return 'place';
  if (has(key, WordClass.PersonName) && type !== 'person') return 'person';
  if (base.length === 1) {
    const w = base[0];
    if (NON_ORG_ACRONYMS.has(w)) return 'acronym';
    if (w.length <= 2 && type !== 'person') return 'short';
    // A name before a common word: "Tom" is a given name before it is a male cat.
    if (nameWord(w) || (w.endsWith('s') && nameWord(w.slice(0, -1)))) return 'name';
    if (commonWord(w)) return 'common';
    return '';
  }
  // "Ted Baker", "John Lewis": an organization named like a person.
  if (type !== 'person' && base.length === 2 && has(base[0], WordClass.FirstName) && !orgHeads.has(base[1])) return 'person';
  return '';
}

// ---- Entries ---------------------------------------------------------------------------------
/** Source priority: the first source to give a key owns it. */
const entries = [];
function add(source, type, name, aliases, wikidata) {
  const forms = [...new Set([name, ...aliases].map((f) => f.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  if (forms.length) entries.push({ source, type, name: forms[0], forms, wikidata });
}

/** Title Case for the capitals of petrarch's names, acronyms kept: "BHP BILLITON" -> "Bhp Billiton". */
const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'la', 'du', 'des', 'al', 'el', 'bin', 'van', 'von', 'der']);
const titleCase = (s) => (/^[A-Z&]{2,4}$/.test(s) ? s : s.toLowerCase()).replace(/(^|[\s\-'(/.])(\p{L}+)/gu, (m, p, w) => (p && SMALL.has(w) ? m : p + w[0].toUpperCase() + w.slice(1)));

// The project's own files, in the --lexicon format; `institutions` entries never need a cue.
for (const [file, source] of [['organizations.tsv', 'institutions'], ['curated.tsv', 'curated']]) {
  for (const e of parseLexicon(read(data, 'knowledge', file), `data/knowledge/${file}`)) add(source, e.type, e.name, e.aliases, e.id);
}

// openfootball/clubs: "Leeds United FC, 1919, @ Elland Road, Leeds" then "  | Leeds | Leeds Utd".
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
for (const file of walk(path.join(data, 'openfootball')).filter((f) => f.endsWith('.clubs.txt')).sort()) {
  let club = null;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trimEnd();
    if (!line.trim() || /^[=\s]*=/.test(line)) continue;
    if (/^\s*\|/.test(line)) {
      if (club) club.aliases.push(...line.split('|').map((a) => a.trim()).filter(Boolean));
      continue;
    }
    if (/^\s/.test(line)) continue;
    if (club) add('openfootball', 'club', club.name, club.aliases);
    const fields = line.split(',').map((f) => f.trim());
    const name = fields[0].replace(/\s*\(.*?\)\s*/g, ' ').trim();
    const town = fields.length > 1 ? fields[fields.length - 1] : '';
    for (const place of town.replace(/[()]/g, ',').split(',')) if (place.trim() && !/^@|^\d/.test(place.trim())) clubPlaces.add(nameKey(place.trim()));
    club = { name, aliases: [] };
  }
  if (club) add('openfootball', 'club', club.name, club.aliases);
}

// petrarch2: "NAME_ [CODE] # comment", "+ALIAS_" lines, codes on the following indented lines.
// Role nouns ("envoy", "reporter") are petrarch's agents: entries ending in one name no one.
const agents = new Set(read(data, 'petrarch2', 'Phoenix.agents.txt').split('\n')
  .filter((l) => /^[A-Z]/.test(l)).map((l) => l.split(/[\s[#]/)[0].replace(/_+$/, '').replace(/_/g, ' ').toLowerCase()));
const petrarchName = (s) => s.replace(/\s*\(.*?\)\s*/g, ' ').replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();

function petrarchBlocks(file) {
  const blocks = [];
  let block = null;
  for (const line of read(data, 'petrarch2', file).split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('!')) { block = null; continue; }
    if (line.startsWith('+')) { block?.aliases.push(petrarchName(line.slice(1).split(/[[#]/)[0])); continue; }
    if (/^\s/.test(line)) { if (block) block.codes += ` ${line.split('#')[0]}`; continue; }
    const [head, ...comment] = line.split('#');
    block = { name: petrarchName(head.split('[')[0]), codes: head.includes('[') ? head.slice(head.indexOf('[')) : '', comment: comment.join('#'), aliases: [] };
    blocks.push(block);
  }
  return blocks;
}

const personShaped = (name) => {
  const ws = nameKey(name).split(' ');
  return ws.length >= 2 && ws.length <= 4 && (has(ws[0], WordClass.FirstName) || /^\p{L}\.?$/u.test(ws[0])) && !orgHeads.has(ws[ws.length - 1]);
};
const noAgent = (name) => !agents.has(nameKey(name).split(' ').pop());
/** petrarch's actor codes: MNC multinational, NGO, IGO, MED media (also as a suffix: "MNCUSAMED"). */
function petrarchType(codes) {
  const first = /\[([A-Z]+)/.exec(codes)?.[1] ?? '';
  if (/^(MNC|NGO|IGO)/.test(first) && /MED/.test(first)) return 'media';
  if (first.startsWith('MNC')) return 'company';
  if (first.startsWith('NGO')) return 'ngo';
  if (first.startsWith('IGO')) return 'igo';
  if (first === 'MED' || /^[A-Z]{3}MED$/.test(first)) return 'media';
  return null;
}
// Its people (officials, spokesmen) carry the same codes as their organizations: an entry named
// like a person, or holding its code for a span of dates, is left out rather than guessed.
const heldForATime = (codes) => /\[[A-Z]+ *[<>]?\d{6}/.test(codes);
for (const b of petrarchBlocks('Phoenix.International.actors.txt')) {
  if (!b.name || !noAgent(b.name) || personShaped(b.name) || heldForATime(b.codes)) continue;
  const type = petrarchType(b.codes);
  if (type) add('petrarch2', type, titleCase(b.name), b.aliases.filter(noAgent).map(titleCase));
}
for (const b of petrarchBlocks('Phoenix.MilNonState.actors.txt')) {
  if (b.name && noAgent(b.name)) add('petrarch2', 'organization', titleCase(b.name), b.aliases.filter(noAgent).map(titleCase));
}
for (const b of petrarchBlocks('Phoenix.Countries.actors.txt')) {
  // People carry the comment of the file they came from; country blocks do not.
  if (b.name && /CountryInfo/.test(b.comment) && personShaped(b.name)) add('petrarch2', 'person', titleCase(b.name), b.aliases.filter(personShaped).map(titleCase));
}

// name-suggestion-index: brands and operators with a Wikidata item, typed by its description.
// Ordered rules, first match wins; what matches none (a place, a school, a single building) is left out.
const DESCRIPTION_TYPES = [
  ['product', /^(brand|line|range|model|type) of (?!(stores|shops|supermarkets|restaurants|hotels|convenience|petrol|gas|filling|fast|pharmac|banks?|retail))|\b(soft drinks?|carbonated|energy drink|brand of (beer|cigarettes|soft drinks?|drinks?|water|vodka|whisky|gin|rum|cars|vehicles|motorcycles))\b/],
  ['media', /\b(newspaper|broadcaster|broadcasting|television (channel|network|station)|tv (channel|station)|radio (station|network)|news agency|magazine|media company)\b/],
  ['club', /\b(football club|sports club|sports team|(basketball|hockey|baseball|rugby( union| league)?) (team|club))\b/],
  ['party', /\bpolitical party\b/],
  ['company', /\b(compan(y|ies)|corporation|chain|retailer|bank|banking|manufacturer|business|enterprise|conglomerate|subsidiary|franchise|brand|operator|provider|utility|airline|supermarket|firm|cooperative|insurer|insurance|carrier|multinational|holding|retail)\b/],
  ['igo', /\b(intergovernmental|international organi[sz]ation)\b/],
  ['ngo', /\b(non-?profit|charity|charitable|non-governmental|foundation)\b/],
  ['government', /\b(government agency|executive agency|ministry|regulator|regulatory|armed forces|national police|federal agency)\b/],
];
const PLACE_DESCRIPTION = /\b(school|district|municipality|village|town|city|county|borough|commune|library|park|hospital|station|shopping (centre|center)|mall|hotel in|building|stadium|airport|museum|church|cemetery|neighbou?rhood|province|region|state of|island)\b/;
/** Where English-language news is written: brands trading there are news names. */
const ENGLISH_SPEAKING = ['gb', 'us', 'ie', 'ca', 'au', 'nz', 'in', 'za', 'ng', 'ke', 'sg', 'ph', 'pk', 'gh'];
const LATIN = /^[\p{Script=Latin}\p{N}\s&'’.,!+-]+$/u;
{
  const nsi = JSON.parse(read(nsiDir, 'json', 'nsi.json')).nsi;
  const wikidata = JSON.parse(read(nsiDir, 'wikidata', 'wikidata.json')).wikidata;
  const seen = new Map();
  /** Where each brand trades (name-suggestion-index's locationSet). */
  const regions = new Map();
  for (const [category, { items }] of Object.entries(nsi)) {
    if (!/^(brands|operators|transit)\//.test(category)) continue;
    for (const it of items) {
      const t = it.tags;
      const [nameTag, qid] = [['brand', t['brand:wikidata']], ['operator', t['operator:wikidata']], ['network', t['network:wikidata']]].find(([, q]) => q) ?? [];
      const description = qid && wikidata[qid]?.description?.toLowerCase();
      if (!description) continue;
      const name = t[`${nameTag}:en`] ?? t[nameTag] ?? it.displayName;
      if (!name || !LATIN.test(name)) continue;
      const type = DESCRIPTION_TYPES.find(([, re]) => re.test(description))?.[0];
      if (!type || (type === 'company' && PLACE_DESCRIPTION.test(description) && !/\b(compan(y|ies)|chain|corporation|retailer)\b/.test(description))) continue;
      const label = wikidata[qid]?.label;
      // Not its matchNames: those are OpenStreetMap's spellings of shop signs, often generic words.
      const forms = [name, it.displayName, label].filter((f) => f && LATIN.test(f));
      const known = seen.get(qid);
      if (known) known.push(...forms);
      else { const list = [...forms]; seen.set(qid, list); add('nsi', type, name, list, qid); }
      for (const cc of it.locationSet?.include ?? []) (regions.get(qid) ?? regions.set(qid, new Set()).get(qid)).add(String(cc).toLowerCase());
    }
  }
  for (const e of entries) {
    if (e.source !== 'nsi') continue;
    e.forms = [...new Set([e.name, ...seen.get(e.wikidata)])];
    const where = regions.get(e.wikidata) ?? new Set();
    e.local = !['001', ...ENGLISH_SPEAKING].some((cc) => where.has(cc)) && where.size < 3;
  }
  // Wikidata ids for the other sources' organizations, where a label names exactly one item.
  const byLabel = new Map();
  for (const [qid, w] of Object.entries(wikidata)) {
    if (!w.label) continue;
    const key = nameKey(w.label);
    byLabel.set(key, byLabel.has(key) ? null : qid);
  }
  for (const e of entries) {
    if (e.wikidata || e.source === 'nsi' || e.type === 'person') continue;
    const qid = byLabel.get(nameKey(e.name));
    if (qid) e.wikidata = qid;
  }
}

/**
 * A North American team's nickname, what news calls it after the first mention: the words after
 * its city or state when they end in a plural ("chicago white sox" -> "white sox", "seattle
 * mariners" -> "mariners"); not "city" of "leicester city", nor "heat" of "miami heat".
 */
function nickname(team) {
  const words = team.split(' ');
  for (let k = 1; k < words.length; k++) {
    const place = words.slice(0, k).join(' ');
    if (!has(place, WordClass.Place | WordClass.Country) && !countryKeys.has(place)) continue;
    const rest = words.slice(k).join(' ');
    return /(s|x)$/.test(rest) && !orgHeads.has(words[words.length - 1]) ? rest : null;
  }
  return null;
}

// compromise's Organization and SportsTeam words (the lexicon's head words such as "inc" left out).
{
  const world = nlp.world();
  const lexicon = world.model.one.lexicon;
  const heads = new Set(Object.keys(world.model.two.orgWords));
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = [].concat(tags);
    if (heads.has(word) || /\./.test(word) || word.length <= 2) continue;
    if (list.includes('SportsTeam')) add('compromise', 'club', titleCase(word), [nickname(word)].filter(Boolean).map(titleCase));
    else if (list.includes('Organization')) add('compromise', 'organization', titleCase(word), []);
  }
}

// ---- Keys ------------------------------------------------------------------------------------
const HAND_WRITTEN = new Set(['institutions', 'curated']);
const SOURCE_ORDER = ['institutions', 'curated', 'petrarch2', 'openfootball', 'nsi', 'compromise'];
entries.sort((x, y) => SOURCE_ORDER.indexOf(x.source) - SOURCE_ORDER.indexOf(y.source));
const kind = (type) => (type === 'person' ? 'person' : type === 'product' || type === 'event' ? 'thing' : 'org');
const rows = new Map();
// News writes "A & B" as "A and B" too: both spell the name.
const spellings = (forms) => [...forms, ...forms.filter((f) => f.includes(' & ')).map((f) => f.replaceAll(' & ', ' and '))];
for (const e of entries) {
  for (const form of spellings(e.forms)) {
    const key = nameKey(form);
    if (!key || key.length < 2 || /^[\d\s.'&-]+$/.test(key) || /[\t\n]/.test(key)) continue;
    // Countries are the country gazetteer's; a person is never known by a title word alone.
    if (countryKeys.has(key) || (kind(e.type) === 'person' && key.split(' ').every((w) => TITLE_WORDS.has(w)))) continue;
    const held = rows.get(key);
    if (!held) {
      // A one-word name of a foreign shop chain or a football club is easily someone's surname
      // ("Bexley", "Brann"); clubs are recognised by the sports around them instead.
      const oneWordOfAFew = !key.includes(' ') && (e.local || e.source === 'openfootball');
      rows.set(key, { entry: e, why: e.source === 'institutions' ? '' : ambiguity(key, e.type) || (oneWordOfAFew ? 'local' : '') });
      continue;
    }
    if (held.entry === e) continue;
    // Two entries claim one key: of different kinds, it needs a cue (unless the hand-written
    // files settled it); of one kind, its id is unsure.
    if (kind(held.entry.type) !== kind(e.type)) { if (!HAND_WRITTEN.has(held.entry.source)) held.why ||= 'conflict'; }
    else if (held.entry.wikidata !== e.wikidata && held.entry.source === e.source) held.unsureId = true;
  }
}

const lines = [];
for (const [key, { entry, why, unsureId }] of rows) {
  const wikidata = unsureId ? '' : entry.wikidata ?? '';
  lines.push(`${key}\t${entry.type}\t${entry.name}\t${wikidata}\t${why}`);
}
// Sorted by UTF-8 bytes, so the table reads the same from build to build; the run-time look-up
// goes through the hash index written beside it.
const out = lines.map((l) => Buffer.from(l)).sort(Buffer.compare).join('\n') + '\n';
const index = buildHashIndex(Buffer.from(out));
for (const dir of [path.join(root, 'src', 'knowledge', 'generated'), path.join(root, 'dist', 'knowledge', 'generated')]) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'knowledge.tsv'), out);
  fs.writeFileSync(path.join(dir, 'knowledge.index'), new Uint8Array(index.buffer, index.byteOffset, index.byteLength));
}
const count = (f) => lines.filter(f).length;
const bySource = Object.fromEntries(SOURCE_ORDER.map((s) => [s, [...rows.values()].filter((r) => r.entry.source === s).length]));
console.log(`knowledge: ${lines.length} keys (${count((l) => !l.endsWith('\t'))} ambiguous, ${count((l) => /\tQ\d+\t/.test(l))} with Wikidata ids; ${JSON.stringify(bySource)}), ${(out.length / 1e6).toFixed(1)} MB -> src/knowledge/generated`);
