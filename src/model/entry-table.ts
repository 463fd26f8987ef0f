import type { EntityType, GazetteerEntry } from '../types.js';
import { StringPool } from './string-pool.js';

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];
const TYPE_CODE: Record<EntityType, number> = { PER: 0, LOC: 1, ORG: 2, MISC: 3 };
const WEAK = 4;

/**
 * The compiled entries, column by column: a type-and-flags byte per entry, and
 * the strings (ids, canonical names, aliases, countries, categories) in joined
 * lists. A million entries are a dozen heap objects instead of millions, so a
 * large gazetteer costs the garbage collector nothing per extraction; reading
 * an id or a name cuts it from its list (once per entity). The table also keeps
 * everything needed to give the entries back as written (`entry`), which is
 * how worker threads get them without the caller's objects being kept alive.
 */
export class EntryTable {
  private readonly info: Uint8Array;
  private readonly ids: StringPool;
  private readonly canonicals: StringPool;
  private readonly aliases: StringPool;
  /** Entry i's aliases are aliases[aliasEnd[i - 1] .. aliasEnd[i]). */
  private readonly aliasEnd: Int32Array;
  /** Countries and categories are few distinct strings: a code per entry (0: none). */
  private readonly country: Uint16Array;
  private readonly category: Uint16Array;
  private readonly values = new ValueCodes();

  /**
   * @param isWeak Bulk-imported entries that lose ties against curated ones.
   */
  constructor(entries: readonly GazetteerEntry[], isWeak: (e: GazetteerEntry) => boolean) {
    const n = entries.length;
    this.info = new Uint8Array(n);
    this.aliasEnd = new Int32Array(n);
    this.country = new Uint16Array(n);
    this.category = new Uint16Array(n);
    this.ids = new StringPool(n);
    this.canonicals = new StringPool(n);
    this.aliases = new StringPool(n / 4);
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      this.info[i] = TYPE_CODE[e.type] | (isWeak(e) ? WEAK : 0);
      this.ids.push(e.id);
      this.canonicals.push(e.canonical);
      const a = e.aliases;
      if (a) for (let k = 0; k < a.length; k++) this.aliases.push(a[k]!);
      this.aliasEnd[i] = this.aliases.length;
      if (e.country) this.country[i] = this.values.code(e.country);
      if (e.category) this.category[i] = this.values.code(e.category);
    }
    this.ids.trim();
    this.canonicals.trim();
    this.aliases.trim();
  }

  get length(): number {
    return this.info.length;
  }

  type(i: number): EntityType {
    return TYPES[this.info[i]! & 3]!;
  }

  /** Bulk-imported (GeoNames): loses ties against curated entries. */
  weak(i: number): boolean {
    return (this.info[i]! & WEAK) !== 0;
  }

  id(i: number): string {
    return this.ids.at(i);
  }

  canonical(i: number): string {
    return this.canonicals.at(i);
  }

  /** Entry i as it was given (fields that were not given stay absent). */
  entry(i: number): GazetteerEntry {
    const e: GazetteerEntry = { id: this.id(i), type: this.type(i), canonical: this.canonical(i) };
    const from = i === 0 ? 0 : this.aliasEnd[i - 1]!;
    const to = this.aliasEnd[i]!;
    if (to > from) {
      const aliases: string[] = [];
      for (let k = from; k < to; k++) aliases.push(this.aliases.at(k));
      e.aliases = aliases;
    }
    if (this.country[i]) e.country = this.values.value(this.country[i]!);
    if (this.category[i]) e.category = this.values.value(this.category[i]!);
    return e;
  }
}

/** Distinct short strings (country codes, categories) numbered from 1. */
class ValueCodes {
  private readonly codes = new Map<string, number>();
  private readonly values: string[] = [''];
  code(v: string): number {
    let c = this.codes.get(v);
    if (c === undefined) {
      c = this.values.length;
      if (c > 0xffff) throw new Error('EntryTable: more than 65535 distinct countries and categories');
      this.values.push(v);
      this.codes.set(v, c);
    }
    return c;
  }
  value(code: number): string {
    return this.values[code]!;
  }
}
