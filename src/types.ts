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
  mentions: Mention[];
  /** The id of the rule that decided the fact (internal: only shown with --explain). */
  rule?: string;
}

export interface Organization {
  name: string;
  acronym?: string;
  mentions: Mention[];
  /** The id of the rule that decided the fact (internal: only shown with --explain). */
  rule?: string;
}

export interface Country {
  name: string;
  code: string;
  mentions: Mention[];
  /** The id of the rule that decided the fact (internal: only shown with --explain). */
  rule?: string;
}

/** What a count measures: things counted, money, a percentage, or a physical quantity. */
export type CountKind = 'count' | 'money' | 'percent' | 'measure';

export interface Count extends Mention {
  value: number;
  max?: number;
  /** The counted noun (singular), an ISO 4217 code, "percent", or a unit's singular name. */
  unit: string | null;
  kind: CountKind;
  modifier: string | null;
  approximate: boolean;
  /** The id of the rule that decided the count (internal: only shown with --explain). */
  rule?: string;
}

export interface Quote extends Mention {
  speaker: string | null;
  verb: string | null;
  /** The id of the rule that decided the speaker (internal: only shown with --explain). */
  rule?: string;
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
  /** Short notes on how the input was read, e.g. invalid UTF-8 bytes replaced. */
  warnings?: string[];
}

export interface ErrorRecord {
  source: string;
  error: { code: string; message: string };
}

export type OutputRecord = DocumentRecord | ErrorRecord;

export const isErrorRecord = (r: OutputRecord): r is ErrorRecord => 'error' in r;
