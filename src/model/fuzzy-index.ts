import type { Model } from './types.js';
import { colognePhonetic } from './phonetic.js';

/** Shortest word that may be corrected; shorter names are too easy to hit by chance. */
export const FUZZY_MIN_LENGTH = 5;

export interface FuzzyIndex {
  /** Word and each of its one-letter deletions → vocabulary words. */
  deletions: Map<string, string[]>;
  /** Kölner Phonetik key → vocabulary words. */
  phonetic: Map<string, string[]>;
  size: number;
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [word]);
  else if (list[list.length - 1] !== word) list.push(word);
}

/**
 * Candidate index for fuzzy matching: a deletion neighbourhood (SymSpell-style,
 * distance 1) plus phonetic keys over the capitalised name pieces of curated
 * entries. Lookups cost a few map reads, independent of the gazetteer's size.
 */
export function buildFuzzyIndex(model: Model): FuzzyIndex {
  const vocab = new Set<string>();
  for (const [key, hits] of model.names) {
    if (hits.every((h) => model.entries[h.entry]!.weak || h.rule || h.declined)) continue;
    const pieces = key.split(' ');
    const written = hits[0]!.pieces;
    pieces.forEach((p, i) => {
      if (p.length >= FUZZY_MIN_LENGTH && /^\p{Lu}/u.test(written[i] ?? '') && !model.common.has(p) && !model.lower.has(p) && /^[a-z]+$/.test(p)) vocab.add(p);
    });
  }
  const deletions = new Map<string, string[]>();
  const phonetic = new Map<string, string[]>();
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
