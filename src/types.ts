/** The record contract of ../shared/SPEC.md (schema version 1). Offsets are code points. */

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Person {
  name: string;
  title?: string;
  affiliation?: string;
  /** Wikidata item of the person, when glean's knowledge names them. */
  wikidata?: string;
  /** The id the user's lexicon gives. */
  id?: string;
  mentions: Mention[];
}

export interface Organization {
  name: string;
  acronym?: string;
  /** Wikidata item of the organization, when glean's knowledge names it. */
  wikidata?: string;
  /** The id the user's lexicon gives. */
  id?: string;
  mentions: Mention[];
}

export interface Country {
  name: string;
  code: string;
  mentions: Mention[];
}

export interface Count extends Mention {
  value: number;
  max?: number;
  unit: string | null;
  modifier: string | null;
  approximate: boolean;
}

export interface Quote extends Mention {
  speaker: string | null;
  verb: string | null;
}

/** The five lists of facts a document record has, in record order. */
export const FACT_FIELDS = ['people', 'organizations', 'countries', 'counts', 'quotes'] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export interface DocumentRecord {
  source: string;
  chars: number;
  people: Person[];
  organizations: Organization[];
  countries: Country[];
  counts: Count[];
  quotes: Quote[];
  /** The analysed text, with --with-text (and in the HTML report). */
  text?: string;
}

export interface ErrorRecord {
  source: string;
  error: { code: string; message: string };
}

export type OutputRecord = DocumentRecord | ErrorRecord;

export const isErrorRecord = (r: OutputRecord): r is ErrorRecord => 'error' in r;
