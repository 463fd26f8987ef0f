/** Per-word results that depend only on the word and the model (news text is
 *  Zipfian: the same words come back all the time). Bounded: a full table is
 *  dropped and refilled, so memory stays flat on any input. */
export class WordMemo<V> {
  private map = new Map<string, V>();
  /** Bumped whenever the table is dropped: a value copied elsewhere is the memo's value while this is unchanged. */
  generation = 0;
  constructor(private readonly limit = 100_000) {}
  get(word: string, compute: (word: string) => V): V {
    let v = this.map.get(word);
    if (v === undefined && !this.map.has(word)) {
      v = compute(word);
      this.put(word, v);
    }
    return v as V;
  }
  /** The stored value, or undefined (for memos whose values are never undefined: no closure per call). */
  peek(word: string): V | undefined {
    return this.map.get(word);
  }
  /** Stores a value computed after a `peek` miss (same bound as `get`). */
  put(word: string, v: V): void {
    if (this.map.size >= this.limit) {
      this.map = new Map();
      this.generation++;
    }
    this.map.set(word, v);
  }
}
