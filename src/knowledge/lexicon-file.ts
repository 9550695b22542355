/**
 * The user's own names (`--lexicon FILE`), in TSV or JSON Lines, validated line by line:
 *   TSV:        name<TAB>type[<TAB>aliases separated by |[<TAB>id]]     (# starts a comment line)
 *   JSON Lines: {"name": ..., "type": ..., "aliases"?: [...], "id"?: ...}
 * `type` is person, organization (or organization/company, /band, /club, /media, /government,
 * /party, /ngo, /igo), country (its ISO 3166-1 alpha-2 code as id), product or event (names
 * that are never an organization). The built-in curated data file uses the same TSV format.
 */
import { ENTRY_TYPES, type EntryType } from './types.js';

export interface LexiconEntry {
  name: string;
  type: EntryType;
  aliases: string[];
  id?: string;
}

/** A bad line: the message is `FILE:LINE: reason`. */
export class LexiconError extends Error {
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
  }
}

const ORG_SUBTYPES = new Set<EntryType>(['company', 'band', 'club', 'media', 'government', 'party', 'ngo', 'igo']);
const TYPE_LIST = 'person, organization[/company|band|club|media|government|party|ngo|igo], country, product or event';
const JSON_FIELDS = new Set(['name', 'type', 'aliases', 'id']);

/** "organization/club" -> "club"; undefined for an unknown type. */
function entryType(written: string): EntryType | undefined {
  const [head, sub, ...rest] = written.trim().toLowerCase().split('/');
  if (rest.length) return undefined;
  if (head === 'organization' || head === 'organisation') {
    if (sub === undefined) return 'organization';
    return ORG_SUBTYPES.has(sub as EntryType) ? (sub as EntryType) : undefined;
  }
  return sub === undefined && (ENTRY_TYPES as readonly string[]).includes(head!) && !ORG_SUBTYPES.has(head as EntryType) ? (head as EntryType) : undefined;
}

function validated(name: unknown, type: unknown, aliases: unknown, id: unknown, fail: (reason: string) => never): LexiconEntry {
  if (typeof name !== 'string' || !name.trim()) fail('the name is empty');
  if (typeof type !== 'string') fail(`no type (one of ${TYPE_LIST})`);
  const t = entryType(type);
  if (!t) fail(`unknown type "${type}" (one of ${TYPE_LIST})`);
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || !a.trim())) fail('aliases must be non-empty names');
  if (id !== undefined && (typeof id !== 'string' || !id.trim() || /\s/.test(id.trim()))) fail('the id must be one word');
  const code = typeof id === 'string' ? id.trim() : undefined;
  if (t === 'country' && !/^[A-Z]{2}$/.test(code ?? '')) fail('a country needs its ISO 3166-1 alpha-2 code as id (e.g. FR)');
  const entry: LexiconEntry = { name: name.trim(), type: t, aliases: aliases.map((a: string) => a.trim()) };
  if (code) entry.id = code;
  return entry;
}

function tsvLine(line: string, fail: (reason: string) => never): LexiconEntry {
  const fields = line.split('\t');
  if (fields.length < 2) fail('expected name<TAB>type[<TAB>aliases[<TAB>id]]');
  if (fields.length > 4) fail(`expected at most 4 tab-separated fields, found ${fields.length}`);
  const [name, type, aliases = '', id] = fields;
  const list = aliases.trim() ? aliases.split('|') : [];
  return validated(name, type, list, id?.trim() ? id : undefined, fail);
}

function jsonLine(line: string, fail: (reason: string) => never): LexiconEntry {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    fail('not valid JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('expected a JSON object');
  const o = value as Record<string, unknown>;
  const unknown = Object.keys(o).find((k) => !JSON_FIELDS.has(k));
  if (unknown) fail(`unknown field "${unknown}" (name, type, aliases, id)`);
  return validated(o.name, o.type, o.aliases ?? [], o.id, fail);
}

/** Parses one lexicon file's text; throws LexiconError at the first bad line. */
export function parseLexicon(text: string, file: string): LexiconEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const firstData = lines.find((l) => l.trim() && !l.startsWith('#'));
  const json = firstData?.trimStart().startsWith('{') ?? false;
  const entries: LexiconEntry[] = [];
  lines.forEach((line, i) => {
    if (!line.trim() || (!json && line.startsWith('#'))) return;
    const fail = (reason: string): never => { throw new LexiconError(file, i + 1, reason); };
    entries.push(json ? jsonLine(line, fail) : tsvLine(line, fail));
  });
  return entries;
}
