import { winkValues } from './wink.js';
import { alignTokens, type RawTokens } from './align.js';

/**
 * wink-nlp's tokens, one whitespace-delimited chunk at a time, memoised.
 *
 * wink-nlp first splits the text at spaces, tabs and line breaks (its
 * `splitter` regex) and then tokenises every chunk between them on its own.
 * A chunk's tokens therefore depend only on the chunk, and news text repeats
 * its chunks all the time ("der", "Berlin,", "sagte."). Like spaCy's tokenizer
 * cache, this asks wink-nlp once per new chunk (all new chunks of a document in
 * one call) and reuses the answer; the tokens are wink-nlp's in either case.
 */

/** The characters wink-nlp splits at (its splitter: spaces, NBSP, U+2002–2005,
 *  U+2009, U+200A, U+202F, U+205F, tab, CR, LF). All others stay inside a chunk. */
export function isWinkSplit(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** wink-nlp's token regexes are quadratic in token length: longer runs without whitespace are not tokenised. */
export const LONGEST_TOKENISED_RUN = 255;

/** One token of a chunk: offsets relative to the chunk; `text` is the token's
 *  string when it is wink's value character for character, else undefined. */
interface ChunkToken {
  start: number;
  end: number;
  type: number;
  text: string | undefined;
}

/** A chunk that is one token from end to end (most are): its type and string. */
interface WholeChunk {
  type: number;
  text: string;
}

type ChunkTokens = WholeChunk | ChunkToken[];

/** Bounded memo: a full table is dropped and refilled, so memory stays flat on any input. */
const MEMO_LIMIT = 200_000;
let memo = new Map<string, ChunkTokens>();

function remember(chunk: string, tokens: ChunkTokens): void {
  if (memo.size >= MEMO_LIMIT) memo = new Map();
  memo.set(chunk, tokens);
}

/** Empties the memo (tests and benchmarks that measure text never seen before). */
export function clearChunkMemo(): void {
  memo = new Map();
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

/** Asks wink-nlp for the tokens of new chunks, in one call, and memoises them. */
function tokeniseNewChunks(chunks: string[]): void {
  // Long chunks are blanked (same length) before wink sees them; the joined
  // text keeps every chunk at a known position, one space apart.
  const work = chunks.map((c) => (c.length > LONGEST_TOKENISED_RUN ? blankLongRuns(c) : c));
  const joined = work.join(' ');
  const values = winkValues(joined);
  const raw = alignTokens(joined, values);
  let k = 0;
  let pos = 0;
  for (let j = 0; j < chunks.length; j++) {
    const chunk = chunks[j]!;
    const end = pos + chunk.length;
    const list: ChunkToken[] = [];
    for (; k < raw.n && raw.start[k]! < end; k++) {
      // Blanking keeps every other character: a token placed exactly on `work` is exact on the chunk.
      const exact = raw.value[k]! >= 0;
      list.push({ start: raw.start[k]! - pos, end: raw.end[k]! - pos, type: raw.type[k]!, text: exact ? values[raw.value[k]!]! : undefined });
    }
    const only = list.length === 1 ? list[0]! : undefined;
    remember(chunk, only && only.start === 0 && only.end === chunk.length && only.text !== undefined ? { type: only.type, text: chunk } : list);
    pos = end + 1;
  }
}

/** Reused output columns (consumed before the next call: tokenisation is synchronous). */
let columns: RawTokens = { n: 0, start: new Int32Array(1024), end: new Int32Array(1024), type: new Uint8Array(1024), value: new Int32Array(1024) };

function grow(n: number): void {
  if (n <= columns.start.length) return;
  const size = Math.max(n, columns.start.length * 2);
  const c = { n: 0, start: new Int32Array(size), end: new Int32Array(size), type: new Uint8Array(size), value: new Int32Array(size) };
  c.start.set(columns.start); c.end.set(columns.end); c.type.set(columns.type); c.value.set(columns.value);
  columns = c;
}

/**
 * wink-nlp's tokens of `text`, placed on `text`: parallel columns as from
 * alignTokens (whitespace tokens skipped), and the token strings they index
 * (`value[i]` indexes `strings`, or is -1 where wink normalised the characters).
 */
export function winkChunkTokens(text: string): { raw: RawTokens; strings: string[] } {
  const chunkStart: number[] = [];
  const chunkText: string[] = [];
  const chunkTokens: Array<ChunkTokens | undefined> = [];
  let missing: string[] | undefined;
  let missingSet: Set<string> | undefined;
  const L = text.length;
  let i = 0;
  while (i < L) {
    while (i < L && isWinkSplit(text.charCodeAt(i))) i++;
    if (i >= L) break;
    const a = i;
    for (; i < L; i++) {
      const c = text.charCodeAt(i);
      // Printable ASCII and C1 controls are never split characters: one comparison for most.
      if ((c > 32 && c < 0xa0) || !isWinkSplit(c)) continue;
      break;
    }
    const chunk = text.slice(a, i);
    const known = memo.get(chunk);
    chunkStart.push(a);
    chunkText.push(chunk);
    chunkTokens.push(known);
    if (known === undefined) {
      missingSet ??= new Set();
      if (!missingSet.has(chunk)) {
        missingSet.add(chunk);
        (missing ??= []).push(chunk);
      }
    }
  }
  if (missing) tokeniseNewChunks(missing);
  const strings: string[] = [];
  let n = 0;
  for (let j = 0; j < chunkText.length; j++) {
    const chunk = chunkText[j]!;
    // New chunks are in the memo now; a memo dropped while they were stored may lose one: ask again.
    let tokens = chunkTokens[j] ?? memo.get(chunk);
    if (tokens === undefined) {
      tokeniseNewChunks([chunk]);
      tokens = memo.get(chunk)!;
    }
    const at = chunkStart[j]!;
    if (!Array.isArray(tokens)) {
      grow(n + 1);
      columns.start[n] = at;
      columns.end[n] = at + chunk.length;
      columns.type[n] = tokens.type;
      columns.value[n] = strings.length;
      strings.push(tokens.text);
      n++;
      continue;
    }
    grow(n + tokens.length);
    for (const t of tokens) {
      columns.start[n] = at + t.start;
      columns.end[n] = at + t.end;
      columns.type[n] = t.type;
      if (t.text === undefined) columns.value[n] = -1;
      else {
        columns.value[n] = strings.length;
        strings.push(t.text);
      }
      n++;
    }
  }
  columns.n = n;
  return { raw: columns, strings };
}
