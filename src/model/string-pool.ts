/** A chunk is closed at this many characters: its joined text is then one string in
 *  V8's large-object space (objects over 128 KB), which the scavenger never visits. */
const CHUNK_CHARS = 1 << 18;

/**
 * An append-only list of strings kept as a few long strings (chunks of about
 * 256K characters, each the joined text of consecutive items) plus the end
 * offset of every item in an Int32Array. A million names are then a few dozen
 * strings instead of a million: the garbage collector's cost per
 * extraction follows the number of objects in the old generation, so a big
 * gazetteer would otherwise slow every call (BENCHMARKS.md, "1M / 1k"). The
 * text stays in the JavaScript heap on purpose: typed arrays of characters
 * count as external memory, and growing them made V8 run full collections
 * over the whole heap during a 1M-entry build. Reading an item slices it from
 * its chunk.
 */
export class StringPool {
  /** The joined text of each closed chunk. */
  private readonly chunks: string[] = [];
  /** The index of each chunk's first item, and of the open chunk's (last). */
  private readonly firsts: number[] = [0];
  /** The items of the open chunk. */
  private pending: string[] = [];
  private pendingChars = 0;
  /** Item i of chunk c is chunks[c][ends[i - 1] .. ends[i]) (from 0 at the chunk's first item). */
  private ends: Int32Array<ArrayBuffer>;
  private count = 0;

  /** `expected`: number of items to make room for (the pool grows past it). */
  constructor(expected = 16) {
    this.ends = new Int32Array(Math.max(16, Math.ceil(expected)));
  }

  get length(): number {
    return this.count;
  }

  /** Appends `s` and returns its index. */
  push(s: string): number {
    const i = this.count;
    if (i >= this.ends.length) {
      const ends = new Int32Array(this.ends.length * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.ends[i] = this.pendingChars + s.length;
    this.pending.push(s);
    this.pendingChars += s.length;
    this.count = i + 1;
    if (this.pendingChars >= CHUNK_CHARS) this.close();
    return i;
  }

  /** Item i ('' out of range). */
  at(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const c = this.chunkOf(i);
    if (c < this.chunks.length) return this.chunks[c]!.slice(this.start(i, c), this.ends[i]!);
    return this.pending[i - this.firsts[c]!]!;
  }

  /** Is item i exactly `s`? */
  equals(i: number, s: string): boolean {
    const c = this.chunkOf(i);
    const from = this.start(i, c);
    if (this.ends[i]! - from !== s.length) return false;
    if (c < this.chunks.length) return this.chunks[c]!.startsWith(s, from);
    return this.pending[i - this.firsts[c]!] === s;
  }

  /** Closes the open chunk and drops spare capacity (later pushes start a new chunk). */
  trim(): void {
    if (this.pending.length > 0) this.close();
    if (this.ends.length > this.count + 16) this.ends = this.ends.slice(0, this.count + 16);
  }

  /** The chunk of item i (the last chunk with a first item ≤ i). */
  private chunkOf(i: number): number {
    const firsts = this.firsts;
    let lo = 0;
    let hi = firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (firsts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Where item i of chunk c begins in the chunk. */
  private start(i: number, c: number): number {
    return i === this.firsts[c] ? 0 : this.ends[i - 1]!;
  }

  private close(): void {
    this.chunks.push(this.pending.join(''));
    this.firsts.push(this.count);
    this.pending = [];
    this.pendingChars = 0;
  }
}
