#!/usr/bin/env node
// Build-time extraction of the word lists glean uses at run time, from maintained packages:
// compromise's lexicon and inflection model, and world-countries. Writes small JSON tables to
// src/lexicon/generated/ so the CLI never loads those packages while it runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import countries from 'world-countries';
import wordListPath from 'word-list';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'src', 'lexicon', 'generated');
fs.mkdirSync(out, { recursive: true });

const world = nlp.world();
const lexicon = world.model.one.lexicon;
const tagsOf = (word) => [].concat(lexicon[word]);
const wordsTagged = (...tags) =>
  Object.keys(lexicon).filter((w) => tagsOf(w).some((t) => tags.includes(t))).sort();

// Every lexicon word, with the coarse classes the rules need, as a bit set: bit k is the k-th
// class of src/lexicon/word-classes.json (the WordClass enum of src/lexicon/word-class.ts).
const classSpec = JSON.parse(fs.readFileSync(path.join(here, '..', 'src', 'lexicon', 'word-classes.json'), 'utf8'));
const bitOfTag = new Map(classSpec.flatMap(([, tags], k) => tags.map((tag) => [tag, 1 << k])));
const words = {};
for (const w of Object.keys(lexicon)) {
  const bits = tagsOf(w).reduce((set, tag) => set | (bitOfTag.get(tag) ?? 0), 0);
  if (bits) words[w] = bits;
}

// Plural -> singular for every plural compromise knows, by compromise's own inflector.
const toSingular = world.methods.two.transform.noun.toSingular;
const singular = {};
for (const w of wordsTagged('Plural')) {
  if (w.includes(' ')) continue;
  const s = toSingular(w, world.model);
  if (s && s !== w) singular[w] = s;
}
for (const [s, p] of Object.entries(world.model.two.irregularPlurals)) singular[p] = s;

// The classes as `word<TAB>bits` lines, for a hash index built beside them after tsc
// (scripts/build-word-index.mjs): read as bytes at run time, where a JSON object of 24k words took
// ~20 ms to parse.
fs.writeFileSync(path.join(out, 'word-classes.tsv'),
  Object.keys(words).sort().map((w) => `${w}\t${words[w]}\n`).join(''));

fs.writeFileSync(path.join(out, 'words.json'), JSON.stringify({
  singular,
  // Given names by gender, so "she" can find a woman named earlier.
  maleNames: wordsTagged('MaleName'),
  femaleNames: wordsTagged('FemaleName'),
  orgWords: Object.keys(world.model.two.orgWords).sort(),
  placeWords: Object.keys(world.model.two.placeWords).sort(),
}));

// Plain English words (word-list), as a Bloom filter: set membership for ~260k words in a few
// hundred kilobytes. Only words compromise does not know go in (the rest have classes already).
// The hash must match commonWordHashes in src/lexicon/common-words.ts.
const BLOOM_BITS_PER_WORD = 10, BLOOM_HASHES = 7;
const fnv1a = (word, seed) => {
  let h = seed >>> 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619) >>> 0;
  return h;
};
const plainWords = fs.readFileSync(wordListPath, 'utf8').split('\n')
  .filter((w) => /^[a-z]{3,16}$/.test(w) && !words[w]);
const bloomBits = plainWords.length * BLOOM_BITS_PER_WORD;
const bloom = new Uint8Array(Math.ceil(bloomBits / 8));
for (const w of plainWords) {
  const h1 = fnv1a(w, 2166136261), h2 = fnv1a(w, 374761393) | 1;
  for (let k = 0; k < BLOOM_HASHES; k++) {
    const bit = (h1 + Math.imul(k, h2) >>> 0) % bloomBits;
    bloom[bit >> 3] |= 1 << (bit & 7);
  }
}
// As bytes, read on the first look-up: the filter's size in bits and its hash count (two
// little-endian 32-bit words), then the filter. tsc copies only imported JSON, so dist/ gets it here.
const header = Buffer.alloc(8);
header.writeUInt32LE(bloomBits, 0);
header.writeUInt32LE(BLOOM_HASHES, 4);
const bloomFile = Buffer.concat([header, bloom]);
for (const dir of [out, path.join(here, '..', 'dist', 'lexicon', 'generated')]) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'common-words.bloom'), bloomFile);
}

// Speech verbs in every tense form, conjugated by compromise from the base verbs of
// src/lexicon/speech-verbs.json. Where compromise's conjugator leaves the past as the base form
// of a verb it does not know ("quip", "scold"), the past is made from its gerund ("quipping").
const speechSpec = JSON.parse(fs.readFileSync(path.join(here, '..', 'src', 'lexicon', 'speech-verbs.json'), 'utf8'));
const conjugate = world.methods.two.transform.verb.conjugate;
const isNoun = (w) => !speechSpec.verbs.includes(w) && tagsOf(w).some((t) => ['Singular', 'Noun', 'Uncountable'].includes(t));
const pastFromGerund = (gerund) => gerund.replace(/ing$/, 'ed');
const formsOf = (base) => {
  const c = conjugate(base, world.model);
  const sameAsBase = c.PastTense === base && !tagsOf(base).includes('PastTense');
  const past = sameAsBase ? pastFromGerund(c.Gerund) : c.PastTense;
  const finite = [c.PresentTense, past, c.Participle ?? past, ...(isNoun(base) ? [] : [base])];
  return { finite, gerund: c.Gerund };
};
const speech = { inverting: new Set(speechSpec.forms.inverting), introducing: new Set(speechSpec.forms.introducing) };
for (const base of speechSpec.inverting) {
  const { finite, gerund } = formsOf(base);
  for (const f of finite) speech.inverting.add(f);
  speech.introducing.add(gerund); // "..., saying that": a participle introduces, never inverts
}
for (const base of speechSpec.introducing) {
  const { finite, gerund } = formsOf(base);
  for (const f of [...finite, gerund]) speech.introducing.add(f);
}
for (const f of speech.inverting) speech.introducing.delete(f);
for (const f of speechSpec.nouns) { speech.inverting.delete(f); speech.introducing.delete(f); }
const phrasal = speechSpec.phrasal.flatMap((verb) => {
  const c = conjugate(verb, world.model);
  return [c.PresentTense, c.PastTense, c.Participle, c.Gerund, verb].filter(Boolean);
});
fs.writeFileSync(path.join(out, 'speech-verbs.json'), JSON.stringify({ inverting: [...speech.inverting].sort(), introducing: [...speech.introducing].sort(), phrasal: [...new Set(phrasal)].sort() }));

// Countries: sovereign states (and the few ISO entries news treats as countries), with their
// common and official names, alternative spellings and demonyms.
const country = {};
for (const c of countries) {
  if (!c.independent && !c.unMember && c.cca2 !== 'XK' && c.cca2 !== 'PS' && c.cca2 !== 'TW') continue;
  const forms = new Set([c.name.common, c.name.official]);
  for (const alt of c.altSpellings ?? []) if (alt.length > 3 && !/^[A-Z]{2,3}$/.test(alt)) forms.add(alt);
  const demonyms = new Set();
  for (const d of Object.values(c.demonyms ?? {})) { demonyms.add(d.m); demonyms.add(d.f); }
  country[c.cca2] = {
    name: c.name.common,
    names: [...forms].filter(Boolean).sort(),
    demonyms: [...demonyms].filter(Boolean).sort(),
  };
}
fs.writeFileSync(path.join(out, 'countries.json'), JSON.stringify(country));
console.log(`lexicon: ${Object.keys(words).length} words, ${plainWords.length} plain words, ${Object.keys(singular).length} plurals, ${Object.keys(country).length} countries, ${speech.inverting.size + speech.introducing.size + phrasal.length} speech verb forms -> ${path.relative(process.cwd(), out)}`);
