import { hashString } from './hash.js';
import { StringPool } from './string-pool.js';

/**
 * Distinct strings numbered 0, 1, 2 … in the order they were first added: the
 * strings in a StringPool (a few long strings) and an open-addressing table of
 * (hash, id) slots in typed arrays. It replaces a Map<string, number> where the keys are many (a
 * million gazetteer names): a Map keeps every key as a heap object, and the
 * garbage collector's cost grows with the number of objects in the old
 * generation, on every extraction. A lookup hashes the key and compares it with
 * the pooled characters of the (usually one) slot of the same hash.
 */
export class KeyTable {
  /** Slot → id + 1 (0: empty). */
  private slots: Int32Array<ArrayBuffer>;
  private slotHash: Int32Array<ArrayBuffer>;
  private readonly keys: StringPool;

  /** `expected`: number of keys to make room for (the table grows past it). */
  constructor(expected = 512) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.slotHash = new Int32Array(size);
    this.keys = new StringPool(expected);
  }

  /** Number of keys. */
  get size(): number {
    return this.keys.length;
  }

  /** The id of `key`, or -1. */
  idOf(key: string): number {
    return this.find(key, hashString(key));
  }

  /** The id of `key`, added if new. */
  add(key: string): number {
    const h = hashString(key);
    const found = this.find(key, h);
    if (found >= 0) return found;
    const id = this.keys.push(key);
    // Load factor at most one half: probes stay short.
    if (this.keys.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    this.place(id, h);
    return id;
  }

  /** The key with this id. */
  keyAt(id: number): string {
    if (id < 0 || id >= this.keys.length) throw new RangeError(`KeyTable: no key ${id}`);
    return this.keys.at(id);
  }

  /** Drops spare capacity (the table stays usable). */
  trim(): void {
    this.keys.trim();
  }

  private find(key: string, h: number): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s]!;
      if (v === 0) return -1;
      if (this.slotHash[s] === h && this.keys.equals(v - 1, key)) return v - 1;
    }
  }

  private place(id: number, h: number): void {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = id + 1;
    this.slotHash[s] = h;
  }

  private rehash(size: number): void {
    const oldSlots = this.slots;
    const oldHash = this.slotHash;
    this.slots = new Int32Array(size);
    this.slotHash = new Int32Array(size);
    for (let s = 0; s < oldSlots.length; s++) if (oldSlots[s] !== 0) this.place(oldSlots[s]! - 1, oldHash[s]!);
  }
}
