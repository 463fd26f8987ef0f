import type { Model } from './types.js';
import { colognePhonetic } from './phonetic.js';

/** Shortest word that may be corrected; shorter names are too easy to hit by chance. */
export const FUZZY_MIN_LENGTH = 5;

/** One word, or several on a collision (most keys hold one word: no array allocated). */
export type Bucket = string | string[];

export interface FuzzyIndex {
  /** Word and each of its one-letter deletions → vocabulary words. */
  deletions: Map<string, Bucket>;
  /** Kölner Phonetik key → vocabulary words. */
  phonetic: Map<string, Bucket>;
  size: number;
}

function push(map: Map<string, Bucket>, key: string, word: string): void {
  const b = map.get(key);
  if (b === undefined) map.set(key, word);
  else if (typeof b === 'string') { if (b !== word) map.set(key, [b, word]); }
  else if (b[b.length - 1] !== word) b.push(word);
}

/** The words of a bucket, for iteration. */
export function bucketWords(b: Bucket | undefined): readonly string[] {
  return b === undefined ? [] : typeof b === 'string' ? [b] : b;
}

/** May this written piece of a name be a fuzzy-matching target? (called by the compiler) */
export function isFuzzyTarget(model: Model, folded: string, written: string): boolean {
  return folded.length >= FUZZY_MIN_LENGTH && /^[a-z]+$/.test(folded) && /^\p{Lu}/u.test(written) && !model.common.has(folded) && !model.lower.has(folded);
}

/**
 * Candidate index for fuzzy matching: a deletion neighbourhood (SymSpell-style,
 * distance 1) plus phonetic keys over the capitalised name pieces of curated
 * entries. Lookups cost a few map reads, independent of the gazetteer's size.
 */
export function buildFuzzyIndex(model: Model): FuzzyIndex {
  const vocab = model.fuzzyVocabulary;
  const deletions = new Map<string, Bucket>();
  const phonetic = new Map<string, Bucket>();
  for (const w of vocab) {
    push(deletions, w, w);
    for (let i = 0; i < w.length; i++) push(deletions, w.slice(0, i) + w.slice(i + 1), w);
    push(phonetic, colognePhonetic(w), w);
  }
  return { deletions, phonetic, size: vocab.size };
}


/** The model's fuzzy index, built once on first use. */
export function getFuzzyIndex(model: Model): FuzzyIndex {
  return (model.fuzzy ??= buildFuzzyIndex(model));
}
