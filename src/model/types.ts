import type { Derivation, EntityType, GazetteerEntry } from '../types.js';

/** Supporting word lists for morphology and context rules (dictionaries/lexicon). */
export interface Lexicon {
  /** Ordinary German nouns (capitalised in running text), lower-cased. */
  common: string[];
  /** Other ordinary words (function words, verbs, adjectives): capitalised only at a sentence start. */
  lower: string[];
  firstNames: string[];
  /** Role words before a person's name (Präsident, Sprecherin, Trainer …). */
  personTitles: string[];
  /** Heads of organisation names (Partei, Ministerium, Verband, Universität …). */
  orgHeads: string[];
  /** Legal forms after company names (GmbH, AG, SE, e.V. …). */
  legalForms: string[];
  /** Prepositions and nouns that announce a place (in, nach, aus, Stadt …). */
  locationCues: string[];
  /** Names that are also ordinary words, with the rule that lets them fire. */
  ambiguous: Array<[string, AmbiguityRule]>;
  /** Frequent English words (lower case): imported towns, surnames and lone first names spelt like one need more evidence. */
  english?: string[];
}

/** `place`: needs a place preposition before it; `article`: needs an article
 *  before it and not sentence-initial; `never`: only inside longer names;
 *  `initial`: fires except at a sentence start (the name is also a verb or
 *  adjective form, which is capitalised only there); `bare`: a bulk-imported
 *  town name, which must not follow an article or adjective (place names
 *  take none: "der Lauf" is not the town Lauf). */
export type AmbiguityRule = 'place' | 'article' | 'never' | 'initial' | 'bare';

export interface DictionaryData {
  entries: GazetteerEntry[];
  /** Set when `entries` are already merged by id (ids unique): id → index. */
  byId?: Map<string, number>;
  derivations: Derivation[];
  lexicon: Lexicon;
  /** For `dictionaries --stats`: source file of each entry (parallel to entries). */
  sources?: string[];
}

/** One way to write one entry. */
export interface NameHit {
  entry: number;
  /** The alias pieces as written, joined by single spaces (pieces never contain one), for the case check. */
  written: string;
  /** Needs context to fire (the name is also an ordinary word). */
  rule?: AmbiguityRule;
  /** Generated declension of an adjective in a multi-word name. */
  declined?: boolean;
}

/** Names by key (folded pieces joined by a space): the read side of a Map<string, NameHit[]>. */
export interface NameTable {
  /** The hits of a key, in insertion order; undefined when there are none. */
  get(key: string): NameHit[] | undefined;
  has(key: string): boolean;
  readonly size: number;
  /** Keys by integer id, for the gazetteer's multi-piece walk (see name-index.ts):
   *  the id of a key or of a piece of one (-1: none). */
  keyOf(key: string): number;
  /** The id of key `node` + " " + piece `piece` if that begins or is a multi-piece key, else -1. */
  step(node: number, piece: number): number;
  /** The edges of piece id `piece` are the range pieceFrom(piece) ≤ k < pieceTo(piece) (empty for -1); stepIn(node, from, to) is step(node, piece). */
  pieceFrom(piece: number): number;
  pieceTo(piece: number): number;
  stepIn(node: number, from: number, to: number): number;
  /** Is key `id` a proper beginning of a multi-piece key? */
  isFollowed(id: number): boolean;
  /** `get` by id. */
  hitsAt(id: number): NameHit[] | undefined;
}

export interface DerivationHit {
  entry: number;
  /** adjective (russische) or inhabitant noun (Russen, Berliner). */
  form: 'adj' | 'inh';
}

/** Everything the matchers need to know about one written form, computed once per model. */
export interface WordInfo {
  f: string;
  /** Names that are exactly this one piece. */
  hits: NameHit[] | undefined;
  /** This piece begins some longer name (the walk over multi-piece keys starts here). */
  followed: boolean;
  /** Genitive readings: Putins → putin. */
  stems: string[];
  derivation: DerivationHit | undefined;
  /** Context-rule trigger bits of this written form; -1 until first computed (candidates/context/triggers.ts). */
  triggers: number;
  /** Could this word be (part of) an unknown name? Set on first use (candidates/context/words.ts). */
  nameLike?: boolean;
}

export interface Model {
  /** The merged entries (built-in first, then the caller's), column by column. */
  entries: import('./entry-table.js').EntryTable;
  /** Folded pieces joined by a space → hits (flat storage, see name-index.ts). */
  names: NameTable;
  /** Lower-cased (not folded) single-piece names usable as compound heads (Russland → Russlandreise). */
  compoundHeads: Map<string, number>;
  derivations: Map<string, DerivationHit>;
  /** Ordinary nouns (folded). */
  common: Set<string>;
  /** Other ordinary words (folded). */
  lower: Set<string>;
  firstNames: Set<string>;
  personTitles: Set<string>;
  orgHeads: Set<string>;
  legalForms: Set<string>;
  locationCues: Set<string>;
  /** Frequent English words, folded (Hook, Spring, Young, Line). */
  english: Set<string>;
  /** Per-word results of the matchers (see memo.ts). */
  memo: {
    compound: import('./memo.js').WordMemo<{ entry: number; tail: string; linker: string } | null>;
    fuzzy: import('./memo.js').WordMemo<Array<{ word: string; edits: number }>>;
    words: import('./memo.js').WordMemo<WordInfo>;
  };
  /** Folded capitalised name pieces of curated, unambiguous names: what fuzzy matching may correct to. */
  fuzzyVocabulary: Set<string>;
  /** Built on first fuzzy lookup (see getFuzzyIndex). */
  fuzzy?: import('./fuzzy-index.js').FuzzyIndex;
}
