import type { EntityKind, EntitySource, EntityType } from '../types.js';
import type { TokenizedDoc } from '../tokenize/types.js';
import type { AmbiguityRule, Model, WordInfo } from '../model/types.js';

/** One word piece: a token, or one part of a hyphenated compound. */
export interface Piece {
  text: string;
  /** Folded form for lookups. */
  f: string;
  /** What the gazetteer knows about this written form (shared, cached per model). */
  info: WordInfo;
  token: number;
  /** First / last piece of its token. */
  first: boolean;
  last: boolean;
}

/** A document prepared for the matchers. */
export interface DocView {
  doc: TokenizedDoc;
  model: Model;
  pieces: Piece[];
  /** Index of each token's first piece. */
  tokenPiece: Int32Array;
  fold: (word: string) => string;
  /** Build evidence strings (explain mode); skipped otherwise, they cost time. */
  explain: boolean;
  /** Each piece's WordFacts.gazFlags, copied when the view was made (set bits mean "nothing
   *  for this word" and stay true; an unset one means "ask the word's facts"), so later stages
   *  skip such words without loading their facts. Undefined in fuzzy's correction windows. */
  flags: Uint8Array | undefined;
}

/** A candidate entity, before resolution. Token range is [startToken, endToken). */
export interface Mention {
  startToken: number;
  endToken: number;
  start: number;
  end: number;
  type: EntityType;
  kind: EntityKind;
  entry?: number;
  score: number;
  source: EntitySource;
  /** Pieces covered by the evidence (ranks a full-name match over a part). */
  coverage: number;
  /** Needs context or document memory before it may fire. */
  rule?: AmbiguityRule;
  /** Further entries listed under the same name with the same type and strength (40 people
   *  called Thomas Müller): they tie with `entry` on every count and come after it, so they
   *  could never win and are no candidates of their own; the ambiguity rules still count
   *  them as found (read-only, shared by the word's mentions). */
  alts?: number[];
  evidence: string[];
  /** Document-local identity for names no gazetteer lists (`doc:per:matsegora`). */
  docId?: string;
  canonical?: string;
}
