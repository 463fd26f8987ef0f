import type { Model } from './types.js';
import { colognePhonetic } from './phonetic.js';
import { B, hashString as hash, mix } from './hash.js';

/** Shortest word that may be corrected; shorter names are too easy to hit by chance. */
export const FUZZY_MIN_LENGTH = 5;

/** One word, or several on a collision (most keys hold one word: no array allocated). */
export type Bucket = string | string[];

/** Read side of a Map<string, Bucket>. */
export interface BucketMap {
  get(key: string): Bucket | undefined;
}

export interface FuzzyIndex {
  /** Word and each of its one-letter deletions → vocabulary words (in vocabulary order). */
  deletions: BucketMap;
  /** Kölner Phonetik key → vocabulary words (in vocabulary order). */
  phonetic: BucketMap;
  size: number;
}

/** The words of a bucket, for iteration. */
export function bucketWords(b: Bucket | undefined): readonly string[] {
  return b === undefined ? [] : typeof b === 'string' ? [b] : b;
}

/** May this written piece of a name be a fuzzy-matching target? (called by the compiler) */
export function isFuzzyTarget(model: Model, folded: string, written: string): boolean {
  if (folded.length < FUZZY_MIN_LENGTH) return false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c < 97 || c > 122) return false; // [a-z] only
  }
  const c0 = written.charCodeAt(0);
  const upper = c0 >= 65 && c0 <= 90 ? true : c0 >= 97 && c0 <= 122 ? false : /^\p{Lu}/u.test(written);
  return upper && !model.common.has(folded) && !model.lower.has(folded);
}

/**
 * Calls `emit` with the hash of `w` and of each of its one-letter deletions
 * (equal to `hash` of the shorter string), in O(length): the polynomial hash of
 * w without letter i is prefix(0..i) · B^(n-1-i) + suffix(i+1..n).
 */
function deletionHashes(w: string, suffix: Int32Array, powers: Int32Array, emit: (h: number) => void): void {
  const n = w.length;
  suffix[n] = 0;
  let p = 1;
  for (let j = n - 1; j >= 0; j--) {
    suffix[j] = (Math.imul(w.charCodeAt(j), p) + suffix[j + 1]!) | 0;
    p = Math.imul(p, B);
  }
  emit(mix(suffix[0]!));
  let prefix = 0;
  for (let i = 0; i < n; i++) {
    // Doubled letters give the same deletion twice ("anna" → "ana"): keep one.
    if (i === 0 || w.charCodeAt(i) !== w.charCodeAt(i - 1)) emit(mix((Math.imul(prefix, powers[n - 1 - i]!) + suffix[i + 1]!) | 0));
    prefix = (Math.imul(prefix, B) + w.charCodeAt(i)) | 0;
  }
}

/** Is `k` the word `w`, or `w` with one letter deleted? */
function isSelfOrDeletion(k: string, w: string): boolean {
  if (w.length === k.length) return w === k;
  if (w.length !== k.length + 1) return false;
  let i = 0;
  while (i < k.length && k.charCodeAt(i) === w.charCodeAt(i)) i++;
  for (; i < k.length; i++) if (k.charCodeAt(i) !== w.charCodeAt(i + 1)) return false;
  return true;
}

function toBucket(vocab: readonly string[], ids: number[]): Bucket | undefined {
  if (ids.length === 0) return undefined;
  if (ids.length === 1) return vocab[ids[0]!]!;
  return ids.map((id) => vocab[id]!);
}

/**
 * The deletion neighbourhood of the vocabulary (SymSpell, distance 1) as a hash
 * table in typed arrays: (hash of the deleted form, word id) pairs grouped by
 * hash bucket. No string is made per deletion; a lookup hashes the key, reads
 * one bucket and checks the few words it names, so it costs the same for any
 * vocabulary size, and the table adds nothing for the garbage collector to trace.
 */
class DeletionTable implements BucketMap {
  private readonly mask: number;
  private readonly start: Int32Array;
  private readonly hashes: Int32Array;
  private readonly ids: Int32Array;

  constructor(private readonly vocab: readonly string[]) {
    let n = 0;
    for (const w of vocab) n += w.length + 1;
    const pairHash = new Int32Array(n);
    const pairId = new Int32Array(n);
    let m = 0;
    let maxLength = 0;
    for (const w of vocab) maxLength = Math.max(maxLength, w.length);
    const suffix = new Int32Array(maxLength + 1);
    const powers = new Int32Array(maxLength + 1);
    powers[0] = 1;
    for (let k = 1; k <= maxLength; k++) powers[k] = Math.imul(powers[k - 1]!, B);
    let id = 0;
    const emit = (h: number) => {
      pairHash[m] = h;
      pairId[m] = id;
      m++;
    };
    for (; id < vocab.length; id++) deletionHashes(vocab[id]!, suffix, powers, emit);
    let size = 1;
    while (size < m) size *= 2;
    this.mask = size - 1;
    // Counting sort by bucket, stable: within a bucket, word ids ascend.
    const start = new Int32Array(size + 1);
    for (let i = 0; i < m; i++) start[(pairHash[i]! & this.mask) + 1]!++;
    for (let b = 0; b < size; b++) start[b + 1]! += start[b]!;
    const fill = start.slice(0, size);
    this.hashes = new Int32Array(m);
    this.ids = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const at = fill[pairHash[i]! & this.mask]!++;
      this.hashes[at] = pairHash[i]!;
      this.ids[at] = pairId[i]!;
    }
    this.start = start;
  }

  /** Vocabulary words that are `key` or have `key` as a one-letter deletion, in vocabulary order. */
  get(key: string): Bucket | undefined {
    const h = hash(key);
    const b = h & this.mask;
    const end = this.start[b + 1]!;
    let found: number[] | undefined;
    let last = -1;
    for (let i = this.start[b]!; i < end; i++) {
      if (this.hashes[i] !== h) continue;
      const id = this.ids[i]!;
      if (id === last) continue;
      last = id;
      if (isSelfOrDeletion(key, this.vocab[id]!)) (found ??= []).push(id);
    }
    return found && toBucket(this.vocab, found);
  }
}

/** Phonetic key → word ids, grouped in typed arrays. */
class PhoneticTable implements BucketMap {
  private readonly groups = new Map<string, number>();
  private readonly start: Int32Array;
  private readonly ids: Int32Array;

  constructor(private readonly vocab: readonly string[]) {
    const groupOf = new Int32Array(vocab.length);
    for (let id = 0; id < vocab.length; id++) {
      const key = colognePhonetic(vocab[id]!);
      let g = this.groups.get(key);
      if (g === undefined) this.groups.set(key, (g = this.groups.size));
      groupOf[id] = g;
    }
    const start = new Int32Array(this.groups.size + 1);
    for (let id = 0; id < vocab.length; id++) start[groupOf[id]! + 1]!++;
    for (let g = 0; g < this.groups.size; g++) start[g + 1]! += start[g]!;
    const fill = start.slice(0, this.groups.size);
    this.ids = new Int32Array(vocab.length);
    for (let id = 0; id < vocab.length; id++) this.ids[fill[groupOf[id]!]!++] = id;
    this.start = start;
  }

  get(key: string): Bucket | undefined {
    const g = this.groups.get(key);
    if (g === undefined) return undefined;
    const from = this.start[g]!;
    const to = this.start[g + 1]!;
    if (to - from === 1) return this.vocab[this.ids[from]!]!;
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.vocab[this.ids[i]!]!);
    return out;
  }
}

/**
 * Candidate index for fuzzy matching: a deletion neighbourhood (SymSpell-style,
 * distance 1) plus phonetic keys over the capitalised name pieces of curated
 * entries. Lookups cost a hash and a few array reads, independent of the
 * gazetteer's size.
 */
export function buildFuzzyIndex(model: Model): FuzzyIndex {
  const vocab = [...model.fuzzyVocabulary];
  return { deletions: new DeletionTable(vocab), phonetic: new PhoneticTable(vocab), size: vocab.length };
}

/** The model's fuzzy index, built once on first use. */
export function getFuzzyIndex(model: Model): FuzzyIndex {
  return (model.fuzzy ??= buildFuzzyIndex(model));
}
