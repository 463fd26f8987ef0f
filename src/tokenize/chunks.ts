import type { Token } from './types.js';
import { winkValues } from './wink.js';
import { alignTokens, type RawTokens } from './align.js';
import { repairTokens } from './repair.js';
import { SENTENCE_STARTERS } from './abbreviations.js';
import { TokenObject } from './token.js';

/**
 * wink-nlp's tokens, one whitespace-delimited chunk at a time, memoised.
 *
 * wink-nlp first splits the text at spaces, tabs and line breaks (its
 * `splitter` regex) and then tokenises every chunk between them on its own.
 * A chunk's tokens therefore depend only on the chunk, and news text repeats
 * its chunks all the time ("der", "Berlin,", "sagte."). Like spaCy's tokenizer
 * cache, this asks wink-nlp once per new chunk (all new chunks of a document in
 * one call) and reuses the answer; the tokens are wink-nlp's in either case.
 * The memo also keeps each chunk's repaired tokens (repairs join touching
 * tokens only, and two chunks never touch), so a known chunk costs one table
 * read and no string: it is found by a hash computed while the text is scanned.
 */

/** The characters wink-nlp splits at (its splitter: spaces, NBSP, U+2002–2005,
 *  U+2009, U+200A, U+202F, U+205F, tab, CR, LF). All others stay inside a chunk. */
export function isWinkSplit(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** wink-nlp's token regexes are quadratic in token length: longer runs without whitespace are not tokenised. */
export const LONGEST_TOKENISED_RUN = 255;

/** One wink token of a chunk: offsets relative to the chunk; `text` is the token's
 *  string when it is wink's value character for character, else undefined. */
interface ChunkToken {
  start: number;
  end: number;
  type: number;
  text: string | undefined;
}

/**
 * A repaired token of a chunk (offsets relative to the chunk), with a cache slot
 * for the next stage: candidates/doc-view.ts keeps the word facts of the token
 * and its parts here for the model that asked last (`owner`), so a repeated
 * word costs no map read there. The slot is opaque to this stage.
 * A class: every template has one shape, so reading them stays monomorphic.
 */
export class TokenTemplate {
  owner: unknown = undefined;
  facts: unknown = undefined;
  partFacts: unknown[] | undefined = undefined;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: Token['kind'];
  readonly parts: Array<[number, number]> | undefined;
  /** The texts of `parts`, cut once. */
  readonly partTexts: string[] | undefined;
  readonly abbr: boolean;
  readonly ordinal: boolean;
  constructor(t: Token, chunk: string) {
    this.start = t.start;
    this.end = t.end;
    this.text = t.text;
    this.kind = t.kind;
    this.parts = t.parts;
    this.partTexts = t.parts?.map(([a, b]) => chunk.slice(a, b));
    this.abbr = t.abbr === true;
    this.ordinal = t.ordinal === true;
  }
}

const NO_TOKEN: Token = { start: 0, end: 0, text: '', kind: 'sym', sentence: 0 };

/**
 * What the memo keeps per chunk. It is also the template of the chunk's first
 * token (most chunks are one token): one object to read per chunk, not three.
 */
class ChunkEntry extends TokenTemplate {
  constructor(
    first: Token | undefined,
    readonly key: string,
    readonly hash: number,
    /** wink-nlp's tokens. */
    readonly raw: ChunkToken[],
    /** The templates of the repaired tokens after the first, read as if nothing followed the chunk. */
    readonly rest: TokenTemplate[],
    /** Number of repaired tokens (0: the entry's own template fields mean nothing). */
    readonly count: number,
    /** The chunk ends in number + "." (two tokens) that become one ordinal when the
     *  next token continues the phrase ("3. Oktober"): only the next chunk can tell. */
    readonly ordinalIfNext: boolean,
    /** The first wink token's string (what decides a previous chunk's ordinal); undefined: no token. */
    readonly firstRaw: string | undefined,
  ) {
    super(first ?? NO_TOKEN, key);
  }

  /** The template of repaired token k. */
  template(k: number): TokenTemplate {
    return k === 0 ? this : this.rest[k - 1]!;
  }
}

/** Hash of text[a, b) (FNV-1a over UTF-16 units); the scan computes the same inline. */
function hashOf(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The memo: an open-addressing table of chunk entries keyed by content.
 * Bounded: a full table is dropped and refilled, so memory stays flat on any input.
 * A probe reads only typed arrays (each slot's hash and entry number, the
 * chunk's characters in one pool), not the entry objects and key strings,
 * which sit wherever the garbage collector promoted them: with a large heap
 * (a million gazetteer entries) they are scattered, and reading them for every
 * chunk cost a cache miss each. The entry object is read once, after a match.
 */
const MEMO_LIMIT = 1 << 16;
const SLOTS = MEMO_LIMIT * 2;
const slots = new Int32Array(SLOTS).fill(-1);
const slotHash = new Int32Array(SLOTS);
/** Entry k's characters are pool[keyAt[k], keyAt[k] + keyLength[k]). */
const keyAt = new Int32Array(MEMO_LIMIT);
const keyLength = new Int32Array(MEMO_LIMIT);
let pool = new Uint16Array(1 << 19);
let poolUsed = 0;
let entries: ChunkEntry[] = [];

/** The entry of text[a, b) with hash `h`, if memoised. */
function find(text: string, a: number, b: number, h: number): ChunkEntry | undefined {
  const len = b - a;
  for (let s = h & (SLOTS - 1); ; s = (s + 1) & (SLOTS - 1)) {
    const k = slots[s]!;
    if (k < 0) return undefined;
    if (slotHash[s] !== h || keyLength[k] !== len) continue;
    const at = keyAt[k]!;
    let i = 0;
    while (i < len && pool[at + i] === text.charCodeAt(a + i)) i++;
    if (i === len) return entries[k]!;
  }
}

function remember(e: ChunkEntry): void {
  if (entries.length >= MEMO_LIMIT) clearChunkMemo();
  const key = e.key;
  const k = entries.length;
  if (poolUsed + key.length > pool.length) {
    const grown = new Uint16Array(Math.max(pool.length * 2, poolUsed + key.length));
    grown.set(pool.subarray(0, poolUsed));
    pool = grown;
  }
  for (let i = 0; i < key.length; i++) pool[poolUsed + i] = key.charCodeAt(i);
  keyAt[k] = poolUsed;
  keyLength[k] = key.length;
  poolUsed += key.length;
  let s = e.hash & (SLOTS - 1);
  while (slots[s]! >= 0) s = (s + 1) & (SLOTS - 1);
  slots[s] = k;
  slotHash[s] = e.hash;
  entries.push(e);
}

/** Empties the memo (tests and benchmarks that measure text never seen before). */
export function clearChunkMemo(): void {
  slots.fill(-1);
  entries = [];
  poolUsed = 0;
  // A pool grown by one huge chunk goes back to its usual size.
  if (pool.length > 1 << 19) pool = new Uint16Array(1 << 19);
}

/** Is `c` a space for the long-run rule (wider than wink's splitter: also the spaces wink drops)? */
function isRunBreak(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0xfeff;
}

/** `chunk` with every run of more than LONGEST_TOKENISED_RUN non-space characters blanked (same length). */
function blankLongRuns(chunk: string): string {
  const parts: string[] = [];
  let copied = 0;
  let runStart = -1;
  for (let i = 0; i <= chunk.length; i++) {
    if (i < chunk.length && !isRunBreak(chunk.charCodeAt(i))) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart > LONGEST_TOKENISED_RUN) {
      parts.push(chunk.slice(copied, runStart), ' '.repeat(i - runStart));
      copied = i;
    }
    runStart = -1;
  }
  if (parts.length === 0) return chunk;
  parts.push(chunk.slice(copied));
  return parts.join('');
}

/** Asks wink-nlp for the tokens of new chunks, in one call; memoises and returns their entries. */
function tokeniseNewChunks(chunks: string[]): ChunkEntry[] {
  // Long chunks are blanked (same length) before wink sees them; the joined
  // text keeps every chunk at a known position, one space apart.
  const work = chunks.map((c) => (c.length > LONGEST_TOKENISED_RUN ? blankLongRuns(c) : c));
  const joined = work.join(' ');
  // The memo's chunk strings are cut from one string of the new chunks, not from the
  // document: a string sliced from the document keeps the whole document alive for as
  // long as the memo keeps the chunk (V8 slices share their parent's characters).
  let blanked = false;
  for (let j = 0; j < chunks.length; j++) if (work[j] !== chunks[j]) blanked = true;
  const own = blanked ? chunks.join(' ') : joined;
  const values = winkValues(joined);
  const raw = alignTokens(joined, values);
  const out: ChunkEntry[] = [];
  let k = 0;
  let pos = 0;
  for (let j = 0; j < chunks.length; j++) {
    const chunk = own.slice(pos, pos + chunks[j]!.length);
    const end = pos + chunk.length;
    const list: ChunkToken[] = [];
    for (; k < raw.n && raw.start[k]! < end; k++) {
      // Blanking keeps every other character: a token placed exactly on `work` is exact on the chunk.
      const exact = raw.value[k]! >= 0;
      list.push({ start: raw.start[k]! - pos, end: raw.end[k]! - pos, type: raw.type[k]!, text: exact ? values[raw.value[k]!]! : undefined });
    }
    const e = entryOf(chunk, list);
    remember(e);
    out.push(e);
    pos = end + 1;
  }
  return out;
}

const ORDINAL_NUMBER = /^\d{1,3}(\.\d{1,2})?$/;

/** Repairs a chunk's tokens on their own (repairs join touching tokens only, and chunks never touch). */
function entryOf(chunk: string, list: ChunkToken[]): ChunkEntry {
  const n = list.length;
  const cols: RawTokens = { n, start: new Int32Array(n), end: new Int32Array(n), type: new Uint8Array(n), value: new Int32Array(n) };
  const strings: string[] = [];
  for (let k = 0; k < n; k++) {
    const t = list[k]!;
    cols.start[k] = t.start;
    cols.end[k] = t.end;
    cols.type[k] = t.type;
    cols.value[k] = t.text === undefined ? -1 : strings.push(t.text) - 1;
  }
  const repaired = repairTokens(chunk, cols, strings);
  const m = repaired.length;
  const rest = repaired.slice(1).map((t) => new TokenTemplate(t, chunk));
  const last = repaired[m - 1];
  const before = repaired[m - 2];
  // repairTokens joins number + touching "." only when the next token continues the phrase;
  // on the chunk alone there is none, so the pair stays apart here and tokenizeChunks decides.
  const ordinalIfNext = last !== undefined && before !== undefined && last.text === '.' && last.kind === 'punct' &&
    before.kind === 'num' && before.end === last.start && ORDINAL_NUMBER.test(before.text);
  const firstRaw = n > 0 ? list[0]!.text ?? chunk.slice(list[0]!.start, list[0]!.end) : undefined;
  return new ChunkEntry(repaired[0], chunk, hashOf(chunk, 0, chunk.length), list, rest, m, ordinalIfNext, firstRaw);
}

/** Reused scratch column of chunk offsets (consumed before the next call: tokenisation is synchronous). */
let chunkStarts = new Int32Array(1024);
/** Reused scratch list of each chunk's memo entry (same lifetime as chunkStarts). */
const chunkEntries: Array<ChunkEntry | undefined> = [];
/** Reused list of each token's template, returned by tokenizeChunks (see there). */
const tokenTemplates: Array<TokenTemplate | undefined> = [];
/** Longer reused lists (left by a huge text given to `tokenize`) are emptied at the next call,
 *  so they do not keep their storage and the entries in it for the rest of the process. */
const KEPT_LIST_LENGTH = 1 << 16;

/** The chunks of `text`: their count, offsets (in `chunkStarts`) and memo entries (new chunks asked of wink-nlp in one call). */
function chunksOf(text: string): { n: number; starts: Int32Array; found: ChunkEntry[] } {
  // Written by index, not truncated: `length = 0` would drop the list's storage (except after a huge text).
  const found = chunkEntries;
  if (found.length > KEPT_LIST_LENGTH) found.length = 0;
  if (chunkStarts.length > KEPT_LIST_LENGTH) chunkStarts = new Int32Array(1024);
  let missing: string[] | undefined;
  let missingAt: number[] | undefined;
  const L = text.length;
  let n = 0;
  let i = 0;
  while (i < L) {
    while (i < L && isWinkSplit(text.charCodeAt(i))) i++;
    if (i >= L) break;
    const a = i;
    let h = 0x811c9dc5;
    for (; i < L; i++) {
      const c = text.charCodeAt(i);
      // Printable ASCII and C1 controls are never split characters: one comparison for most.
      if (!(c > 32 && c < 0xa0) && isWinkSplit(c)) break;
      h = Math.imul(h ^ c, 0x01000193);
    }
    if (n === chunkStarts.length) {
      const grown = new Int32Array(n * 2);
      grown.set(chunkStarts);
      chunkStarts = grown;
    }
    chunkStarts[n++] = a;
    const e = find(text, a, i, h);
    found[n - 1] = e;
    if (e === undefined) {
      (missing ??= []).push(text.slice(a, i));
      (missingAt ??= []).push(n - 1);
    }
  }
  if (missing) {
    // Each new chunk goes to wink once, however often the document repeats it.
    const unique = [...new Set(missing)];
    const made = tokeniseNewChunks(unique);
    const byText = new Map<string, ChunkEntry>();
    unique.forEach((c, k) => byText.set(c, made[k]!));
    missing.forEach((c, k) => { found[missingAt![k]!] = byText.get(c)!; });
  }
  return { n, starts: chunkStarts, found: found as ChunkEntry[] };
}

/**
 * wink-nlp's tokens of `text` as the memo keeps them, in order (whitespace tokens skipped):
 * each token's string, or the NFC form of its characters where wink normalised them.
 * What the tests compare with one wink-nlp call on the whole text.
 */
export function winkChunkValues(text: string): string[] {
  const { n: chunks, starts, found } = chunksOf(text);
  const out: string[] = [];
  for (let j = 0; j < chunks; j++) {
    const at = starts[j]!;
    for (const t of found[j]!.raw) out.push(t.text ?? text.slice(at + t.start, at + t.end).normalize('NFC'));
  }
  return out;
}

/**
 * The repaired tokens of `text` (as repairTokens makes them from wink-nlp's
 * tokens), built from the chunks' memoised templates; `templates[i]` is the
 * template of token i, undefined where two templates were joined (ordinals).
 * `templates` is one list reused by every call (no garbage per document): it
 * is valid until the next call, so read it before tokenising again, and only
 * its first `tokens.length` entries are this text's.
 */
export function tokenizeChunks(text: string): { tokens: Token[]; templates: ReadonlyArray<TokenTemplate | undefined> } {
  const { n: chunks, starts, found } = chunksOf(text);
  // Sized once (a joined ordinal makes one token fewer: trimmed at the end), not grown by push.
  let upper = 0;
  for (let j = 0; j < chunks; j++) upper += found[j]!.count;
  const tokens: Token[] = new Array<Token>(upper);
  // Written by index, not truncated (see chunksOf); entries past the last token are stale.
  const templates = tokenTemplates;
  if (templates.length > KEPT_LIST_LENGTH) templates.length = 0;
  let nt = 0;
  for (let j = 0; j < chunks; j++) {
    const entry = found[j]!;
    const at = starts[j]!;
    const count = entry.count;
    let m = count;
    if (entry.ordinalIfNext && continuesOrdinal(text, at + entry.template(count - 1).end, starts, found, chunks, j + 1)) m -= 2;
    for (let k = 0; k < m; k++) {
      const t = k === 0 ? entry : entry.rest[k - 1]!;
      // Same fields in the same order as repairTokens: one object shape for all tokens.
      const token: Token = new TokenObject(at + t.start, at + t.end, t.text, t.kind, 0);
      if (t.parts) token.parts = shiftParts(t.parts, at);
      if (t.abbr) token.abbr = true;
      if (t.ordinal) token.ordinal = true;
      tokens[nt] = token;
      templates[nt++] = t;
    }
    if (m < count) {
      const num = entry.template(m);
      const token: Token = new TokenObject(at + num.start, at + num.end + 1, num.text + '.', 'num', 0);
      token.ordinal = true;
      tokens[nt] = token;
      templates[nt++] = undefined;
    }
  }
  if (nt < upper) tokens.length = nt;
  return { tokens, templates };
}

function shiftParts(parts: Array<[number, number]>, at: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of parts) out.push([at + a, at + b]);
  return out;
}

/** repairTokens' ordinal test for a chunk-final number + "." (dot ending at `dotEnd`): the next
 *  wink token (first of a later chunk) follows on the same line and continues the phrase. */
function continuesOrdinal(text: string, dotEnd: number, starts: Int32Array, found: ChunkEntry[], chunks: number, from: number): boolean {
  let j = from;
  while (j < chunks && found[j]!.firstRaw === undefined) j++;
  if (j >= chunks) return false;
  const next = found[j]!;
  const to = starts[j]! + next.raw[0]!.start;
  for (let k = dotEnd; k < to; k++) if (text.charCodeAt(k) === 10) return false;
  const s = next.firstRaw!;
  if (SENTENCE_STARTERS.has(s)) return false;
  return /^[\p{L}\p{N}]/u.test(s);
}
