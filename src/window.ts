import type { Entity } from './types.js';
import type { Model } from './model/types.js';
import { runPipeline, type ResolvedOptions } from './pipeline.js';
import type { DocumentMemory } from './resolve/memory.js';

/**
 * Limits of the robust extraction layer. Mutable only so tests can force tiny
 * windows; not part of the public API.
 */
export const limits = {
  /** Target window size (UTF-16 code units) for long texts and streams. */
  window: 64 * 1024,
  /** `extract(text)` runs the whole text at once up to this length, windows above. */
  wholeText: 1024 * 1024,
  /** A run of this many characters without whitespace is opaque: no entity inside. */
  longRun: 256,
};

/** Exactly the characters JavaScript's `\s` matches (wink-nlp splits on all of them). */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Replaces every run of ≥ `limits.longRun` non-whitespace characters by
 * ". " + spaces of the same length, so offsets stay exact and the tokenizer
 * (whose regexes are quadratic in token length) never sees a giant token.
 * `openHead`/`openTail`: the text starts/ends inside a run already known to be long.
 */
export function maskLongRuns(text: string, openHead = false, openTail = false): string {
  if (!openHead && !openTail && !hasLongRun(text, limits.longRun)) return text;
  const n = text.length;
  let parts: string[] | undefined;
  let copied = 0;
  let i = 0;
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) { i++; continue; }
    const s = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const long = i - s >= limits.longRun || (s === 0 && openHead) || (i === n && openTail);
    if (!long) continue;
    parts ??= [];
    parts.push(text.slice(copied, s), i - s >= 2 ? '.' + ' '.repeat(i - s - 1) : ' ');
    copied = i;
  }
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Is there a run of at least `min` non-space characters? Probes every `min`-th
 * position only: a run that long cannot fit between two probes, and each probe
 * that hits a word skips past that word's end.
 */
function hasLongRun(text: string, min: number): boolean {
  if (!(min >= 1)) return true;
  const n = text.length;
  let p = min - 1;
  while (p < n) {
    if (isSpace(text.charCodeAt(p))) { p += min; continue; }
    let a = p;
    while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
    let b = p + 1;
    while (b < n && !isSpace(text.charCodeAt(b))) b++;
    if (b - a >= min) return true;
    p = b + min;
  }
  return false;
}

const PARAGRAPH = /\n[^\S\n]*\n\s*/g;
const SENTENCE = /\p{Ll}{2}[.!?…]["'»«“”’)\]]*\s+(?=["„»«‚(]?\p{Lu})/gu;
const NEWLINE = /\n\s*/g;
const SPACE = /\s+/g;

function lastMatchEnd(re: RegExp, region: string): number {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}

/**
 * The best place in `text` between `from` and `to` to end a window: after a
 * paragraph break, else at a sentence start, else after a line break, else
 * after whitespace; never inside a word. Only when the whole range is one
 * run without whitespace (a run far longer than `limits.longRun`, masked
 * anyway) is the cut placed inside it, at `to`.
 */
export function findCut(text: string, from: number, to: number): number {
  const region = text.slice(from, to);
  for (const re of [PARAGRAPH, SENTENCE, NEWLINE, SPACE]) {
    const end = lastMatchEnd(re, region);
    if (end > 0) return from + end;
  }
  return to;
}

/** A window of a long text: `[start, end)`, plus whether it begins/ends inside a run. */
export interface Window {
  start: number;
  end: number;
}

/** Cuts a whole in-memory text into windows of about `limits.window`. */
export function* windowsOf(text: string): Generator<Window> {
  let start = 0;
  while (text.length - start > limits.window) {
    const end = findCut(text, start + (limits.window >> 1), start + limits.window);
    yield { start, end };
    start = end;
  }
  if (start < text.length) yield { start, end: text.length };
}

/**
 * Runs the pipeline on `text` (a window starting at global offset `offset`)
 * with long runs masked, and shifts the entities to global offsets.
 */
export function runWindow(
  model: Model,
  fold: (w: string) => string,
  text: string,
  offset: number,
  opts: ResolvedOptions,
  memory: DocumentMemory | undefined,
  openHead = false,
  openTail = false,
): Entity[] {
  const masked = maskLongRuns(text, openHead, openTail);
  if (masked !== text && masked.trim() === '') return [];
  const found = runPipeline(model, fold, masked, opts, memory);
  const out: Entity[] = [];
  for (const e of found) {
    // An entity never contains masked characters; drop it if it somehow did.
    if (masked !== text && text.slice(e.start, e.end) !== e.text) continue;
    if (offset !== 0) {
      e.start += offset;
      e.end += offset;
    }
    out.push(e);
  }
  return out;
}
