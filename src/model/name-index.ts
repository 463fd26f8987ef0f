import type { AmbiguityRule, NameHit, NameTable } from './types.js';
import { KeyTable } from './key-table.js';
import { StringPool } from './string-pool.js';

/** Key flags: the key is a proper beginning of a multi-piece key (has followers). */
const FOLLOWED = 1;

const RULES: readonly (AmbiguityRule | undefined)[] = [undefined, 'place', 'article', 'never', 'initial', 'bare'];
const RULE_CODE: Record<AmbiguityRule, number> = { place: 1, article: 2, never: 3, initial: 4, bare: 5 };
const DECLINED = 8;
/** The hit's written form is in capitals only (UNO). */
const CAPITALS = 16;

function grow32(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (n <= a.length) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}
function grow8(a: Uint8Array<ArrayBuffer>, n: number): Uint8Array<ArrayBuffer> {
  if (n <= a.length) return a;
  const b = new Uint8Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Names and multi-piece beginnings of a gazetteer in flat storage: a key table
 * from key (folded pieces joined by a space) to a small integer, typed arrays
 * for everything else, and the written forms in a string pool. A million
 * names are a few typed arrays and strings, not millions of heap objects, so
 * garbage collection and lookups do not grow with the gazetteer. `get` builds
 * the NameHit objects of one key on demand.
 */
export class NameIndex implements NameTable {
  private readonly keys: KeyTable;
  private keyFlags: Uint8Array<ArrayBuffer>;
  /** First and last hit of each key (-1: none). */
  private head: Int32Array<ArrayBuffer>;
  private tail: Int32Array<ArrayBuffer>;
  private nKeys = 0;
  private hitEntry: Int32Array<ArrayBuffer>;
  private hitNext: Int32Array<ArrayBuffer>;
  private hitInfo: Uint8Array<ArrayBuffer>;
  private readonly hitWritten: StringPool;
  private nHits = 0;
  /**
   * The multi-piece keys as a trie over key ids: key "a b c" has parent "a b"
   * and last piece "c" (the id of the one-piece key "c", added for this even
   * when "c" is no name). Joining space-free pieces with a space is one-to-one,
   * so `step(id("a b"), id("c")) === id("a b c")` exactly when the string walk's
   * `extends("a b", "c")` holds: no string is built or hashed per step.
   * -1: a one-piece key (no parent). Build-time only; `seal` turns them into the segments below.
   */
  private parentOf: Int32Array<ArrayBuffer>;
  private pieceOf: Int32Array<ArrayBuffer>;
  /**
   * The trie's edges grouped by piece: the edges with piece id `c` are
   * segParent/segChild[pieceStart[c] .. pieceStart[c + 1]), sorted by parent.
   * A word keeps its own segment's bounds (WordFacts), so a failed step after
   * "der" or a first name reads only that word's few, mostly cache-hot
   * entries, and a word that continues no name reads nothing.
   */
  private pieceStart: Int32Array<ArrayBuffer> | undefined;
  private segParent = new Int32Array(0);
  private segChild = new Int32Array(0);

  /** Number of keys with hits. */
  size = 0;

  /** `expected`: about how many names will be added (sizes the tables; they grow past it). */
  constructor(expected = 1024) {
    // Keys are names plus their multi-piece beginnings and pieces.
    const keys = Math.max(1024, Math.ceil(expected * 1.5));
    this.keys = new KeyTable(keys);
    this.hitWritten = new StringPool(expected);
    this.head = new Int32Array(keys);
    this.tail = new Int32Array(keys);
    this.keyFlags = new Uint8Array(keys);
    this.parentOf = new Int32Array(keys);
    this.pieceOf = new Int32Array(keys);
    const hits = Math.max(1024, expected);
    this.hitEntry = new Int32Array(hits);
    this.hitNext = new Int32Array(hits);
    this.hitInfo = new Uint8Array(hits);
  }

  private keyId(k: string): number {
    const id = this.keys.add(k);
    if (id === this.nKeys) {
      this.nKeys++;
      if (id >= this.head.length) {
        this.head = grow32(this.head, id + 1);
        this.tail = grow32(this.tail, id + 1);
        this.keyFlags = grow8(this.keyFlags, id + 1);
        this.parentOf = grow32(this.parentOf, id + 1);
        this.pieceOf = grow32(this.pieceOf, id + 1);
      }
      this.head[id] = -1;
      this.tail[id] = -1;
      this.parentOf[id] = -1;
      this.pieceOf[id] = -1;
    }
    return id;
  }

  /**
   * Adds one way to write entry `entry` under the folded pieces `key` (joined: `k`).
   * Entries must be added in increasing order, all names of one entry together:
   * a key that already ends with a hit of this entry keeps it (first written form wins),
   * unless the new form differs in being written in capitals ("Uno" and "UNO"): the
   * matcher checks case, so both forms are kept.
   */
  add(key: readonly string[], k: string, entry: number, written: string, rule: AmbiguityRule | undefined, declined: boolean): void {
    this.pieceStart = undefined;
    const id = this.keyId(k);
    const last = this.tail[id]!;
    const capitals = isCapitals(written) ? CAPITALS : 0;
    if (last >= 0 && this.hitEntry[last] === entry && (this.hitInfo[last]! & CAPITALS) === capitals) return;
    const h = this.nHits++;
    if (h >= this.hitEntry.length) {
      this.hitEntry = grow32(this.hitEntry, h + 1);
      this.hitNext = grow32(this.hitNext, h + 1);
      this.hitInfo = grow8(this.hitInfo, h + 1);
    }
    this.hitEntry[h] = entry;
    this.hitNext[h] = -1;
    this.hitInfo[h] = (rule ? RULE_CODE[rule] : 0) | (declined ? DECLINED : 0) | capitals;
    this.hitWritten.push(written);
    if (last >= 0) this.hitNext[last] = h;
    else { this.head[id] = h; this.size++; }
    this.tail[id] = h;
    if (key.length > 1) {
      let prefix = key[0]!;
      for (let i = 1; i < key.length; i++) {
        // keyId may grow keyFlags: look the id up first.
        const p = this.keyId(prefix);
        this.keyFlags[p]! |= FOLLOWED;
        const full = i === key.length - 1;
        if (!full) prefix = prefix + ' ' + key[i];
        const q = full ? id : this.keyId(prefix);
        if (this.parentOf[q]! < 0) {
          const piece = this.keyId(key[i]!);
          this.parentOf[q] = p;
          this.pieceOf[q] = piece;
        }
      }
    }
  }

  /** Drops the spare capacity and build-only arrays. */
  seal(): void {
    this.buildSegments();
    this.hitWritten.trim();
    this.keys.trim();
    // The segments hold the trie now.
    this.parentOf = new Int32Array(0);
    this.pieceOf = new Int32Array(0);
    this.head = this.head.slice(0, this.nKeys);
    this.keyFlags = this.keyFlags.slice(0, this.nKeys);
    this.tail = new Int32Array(0);
    this.hitEntry = this.hitEntry.slice(0, this.nHits);
    this.hitNext = this.hitNext.slice(0, this.nHits);
    this.hitInfo = this.hitInfo.slice(0, this.nHits);
  }

  private hit(h: number): NameHit {
    const info = this.hitInfo[h]!;
    const entry = this.hitEntry[h]!;
    const written = this.hitWritten.at(h);
    if (info & DECLINED) return { entry, written, declined: true };
    const rule = RULES[info & 7];
    return rule ? { entry, written, rule } : { entry, written };
  }

  /** The hits of a key in insertion order (a new array on each call). */
  get(key: string): NameHit[] | undefined {
    return this.hitsAt(this.keys.idOf(key));
  }

  has(key: string): boolean {
    const id = this.keys.idOf(key);
    return id >= 0 && this.head[id]! >= 0;
  }

  private buildSegments(): void {
    const n = this.nKeys;
    const parentOf = this.parentOf;
    const pieceOf = this.pieceOf;
    // Counting sort of the edges by piece ...
    const start = new Int32Array(n + 1);
    for (let id = 0; id < n; id++) if (parentOf[id]! >= 0) start[pieceOf[id]! + 1]!++;
    for (let c = 0; c < n; c++) start[c + 1]! += start[c]!;
    const edges = start[n]!;
    // ... each edge packed as parent · 2^26 + child (exact in a double), so sorting a segment sorts by parent.
    if (n > 2 ** 26) throw new Error('NameIndex: too many keys');
    const packed = new Float64Array(edges);
    const fill = start.slice(0, n);
    for (let id = 0; id < n; id++) {
      const parent = parentOf[id]!;
      if (parent >= 0) packed[fill[pieceOf[id]!]!++] = parent * 67108864 + id;
    }
    for (let c = 0; c < n; c++) if (start[c + 1]! - start[c]! > 1) packed.subarray(start[c]!, start[c + 1]!).sort();
    const segParent = new Int32Array(edges);
    const segChild = new Int32Array(edges);
    for (let k = 0; k < edges; k++) {
      const v = packed[k]!;
      const parent = Math.floor(v / 67108864);
      segParent[k] = parent;
      segChild[k] = v - parent * 67108864;
    }
    this.pieceStart = start;
    this.segParent = segParent;
    this.segChild = segChild;
  }

  /** The id of a key (a name, a beginning of one, or a piece of one), -1 if none. */
  keyOf(key: string): number {
    return this.keys.idOf(key);
  }

  /** `node piece` as a key id (-1: no multi-piece key begins so); `piece` is a `keyOf` id. Same as `extends`. */
  step(node: number, piece: number): number {
    if (node < 0 || piece < 0) return -1;
    if (this.pieceStart === undefined) this.buildSegments();
    const start = this.pieceStart!;
    return this.stepIn(node, start[piece]!, start[piece + 1]!);
  }

  /** Bounds of the segment of piece id `piece` (see pieceStart): pieceFrom(c) ≤ k < pieceTo(c); empty for -1. */
  pieceFrom(piece: number): number {
    if (piece < 0) return 0;
    if (this.pieceStart === undefined) this.buildSegments();
    return this.pieceStart![piece]!;
  }
  pieceTo(piece: number): number {
    if (piece < 0) return 0;
    if (this.pieceStart === undefined) this.buildSegments();
    return this.pieceStart![piece + 1]!;
  }

  /** `step` with the piece given by its segment bounds (pieceFrom, pieceTo). */
  stepIn(node: number, from: number, to: number): number {
    const parents = this.segParent;
    // Short segments (most words) are scanned, longer ones halved.
    while (to - from > 8) {
      const mid = (from + to) >>> 1;
      if (parents[mid]! <= node) from = mid;
      else to = mid;
    }
    for (let k = from; k < to; k++) {
      const p = parents[k]!;
      if (p === node) return this.segChild[k]!;
      if (p > node) break;
    }
    return -1;
  }

  /** Is the key with this id a proper beginning of a multi-piece key? */
  isFollowed(id: number): boolean {
    return id >= 0 && (this.keyFlags[id]! & FOLLOWED) !== 0;
  }

  /** `get` by key id. */
  hitsAt(id: number): NameHit[] | undefined {
    if (id < 0) return undefined;
    let h = this.head[id]!;
    if (h < 0) return undefined;
    const out: NameHit[] = [];
    for (; h >= 0; h = this.hitNext[h]!) out.push(this.hit(h));
    return out;
  }
}

/** "UNO", "NATO", "KIM JONG UN": written in capitals only. */
function isCapitals(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}
