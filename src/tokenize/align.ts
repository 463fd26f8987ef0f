/** A wink token placed on the original text. */
export interface RawToken {
  start: number;
  end: number;
  type: string;
}

/** How far ahead the aligner looks for a token wink moved or normalised. */
const LOOKAHEAD = 64;

/**
 * Places wink-nlp's token values on the original text. wink drops some
 * characters (12 Unicode spaces, see README) and normalises others (NFD
 * "Mu\u0308ller" comes back as NFC "Müller"), so offsets are never computed
 * from wink's own counts: each value is searched at the cursor in the original
 * string, and a token that cannot be placed is dropped rather than guessed.
 */
export function alignTokens(text: string, values: string[], types: string[]): RawToken[] {
  const out: RawToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const type = types[i]!;
    if (type === 'tabCRLF') continue;
    let at = text.startsWith(value, cursor) ? cursor : -1;
    if (at < 0) {
      at = skipToValue(text, value, cursor);
    }
    if (at >= 0) {
      out.push({ start: at, end: at + value.length, type });
      cursor = at + value.length;
      continue;
    }
    const span = alignNormalised(text, value, cursor);
    if (span) {
      out.push({ start: span[0], end: span[1], type });
      cursor = span[1];
    }
  }
  return out;
}

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
