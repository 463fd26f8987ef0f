import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { StringPool } from '../src/model/string-pool.js';
import { KeyTable } from '../src/model/key-table.js';
import { EntryTable } from '../src/model/entry-table.js';
import { createExtractor } from '../src/index.js';
import type { GazetteerEntry } from '../src/types.js';

/** German-looking place names, deterministic: Bergenhausen, Lindorfer Au … */
const SYL = ['berg', 'en', 'hau', 'sen', 'lin', 'dorf', 'wal', 'ter', 'stein', 'bach', 'mün', 'chen', 'köln', 'ß', 'ğ', 'ł'];
function name(k: number): string {
  let s = '';
  let n = k + 1;
  while (n > 0) { s += SYL[n % SYL.length]; n = Math.floor(n / SYL.length); }
  return s[0]!.toUpperCase() + s.slice(1);
}

describe('StringPool', () => {
  it('gives back every item across chunk boundaries, non-Latin-1 letters and empty strings included', () => {
    const pool = new StringPool(4);
    const items: string[] = [];
    // 60,000 names of 10–20 characters: several chunks of 256K characters.
    for (let k = 0; k < 60_000; k++) items.push(k % 997 === 0 ? '' : `${name(k)} ${name(k * 7)}`);
    items.push('Recep Tayyip Erdoğan', 'Łódź');
    expect(items.map((s) => pool.push(s))).toEqual(items.map((_, i) => i));
    expect(pool.length).toBe(items.length);
    expect(items.map((_, i) => pool.at(i))).toEqual(items);
    expect(pool.equals(items.length - 2, 'Recep Tayyip Erdoğan')).toBe(true);
    expect(pool.equals(items.length - 2, 'Recep Tayyip Erdogan')).toBe(false);
    expect(pool.equals(items.length - 1, 'Łód')).toBe(false);
    expect(pool.at(-1)).toBe('');
    expect(pool.at(items.length)).toBe('');
  });

  it('keeps working after trim: a later push starts a new chunk', () => {
    const pool = new StringPool();
    pool.push('Köln');
    pool.push('Düsseldorf');
    pool.trim();
    expect(pool.push('Mönchengladbach')).toBe(2);
    expect([pool.at(0), pool.at(1), pool.at(2)]).toEqual(['Köln', 'Düsseldorf', 'Mönchengladbach']);
    expect(pool.equals(1, 'Düsseldorf')).toBe(true);
  });
});

describe('KeyTable', () => {
  it('numbers distinct keys in insertion order and finds each again', () => {
    const table = new KeyTable(8);
    const keys = Array.from({ length: 50_000 }, (_, k) => name(k).toLowerCase());
    const ids = keys.map((k) => table.add(k));
    const distinct = new Map<string, number>();
    for (const k of keys) if (!distinct.has(k)) distinct.set(k, distinct.size);
    expect(table.size).toBe(distinct.size);
    expect(ids).toEqual(keys.map((k) => distinct.get(k)));
    const all = [...distinct.keys()];
    expect(all.map((k) => table.idOf(k))).toEqual(all.map((_, id) => id));
    expect(all.map((_, id) => table.keyAt(id))).toEqual(all);
  });

  it('tells keys apart that share a beginning or differ in one letter', () => {
    const table = new KeyTable();
    const berlin = table.add('berlin');
    const mitte = table.add('berlin mitte');
    expect(table.add('berlin')).toBe(berlin);
    expect(table.idOf('berlin mitte')).toBe(mitte);
    expect(table.idOf('berli')).toBe(-1);
    expect(table.idOf('berlin mitt')).toBe(-1);
    expect(table.idOf('bérlin')).toBe(-1);
    expect(table.idOf('')).toBe(-1);
    expect(() => table.keyAt(2)).toThrow(RangeError);
  });
});

describe('EntryTable', () => {
  it('gives each entry back as it was given, with type and bulk flag', () => {
    const entries: GazetteerEntry[] = [
      { id: 'per:wladimir-putin', type: 'PER', canonical: 'Wladimir Putin', aliases: ['Vladimir Putin', 'Putin'], country: 'RU' },
      { id: 'loc:essen', type: 'LOC', canonical: 'Essen', country: 'DE', category: 'city-geonames' },
      { id: 'org:kcna', type: 'ORG', canonical: 'KCNA' },
      { id: 'misc:deutschlandticket', type: 'MISC', canonical: 'Deutschlandticket', aliases: [] },
    ];
    const table = new EntryTable(entries, (e) => e.category?.endsWith('-geonames') === true);
    expect(table.length).toBe(4);
    expect([0, 1, 2, 3].map((i) => table.type(i))).toEqual(['PER', 'LOC', 'ORG', 'MISC']);
    expect([0, 1, 2, 3].map((i) => table.weak(i))).toEqual([false, true, false, false]);
    expect(table.id(0)).toBe('per:wladimir-putin');
    expect(table.canonical(1)).toBe('Essen');
    expect(table.entry(0)).toEqual(entries[0]);
    expect(table.entry(1)).toEqual(entries[1]);
    expect(table.entry(2)).toEqual(entries[2]);
    // An empty alias list is no alias list.
    expect(table.entry(3)).toEqual({ id: 'misc:deutschlandticket', type: 'MISC', canonical: 'Deutschlandticket' });
  });
});

describe('createExtractor and the caller\'s entries', () => {
  it('keeps no reference to them once compiled, and still finds and links their names', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    let entries: GazetteerEntry[] | undefined = [
      { id: 'per:hanna-bergmann', type: 'PER', canonical: 'Hanna Bergmann', aliases: ['H. Bergmann'] },
      { id: 'org:lindorfer-werke', type: 'ORG', canonical: 'Lindorfer Werke' },
    ];
    const ref = new WeakRef(entries[0]!);
    const ex = createExtractor({ builtin: false, entries });
    entries = undefined;
    // WeakRef targets live at least until the current job ends.
    await new Promise((r) => setTimeout(r, 0));
    gc();
    expect(ref.deref()).toBeUndefined();
    const found = ex.extract('Die Chefin der Lindorfer Werke, Hanna Bergmann, sprach in Essen.');
    expect(found.map((e) => [e.text, e.type, e.id, e.canonical])).toEqual([
      ['Lindorfer Werke', 'ORG', 'org:lindorfer-werke', 'Lindorfer Werke'],
      ['Hanna Bergmann', 'PER', 'per:hanna-bergmann', 'Hanna Bergmann'],
    ]);
  });
});
