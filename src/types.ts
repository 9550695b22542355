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

export interface Count extends Mention {
  value: number;
  max?: number;
  unit: string | null;
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

export interface DocumentRecord {
  source: string;
  chars: number;
  people: Person[];
  organizations: Organization[];
  countries: Country[];
  counts: Count[];
  quotes: Quote[];
}

export interface ErrorRecord {
  source: string;
  error: { code: string; message: string };
}

export type OutputRecord = DocumentRecord | ErrorRecord;

export const isErrorRecord = (r: OutputRecord): r is ErrorRecord => 'error' in r;
