/**
 * The facts of many documents seen whole: who and what they mention, who is quoted most, what
 * the counts add up to, which entities appear together, what failed. Records are folded in one
 * at a time and only aggregates are kept, within documented limits, so memory stays bounded on
 * any number of documents.
 */
import { isErrorRecord, type Count, type OutputRecord } from '../types.js';
import { initialsOf, NameGroups, nameKey, surnameLinks } from './names.js';

export const SUMMARY_LIMITS = {
  /** Distinct names kept per entity type (and distinct speakers); past it the rarest are dropped. */
  names: 100_000,
  /** Distinct entity pairs kept; past it the rarest are dropped. */
  pairs: 200_000,
  /** The most mentioned entities of a document that enter its pairs. */
  entitiesPerDocumentForPairs: 25,
  /** Failed inputs listed (all are counted). */
  failedListed: 1_000,
  /** Pairs reported. */
  pairsReported: 10_000,
  /** Characters of a speaker's sample quote. */
  sampleLength: 100,
} as const;

export type EntityType = 'person' | 'organization' | 'country';

export interface EntitySummary {
  name: string;
  documents: number;
  mentions: number;
  /** Other names merged into this one ("Blair", "UN"). */
  aliases: string[];
  acronym?: string;
  code?: string;
}

export interface SpeakerSummary {
  name: string;
  type: 'person' | 'organization';
  quotes: number;
  documents: number;
  sample: string;
}

export interface TotalSummary {
  kind: string;
  unit: string;
  total: number;
  occurrences: number;
  documents: number;
}

export interface PairSummary {
  a: string;
  aType: EntityType;
  b: string;
  bType: EntityType;
  documents: number;
}

export interface Summary {
  documents: number;
  people: EntitySummary[];
  organizations: EntitySummary[];
  countries: EntitySummary[];
  speakers: SpeakerSummary[];
  totals: TotalSummary[];
  pairs: PairSummary[];
  failed: Array<{ source: string; code: string; message: string }>;
  /** Failed inputs, including any past the listed limit. */
  failedCount: number;
}

interface Tally {
  /** Spellings seen, with the documents each was the entry's name in. */
  forms: Map<string, number>;
  documents: number;
  mentions: number;
  lastDocument: number;
  acronym?: string;
  code?: string;
}

interface SpeakerTally {
  type: 'person' | 'organization';
  key: string;
  forms: Map<string, number>;
  quotes: number;
  documents: number;
  lastDocument: number;
  sample: string;
}

/** Keeps a map within `limit` entries by dropping the half seen in the fewest documents. */
function prune<V>(map: Map<string, V>, limit: number, weight: (v: V) => number): void {
  if (map.size <= limit) return;
  const kept = [...map].sort((a, b) => weight(b[1]) - weight(a[1])).slice(0, Math.floor(limit / 2));
  map.clear();
  for (const [k, v] of kept) map.set(k, v);
}

const byMost = <T>(score: (t: T) => number, name: (t: T) => string) => (a: T, b: T) =>
  score(b) - score(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);

/** Money, counts of things, and their kind; percentages and measurements do not add up. */
function additiveKind(c: Count & { kind?: string }): string | undefined {
  const kind = c.kind ?? (c.unit === 'percent' ? 'percent' : c.unit && /^[A-Z]{3}$/.test(c.unit) ? 'money' : 'count');
  return (kind === 'count' || kind === 'money') && c.unit ? kind : undefined;
}

const mostCommon = (forms: Map<string, number>) => [...forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];

export class SummaryBuilder {
  private documents = 0;
  private readonly entities: Record<EntityType, Map<string, Tally>> = { person: new Map(), organization: new Map(), country: new Map() };
  /** Acronym key -> the name key a document defined it for. */
  private readonly acronyms = new Map<string, string>();
  private readonly speakers = new Map<string, SpeakerTally>();
  private readonly totals = new Map<string, TotalSummary & { lastDocument: number }>();
  private readonly pairs = new Map<string, number>();
  private readonly failed: Summary['failed'] = [];
  private failedCount = 0;

  add(record: OutputRecord): void {
    const doc = this.documents++;
    if (isErrorRecord(record)) {
      this.failedCount++;
      if (this.failed.length < SUMMARY_LIMITS.failedListed) this.failed.push({ source: record.source, ...record.error });
      return;
    }
    const inDocument: Array<{ id: string; mentions: number }> = [];
    const tally = (type: EntityType, key: string, name: string, mentions: number, extra: { acronym?: string; code?: string } = {}) => {
      if (!key) return;
      const map = this.entities[type];
      let t = map.get(key);
      if (!t) map.set(key, (t = { forms: new Map(), documents: 0, mentions: 0, lastDocument: -1 }));
      if (t.lastDocument !== doc) {
        t.documents++;
        t.lastDocument = doc;
        inDocument.push({ id: `${type}\u0000${key}`, mentions });
      }
      t.mentions += mentions;
      if (t.forms.size < 8 || t.forms.has(name)) t.forms.set(name, (t.forms.get(name) ?? 0) + 1);
      t.acronym ??= extra.acronym;
      t.code ??= extra.code;
    };
    // A surname alone beside the full name in the same record is the same person glean did not merge.
    const lastWords = new Set(record.people.map((p) => nameKey(p.name, 'person').split(' ')).filter((w) => w.length > 1).map((w) => w[w.length - 1]));
    for (const p of record.people) {
      const key = nameKey(p.name, 'person');
      if (!key.includes(' ') && lastWords.has(key)) continue;
      tally('person', key, p.name, p.mentions.length);
    }
    for (const o of record.organizations) {
      const key = nameKey(o.name, 'organization');
      tally('organization', key, o.name, o.mentions.length, { acronym: o.acronym });
      if (o.acronym && this.acronyms.size < SUMMARY_LIMITS.names) this.acronyms.set(nameKey(o.acronym, 'organization'), key);
    }
    for (const c of record.countries) tally('country', c.code, c.name, c.mentions.length, { code: c.code });
    const organizationNames = new Set(record.organizations.map((o) => o.name));
    for (const q of record.quotes) {
      if (q.speaker) this.addQuote(organizationNames.has(q.speaker) ? 'organization' : 'person', q.speaker, q.text, doc);
    }
    for (const c of record.counts) this.addCount(c, doc);
    this.addPairs(inDocument);
    for (const map of Object.values(this.entities)) prune(map, SUMMARY_LIMITS.names, (t) => t.documents);
  }

  private addQuote(type: 'person' | 'organization', speaker: string, text: string, doc: number): void {
    const key = nameKey(speaker, type);
    let s = this.speakers.get(`${type}\u0000${key}`);
    if (!s) {
      const sample = text.length > SUMMARY_LIMITS.sampleLength ? `${text.slice(0, SUMMARY_LIMITS.sampleLength - 1).trimEnd()}…` : text;
      this.speakers.set(`${type}\u0000${key}`, (s = { type, key, forms: new Map(), quotes: 0, documents: 0, lastDocument: -1, sample }));
      prune(this.speakers, SUMMARY_LIMITS.names, (t) => t.quotes);
    }
    s.quotes++;
    if (s.forms.size < 8 || s.forms.has(speaker)) s.forms.set(speaker, (s.forms.get(speaker) ?? 0) + 1);
    if (s.lastDocument !== doc) {
      s.documents++;
      s.lastDocument = doc;
    }
  }

  private addCount(c: Count, doc: number): void {
    const kind = additiveKind(c);
    if (!kind || !Number.isFinite(c.value)) return;
    const key = `${kind}\u0000${c.unit}`;
    let t = this.totals.get(key);
    if (!t) this.totals.set(key, (t = { kind, unit: c.unit!, total: 0, occurrences: 0, documents: 0, lastDocument: -1 }));
    t.total += c.value;
    t.occurrences++;
    if (t.lastDocument !== doc) {
      t.documents++;
      t.lastDocument = doc;
    }
  }

  private addPairs(inDocument: Array<{ id: string; mentions: number }>): void {
    const ids = inDocument.sort((a, b) => b.mentions - a.mentions).slice(0, SUMMARY_LIMITS.entitiesPerDocumentForPairs).map((e) => e.id).sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0001${ids[j]}`;
        this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
      }
    }
    prune(this.pairs, SUMMARY_LIMITS.pairs, (n) => n);
  }

  /** The summary so far: names merged across documents, everything ranked. */
  result(): Summary {
    const groups = { person: this.groupPeople(), organization: this.groupOrganizations() };
    const canonical = (type: EntityType, key: string) => (type === 'country' ? key : groups[type].find(key));
    const merged = (type: EntityType) => this.merge(type, (key) => canonical(type, key));
    const people = merged('person'), organizations = merged('organization'), countries = merged('country');
    const display = { person: people.names, organization: organizations.names, country: countries.names };

    const speakers = new Map<string, SpeakerSummary>();
    for (const { type, key, ...s } of this.speakers.values()) {
      const name = display[type].get(canonical(type, key)) ?? mostCommon(s.forms);
      const into = speakers.get(`${type}\u0000${name}`);
      if (into) {
        into.quotes += s.quotes;
        into.documents += s.documents;
      } else speakers.set(`${type}\u0000${name}`, { name, type, quotes: s.quotes, documents: s.documents, sample: s.sample });
    }

    const pairs = new Map<string, PairSummary>();
    for (const [key, documents] of this.pairs) {
      const [a, b] = key.split('\u0001').map((id) => {
        const [type, k] = id.split('\u0000') as [EntityType, string];
        return { type, name: display[type].get(canonical(type, k)) };
      });
      if (!a!.name || !b!.name || (a!.type === b!.type && a!.name === b!.name)) continue;
      const [x, y] = [a!, b!].sort((p, q) => (`${p.type} ${p.name}` < `${q.type} ${q.name}` ? -1 : 1));
      const id = `${x!.type}\u0000${x!.name}\u0001${y!.type}\u0000${y!.name}`;
      const pair = pairs.get(id);
      if (pair) pair.documents += documents;
      else pairs.set(id, { a: x!.name!, aType: x!.type, b: y!.name!, bType: y!.type, documents });
    }

    return {
      documents: this.documents,
      people: people.list,
      organizations: organizations.list,
      countries: countries.list,
      speakers: [...speakers.values()].sort(byMost((s) => s.quotes, (s) => s.name)),
      totals: [...this.totals.values()].map(({ lastDocument: _, ...t }) => t).sort(byMost((t) => t.documents, (t) => `${t.kind} ${t.unit}`)),
      pairs: [...pairs.values()].sort(byMost((p) => p.documents, (p) => `${p.a} ${p.b}`)).slice(0, SUMMARY_LIMITS.pairsReported),
      failed: this.failed,
      failedCount: this.failedCount,
    };
  }

  private documentsOf(type: EntityType) {
    const map = this.entities[type];
    return (key: string) => map.get(key)?.documents ?? 0;
  }

  private groupPeople(): NameGroups {
    const documents = this.documentsOf('person');
    const groups = new NameGroups((a, b) => a.split(' ').length > b.split(' ').length || (a.split(' ').length === b.split(' ').length && documents(a) >= documents(b)));
    for (const [short, full] of surnameLinks(this.entities.person.keys(), documents)) groups.union(short, full);
    return groups;
  }

  private groupOrganizations(): NameGroups {
    const map = this.entities.organization;
    const documents = this.documentsOf('organization');
    const groups = new NameGroups((a, b) => a.length > b.length || (a.length === b.length && documents(a) >= documents(b)));
    for (const [acronym, full] of this.acronyms) if (map.has(acronym) && map.has(full)) groups.union(acronym, full);
    // An acronym no document defined joins the one name whose initials it is.
    const byInitials = new Map<string, string[]>();
    for (const key of map.keys()) {
      const initials = initialsOf(key);
      if (initials) byInitials.set(initials, [...(byInitials.get(initials) ?? []), key]);
    }
    for (const key of map.keys()) {
      const names = !key.includes(' ') ? byInitials.get(key) : undefined;
      if (names?.length === 1 && !this.acronyms.has(key)) groups.union(key, names[0]!);
    }
    return groups;
  }

  /** Folds every key into its group's representative; returns the ranked list and key -> display name. */
  private merge(type: EntityType, canonical: (key: string) => string) {
    const byRoot = new Map<string, { tallies: Tally[]; keys: string[] }>();
    for (const [key, t] of this.entities[type]) {
      const root = canonical(key);
      const group = byRoot.get(root) ?? { tallies: [], keys: [] };
      group.tallies.push(t);
      group.keys.push(key);
      byRoot.set(root, group);
    }
    const names = new Map<string, string>();
    const list: EntitySummary[] = [];
    for (const [root, { tallies }] of byRoot) {
      const head = this.entities[type].get(root) ?? tallies[0]!;
      const name = mostCommon(head.forms);
      names.set(root, name);
      const aliases = [...new Set(tallies.filter((t) => t !== head).map((t) => mostCommon(t.forms)))].sort();
      const entry: EntitySummary = {
        name,
        documents: tallies.reduce((n, t) => n + t.documents, 0),
        mentions: tallies.reduce((n, t) => n + t.mentions, 0),
        aliases,
      };
      const acronym = tallies.map((t) => t.acronym).find(Boolean);
      if (acronym) entry.acronym = acronym;
      if (head.code) entry.code = head.code;
      list.push(entry);
    }
    return { list: list.sort(byMost((e) => e.documents * 1e9 + e.mentions, (e) => e.name)), names };
  }
}
