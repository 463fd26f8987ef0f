/** Entity types, as in GermEval 2014 (OTH is called MISC here). */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** `name`: the name itself; `deriv`: a word derived from a name ("russische",
 *  "Berliner"); `part`: a compound containing a name ("Russland-Reise"). */
export type EntityKind = 'name' | 'deriv' | 'part';

/** How an entity was found. */
export type EntitySource =
  | 'gazetteer'
  | 'derivation'
  | 'compound'
  | 'fuzzy'
  | 'context'
  | 'memory';

export interface Entity {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset one past the last character: `text.slice(start, end) === entity.text`. */
  end: number;
  text: string;
  type: EntityType;
  kind: EntityKind;
  /** Gazetteer entry id (or a document-local id `doc:…` for names found by context). */
  id?: string;
  /** Canonical name of the gazetteer entry. */
  canonical?: string;
  /** Confidence in 0..1. */
  score: number;
  source: EntitySource;
  /** Human-readable evidence; only with `explain: true`. */
  evidence?: string[];
}

/** A gazetteer entry, as in `dictionaries/FORMAT.md`. */
export interface GazetteerEntry {
  id: string;
  type: EntityType;
  canonical: string;
  aliases?: string[];
  country?: string;
  category?: string;
}

/** Words derived from an entry: adjective stems and inhabitant nouns. */
export interface Derivation {
  target: string;
  adjectives: string[];
  inhabitants: string[];
}

export interface ExtractOptions {
  /** Also return overlapping candidates (default false). */
  nested?: boolean;
  /** Attach `evidence` to every entity (default false). */
  explain?: boolean;
  /** Fuzzy matching of misspelt and transliterated names (default true). */
  fuzzy?: boolean;
  /** Context rules for names no gazetteer lists (default true). */
  context?: boolean;
  /** Drop entities scoring below this (default 0). */
  minScore?: number;
}

export interface ExtractorOptions extends ExtractOptions {
  /** Use the built-in gazetteers (default true). */
  builtin?: boolean;
  /** Extra gazetteer entries; on the same id they replace built-in ones. */
  entries?: GazetteerEntry[];
  /** Extra derivations. */
  derivations?: Derivation[];
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): Entity[];
  /** Number of gazetteer entries the extractor knows. */
  readonly size: number;
}
