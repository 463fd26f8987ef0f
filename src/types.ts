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

/** Text for `extractStream`: a string, or chunks of it (strings or UTF-8 bytes) from
 *  an (async) iterable such as a Node Readable. */
export type TextSource = string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

export interface ExtractManyOptions extends ExtractOptions {
  /** Worker threads (Node only). 0 or 1: in-process; default: in-process for batches below
   *  8 million characters (each worker first compiles the gazetteers, ≈ 2 s), the number of CPUs above. */
  workers?: number;
}

export interface Extractor {
  /** Entities of `text`. Throws `NerError` E001 when `text` is not a string; texts above
   *  1 MB are processed in windows (bounded memory, one document memory). */
  extract(text: string, options?: ExtractOptions): Entity[];
  /** Entities of a long text given in chunks, with offsets into the concatenated text. */
  extractStream(source: TextSource, options?: ExtractOptions): AsyncGenerator<Entity, void, undefined>;
  /** Entities of many texts, in input order, optionally on worker threads. */
  extractMany(texts: readonly string[], options?: ExtractManyOptions): Promise<Entity[][]>;
  /** Number of gazetteer entries the extractor knows. */
  readonly size: number;
}
