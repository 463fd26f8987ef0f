import { T_TAB, T_WORD, T_WORD_PLAIN, tokenTypeCode } from './wink.js';

/** wink tokens placed on the original text, as parallel arrays (no object per token;
 *  valid up to `n` and only until the next alignTokens call).
 *  `value[i]` is the index of the wink value that token i is, character for
 *  character, or -1 when it was placed by normalisation. */
export interface RawTokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  type: Uint8Array;
  value: Int32Array;
}

/** How far ahead the aligner looks for a token wink moved or normalised. */
const LOOKAHEAD = 64;

/**
 * Places wink-nlp's token values on the original text. wink drops some
 * characters (12 Unicode spaces, see README) and normalises others (NFD
 * "Mu\u0308ller" comes back as NFC "Müller"), so offsets are never computed
 * from wink's own counts: each value is searched at the cursor in the original
 * string, and a token that cannot be placed is dropped rather than guessed.
 * Whitespace tokens (type tabCRLF) are skipped.
 */
export function alignTokens(text: string, values: string[]): RawTokens {
  const m = values.length;
  // One set of columns, grown as needed and reused: the result is consumed before the next call
  // (tokenize is synchronous), and small off-heap allocations per document cost more than the work.
  if (columns.start.length < m) {
    const size = Math.max(m, columns.start.length * 2);
    columns = { n: 0, start: new Int32Array(size), end: new Int32Array(size), type: new Uint8Array(size), value: new Int32Array(size) };
  }
  const { start, end, type, value } = columns;
  let n = 0;
  let cursor = 0;
  for (let i = 0; i < m; i++) {
    const v = values[i]!;
    const t = tokenTypeCode(v);
    if (t === T_TAB) continue;
    let at = text.startsWith(v, cursor) ? cursor : -1;
    if (at < 0) {
      at = skipToValue(text, v, cursor);
    }
    if (at >= 0) {
      start[n] = at;
      end[n] = at + v.length;
      type[n] = t;
      value[n] = i;
      n++;
      cursor = at + v.length;
      continue;
    }
    const span = alignNormalised(text, v, cursor);
    if (span) {
      start[n] = span[0];
      end[n] = span[1];
      // The original characters differ from the value: no shortcut on them.
      type[n] = t === T_WORD_PLAIN ? T_WORD : t;
      value[n] = -1;
      n++;
      cursor = span[1];
    }
  }
  columns.n = n;
  return columns;
}

let columns: RawTokens = { n: 0, start: new Int32Array(1024), end: new Int32Array(1024), type: new Uint8Array(1024), value: new Int32Array(1024) };

/** Skips whitespace and characters wink drops, then expects `value`. */
function skipToValue(text: string, value: string, cursor: number): number {
  let p = cursor;
  const limit = Math.min(text.length, cursor + LOOKAHEAD);
  while (p < limit && isDroppable(text.charCodeAt(p))) {
    p++;
    if (text.startsWith(value, p)) return p;
  }
  return -1;
}

/** Finds the end of the original slice starting at the first non-space
 *  character after `cursor` whose NFC form equals `value`'s NFC form. */
function alignNormalised(text: string, value: string, cursor: number): [number, number] | undefined {
  // Bounded: normalising every prefix is quadratic, and only short words come back normalised.
  if (value.length > 256) return undefined;
  let p = cursor;
  while (p < text.length && isDroppable(text.charCodeAt(p))) p++;
  const target = value.normalize('NFC');
  const max = Math.min(text.length, p + value.length * 3 + 4);
  for (let e = p + 1; e <= max; e++) {
    if (text.slice(p, e).normalize('NFC') === target) return [p, e];
  }
  return undefined;
}

/** Whitespace, format and control characters that wink may skip. */
export function isDroppable(c: number): boolean {
  return (
    c <= 0x20 ||
    (c >= 0x7f && c <= 0xa0) ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202f) ||
    (c >= 0x205f && c <= 0x206f) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
