#!/usr/bin/env node
// Build-time extraction of the quantity lexicon glean uses at run time:
//   units.json       measurement units from js-quantities (symbols, names, plurals, dimension),
//                    with SI prefixes checked against js-quantities' own parser;
//   currencies.json  ISO 4217 codes and names (currency-codes' copy of the ISO list), symbols
//                    (currency-symbol-map, world-countries) and national names (world-countries).
// The curation (which units news uses, which currency wins a shared symbol) is scripts/units-data.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Qty from 'js-quantities';
import nlp from 'compromise';
import countries from 'world-countries';
import symbolMap from 'currency-symbol-map/map.js';
import wordListPath from 'word-list';
import {
  CURRENCY_PRECEDENCE, EXCLUDED_ALIASES, EXTRA_CURRENCY_WORDS, EXTRA_UNITS, GLUED_LETTER_SYMBOLS,
  NEWS_CURRENCY_ABBREVIATIONS, NEWS_DOLLAR_PREFIXES, PREFERRED_SPELLINGS, PREFIXED_UNITS, RETIRED_CODES, SI_PREFIXES, UNITLESS_UNITS, UNIT_KINDS, UNIT_NAMES,
} from './units-data.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'src', 'lexicon', 'generated');
fs.mkdirSync(out, { recursive: true });
const require = createRequire(import.meta.url);

const world = nlp.world();
const lexicon = world.model.one.lexicon;
const toPlural = (w) => world.methods.two.transform.noun.toPlural(w, world.model);
const excluded = new Set(EXCLUDED_ALIASES);
const british = (name) => PREFERRED_SPELLINGS.reduce((n, [us, gb]) => n.replace(us, gb), name);

// ---- units ----
/** [singular, plural, dimension] by index; written forms point at an index. */
const units = [];
const indexOf = new Map();
const symbols = {};
const gluedSymbols = {};
const names = {};

function unitIndex(singular, plural, dimension) {
  if (!indexOf.has(singular)) {
    indexOf.set(singular, units.length);
    units.push([singular, plural, dimension.replace(/_/g, ' ')]);
  }
  return indexOf.get(singular);
}

/** A symbol is case-sensitive; a one-letter one is a unit only glued to digits, and only if listed. */
function addSymbol(symbol, index) {
  if (symbol.length === 1 && /\p{L}/u.test(symbol)) {
    if (GLUED_LETTER_SYMBOLS.includes(symbol)) gluedSymbols[symbol] ??= index;
    return;
  }
  symbols[symbol] ??= index;
}
const addName = (name, index) => { names[name.toLowerCase()] ??= index; };

/** A spelled-out alias: lower-case letters (and hyphens), long enough to be a word. */
const isName = (alias) => /^[a-z][a-z-]{3,}$/.test(alias) && /[aeiouy]/.test(alias);

/** js-quantities unit name -> its reported singular and plural, and its aliases by role. */
function describe(unit) {
  const key = unit.slice(1, -1);
  const aliases = Qty.getAliases(key).filter((a) => !excluded.has(a));
  const [singular, plural] = UNIT_NAMES[key] ?? [british(key.replace(/-/g, ' ')), undefined];
  const spelled = aliases.filter(isName);
  const pluralForm = plural ?? spelled.map(british).find((a) => a !== singular && a.startsWith(singular)) ?? toPlural(singular);
  const reported = [singular, pluralForm].filter((n) => !excluded.has(n));
  return { key, singular, plural: pluralForm, spelled: [...reported, ...spelled], symbols: aliases.filter((a) => !isName(a)) };
}

const bySymbol = new Map();
for (const unit of Qty.getUnits()) {
  const kind = Qty.parse(`1 ${unit}`).kind();
  const dimension = UNIT_KINDS.includes(kind) ? kind : UNITLESS_UNITS[unit];
  const d = describe(`<${unit}>`);
  if (!dimension || Qty.getAliases(unit).every((a) => excluded.has(a))) continue;
  const index = unitIndex(d.singular, d.plural, dimension);
  for (const s of d.symbols) { addSymbol(s, index); bySymbol.set(s, d); }
  for (const n of d.spelled) addName(n, index);
}

// Prefixed units: "km", "mAh", "GWh", "kilometres", each checked by js-quantities' parser.
const sameFactor = (a, b) => Math.abs(a / b - 1) < 1e-9;
for (const [base, prefixes] of Object.entries(PREFIXED_UNITS)) {
  const d = bySymbol.get(base);
  if (!d) throw new Error(`build-units: no js-quantities unit has the symbol ${base}`);
  for (const [symbol, prefixName, factor] of SI_PREFIXES) {
    if (!prefixes.includes(symbol)) continue;
    const written = symbol + base;
    const parsed = Qty.parse(`1 ${written}`);
    if (!parsed || !sameFactor(parsed.to(base).scalar, factor)) throw new Error(`build-units: js-quantities does not read ${written}`);
    const index = unitIndex(prefixName + d.singular, prefixName + d.plural, parsed.kind());
    addSymbol(written, index);
    for (const n of d.spelled) if (!n.includes(' ')) addName(prefixName + n, index);
  }
}

for (const [dimension, singular, plural, ...written] of EXTRA_UNITS) {
  const index = unitIndex(singular, plural, dimension);
  addName(singular, index);
  addName(plural, index);
  for (const s of written) addSymbol(s, index);
}

// Symbols whose case is lost in all-caps text ("KM", "MPH"): lower case, where only one unit reads so.
const lowerSymbols = {};
const clashes = new Set();
for (const [s, index] of Object.entries(symbols)) {
  const low = s.toLowerCase();
  if (low in lowerSymbols && lowerSymbols[low] !== index) clashes.add(low);
  lowerSymbols[low] ??= index;
}
for (const low of clashes) delete lowerSymbols[low];

fs.writeFileSync(path.join(out, 'units.json'), JSON.stringify({ units, symbols, gluedSymbols, lowerSymbols, names }));

// ---- currencies ----
// The ISO 4217 list as currency-codes ships it: funds, metals and test codes are no money news reports.
const isoXml = fs.readFileSync(require.resolve('currency-codes/iso-4217-list-one.xml'), 'utf8');
const iso = new Map();
for (const [, entry] of isoXml.matchAll(/<CcyNtry>([\s\S]*?)<\/CcyNtry>/g)) {
  const code = /<Ccy>([A-Z]{3})<\/Ccy>/.exec(entry)?.[1];
  const name = /<CcyNm[^>]*>([^<]+)<\/CcyNm>/.exec(entry)?.[1]?.trim();
  if (!code || !name || /IsFund="true"/.test(entry) || /<CcyMnrUnts>N\.A\.</.test(entry) || /<CtryNm>ZZ/.test(entry)) continue;
  iso.set(code, name);
}
for (const code of RETIRED_CODES) if (symbolMap[code]) iso.set(code, code);

const rank = (code) => { const r = CURRENCY_PRECEDENCE.indexOf(code); return r < 0 ? CURRENCY_PRECEDENCE.length : r; };
/** Written form -> every code it may mean; the most traded wins, and a form no listed currency wins stays out. */
function resolve(candidates) {
  const table = {};
  for (const [form, codes] of candidates) {
    const ranked = [...codes].sort((a, b) => rank(a) - rank(b));
    if (ranked.length === 1 || rank(ranked[0]) < CURRENCY_PRECEDENCE.length) table[form] = ranked[0];
  }
  return table;
}
const addCandidate = (map, form, code) => { if (!map.has(form)) map.set(form, new Set()); map.get(form).add(code); };

const symbolCandidates = new Map();
// A one-letter symbol ("R", "S", "m") is taken only for a listed currency.
const addSymbolCandidate = (symbol, code) => {
  const single = symbol.length === 1 && /\p{L}/u.test(symbol);
  if (iso.has(code) && symbol !== code && (!single || rank(code) < CURRENCY_PRECEDENCE.length)) addCandidate(symbolCandidates, symbol.trim(), code);
};
for (const [code, symbol] of Object.entries(symbolMap)) addSymbolCandidate(symbol, code);
for (const c of countries) for (const [code, { symbol }] of Object.entries(c.currencies ?? {})) if (symbol) addSymbolCandidate(symbol, code);
const currencySymbols = { ...resolve(symbolCandidates), ...NEWS_CURRENCY_ABBREVIATIONS };
for (const [letters, code] of Object.entries(NEWS_DOLLAR_PREFIXES)) currencySymbols[`${letters}$`] = code;
// Letters-only symbols of a currency outside the most traded are money only glued to digits ("KSh500").
const gluedOnlySymbols = Object.keys(currencySymbols)
  .filter((s) => /^\p{L}+\.?$/u.test(s) && rank(currencySymbols[s]) >= CURRENCY_PRECEDENCE.length).sort();

// Names: ISO's ("Malaysian Ringgit", "Yen") and world-countries' ("South African rand"), singular and
// plural; the last word alone ("ringgit", "dollar") for the currency that wins it.
const plainWords = new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'));
const nameCandidates = new Map();
/** A name, singular and plural; with `bare`, its last word alone too ("ringgit"). */
const addCurrencyName = (name, code, bare) => {
  const words = name.toLowerCase().replace(/\(.*?\)/g, '').trim().split(/\s+/);
  const last = words[words.length - 1];
  if (!/^[a-z'’]+$/.test(last)) return;
  for (const head of [last, toPlural(last)]) {
    addCandidate(nameCandidates, [...words.slice(0, -1), head].join(' '), code);
    if (bare) addCandidate(nameCandidates, head, code);
  }
};
// ISO writes some names qualifier last ("Pound Sterling", "Rial Omani"): only its one-word names stand alone.
for (const [code, name] of iso) if (name !== code) addCurrencyName(name, code, !name.includes(' '));
for (const c of countries) {
  for (const [code, { name }] of Object.entries(c.currencies ?? {})) {
    if (!iso.has(code) || !name) continue;
    addCurrencyName(name, code, true);
    // "Australian dollars": the national adjective with the currency word.
    const head = name.split(' ').pop();
    for (const d of Object.values(c.demonyms ?? {})) addCurrencyName(`${d.m} ${head}`, code, false);
  }
}
const currencyWords = { ...resolve(nameCandidates), ...EXTRA_CURRENCY_WORDS };
// A currency word that is also an ordinary English word ("won", "real", "rand") is money only after a scale.
const classesOf = (w) => [].concat(lexicon[w] ?? []);
const ambiguousWords = Object.keys(currencyWords).filter((w) => {
  if (w.includes(' ')) return false;
  const tags = classesOf(w);
  const other = tags.some((t) => !/^(Noun|ProperNoun|Singular|Plural|Uncountable|Currency|Unit)$/.test(t));
  return other || (tags.length === 0 && plainWords.has(w) && rank(currencyWords[w]) >= CURRENCY_PRECEDENCE.length);
}).sort();
// An ISO code is money before or after digits unless it spells an English word ("ALL 40", "TOP 10").
const codes = [...iso.keys()].filter((c) => c.length === 3 && (rank(c) < CURRENCY_PRECEDENCE.length ||
  (classesOf(c.toLowerCase()).length === 0 && !plainWords.has(c.toLowerCase())))).sort();

fs.writeFileSync(path.join(out, 'currencies.json'), JSON.stringify({
  codes, symbols: currencySymbols, gluedOnlySymbols, words: currencyWords, ambiguousWords,
}));
console.log(`units: ${units.length} units, ${Object.keys(symbols).length + Object.keys(gluedSymbols).length} symbols, ` +
  `${Object.keys(names).length} names; currencies: ${codes.length} codes, ${Object.keys(currencySymbols).length} symbols, ` +
  `${Object.keys(currencyWords).length} names -> ${path.relative(process.cwd(), out)}`);
