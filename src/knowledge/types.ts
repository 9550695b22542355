/** What a known name names. */
export const ENTRY_TYPES = [
  'person', 'organization', 'company', 'band', 'club', 'media', 'government', 'party', 'ngo', 'igo', 'product', 'event', 'country',
] as const;

export type EntryType = (typeof ENTRY_TYPES)[number];

/** A name found in the knowledge or the user's lexicon. */
export interface KnownEntry {
  type: EntryType;
  /** The canonical name (aliases of one entry share it). */
  name: string;
  /** Wikidata item ("Q95") when the source gives one. */
  wikidata?: string;
  /** The id the user's lexicon gives (for a country, its ISO code). */
  id?: string;
  /** Also a common word, a given name, a surname or a place: counts only with a cue. */
  ambiguous: boolean;
  /** Why it is ambiguous: common, name, person, place, short, local (a foreign chain or club's one word), conflict. */
  ambiguity?: string;
  /** From the user's lexicon. */
  user?: boolean;
}

/** Person, organization, country, or a thing (product, event) that is none of them. */
export type EntryKind = 'person' | 'org' | 'country' | 'thing';

export const kindOf = (type: EntryType): EntryKind =>
  type === 'person' ? 'person' : type === 'country' ? 'country' : type === 'product' || type === 'event' ? 'thing' : 'org';
