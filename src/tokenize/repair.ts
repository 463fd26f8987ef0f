import type { RawTokens } from './align.js';
import type { Token } from './types.js';
import { ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.js';
import { T_NUMBER, T_PUNCT, T_WORD, T_WORD_PLAIN, isLatinLetter } from './wink.js';
import { TokenObject } from './token.js';

const WORDISH = /^[\p{L}\p{M}\p{N}\u00ad\u200c\u200d]+$/u;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const APOSTROPHES = new Set(["'", '\u2019']);

/** WORDISH.test(s), with Latin letters and digits decided by char codes (an
 *  ASCII character outside [A-Za-z0-9] is never wordish); anything else asks the regex. */
function isWordish(s: string): boolean {
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
    } else if (!isLatinLetter(c)) return WORDISH.test(s);
  }
  return n > 0;
}

/** Invisible format characters that must not start or end a word token (soft hyphen, ZW(N)J, word joiner, BOM). */
function isEdgeFormat(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

/** /\p{M}/u.test(text[k]): no combining mark below U+0300. */
function isMarkAt(text: string, k: number): boolean {
  return text.charCodeAt(k) < 0x300 ? false : /\p{M}/u.test(text[k]!);
}

/**
 * Repairs wink-nlp's English tokenisation for German: glues words wink split at
 * letters outside Latin-1 (Erdo|ğ|an), joins hyphenated compounds into one word
 * that keeps its parts (Russland-Reise), keeps abbreviations (Nr.) and ordinals
 * ("3.", "1. FC") whole, and attaches genitive apostrophes (Scholz').
 * `values`: wink's values, reused as token texts where a token is exactly one
 * value (no slice per token); undefined when `raw` was placed on another string.
 */
export function repairTokens(text: string, raw: RawTokens, values?: string[]): Token[] {
  const out: Token[] = [];
  const { n, start: S, end: E, type: T } = raw;
  const rawText = (k: number): string => rawString(text, raw, values, k);
  let i = 0;
  while (i < n) {
    const first = i;
    let start = S[i]!;
    let end = E[i]!;
    let s = rawText(i);
    const type = T[i]!;
    let kind: Token['kind'] =
      type === T_NUMBER ? 'num' : type === T_PUNCT ? 'punct' : type === T_WORD_PLAIN || isWordish(s) || (type === T_WORD && /^[\p{L}.]+$/u.test(s)) ? 'word' : 'sym';
    let parts: Array<[number, number]> | undefined;
    let partStart = start;
    i++;
    // Glue, hyphen and apostrophe joins: only across tokens that touch.
    while (i < n && S[i] === end) {
      const next = rawText(i);
      if ((kind === 'word' || kind === 'num') && isWordish(next)) {
        end = E[i]!;
        kind = /\p{L}/u.test(text.slice(start, end)) ? 'word' : kind;
        i++;
        continue;
      }
      // Dotted names and domains: Ver.di, stern.de, t-online.de (a lower-case part after the dot).
      if (kind === 'word' && next === '.' && i + 1 < n && S[i + 1] === E[i] && /^\p{Ll}[\p{Ll}\d]*$/u.test(rawText(i + 1))) {
        end = E[i + 1]!;
        i += 2;
        continue;
      }
      if (kind === 'sym' && (next === '\u200d' || s.endsWith('\u200d'))) {
        end = E[i]!;
        s = text.slice(start, end);
        i++;
        continue;
      }
      if ((kind === 'word' || kind === 'num') && HYPHENS.has(next) && i + 1 < n && S[i + 1] === E[i]) {
        const after = rawText(i + 1);
        if (isWordish(after)) {
          (parts ??= []).push([partStart, end]);
          partStart = S[i + 1]!;
          end = E[i + 1]!;
          kind = 'word';
          i += 2;
          continue;
        }
      }
      if (kind === 'word' && APOSTROPHES.has(next[0]!) && (next.length > 1 ? isWordish(next.slice(1)) : true)) {
        if (next.length > 1) { end = E[i]!; i++; continue; }
        const after = i + 1 < n && S[i + 1] === E[i] ? rawText(i + 1) : '';
        if (after && isWordish(after)) { end = E[i + 1]!; i += 2; continue; }
        if (!after && /[sßxz]$/u.test(text.slice(start, end))) { end = E[i]!; i++; }
        break;
      }
      break;
    }
    if (parts) parts.push([partStart, end]);
    if (kind !== 'punct' && (isEdgeFormat(text.charCodeAt(start)) || isEdgeFormat(text.charCodeAt(end - 1)) || isMarkAt(text, start))) {
      let a = start;
      let b = end;
      while (a < b && (isEdgeFormat(text.charCodeAt(a)) || isMarkAt(text, a))) a++;
      while (b > a && isEdgeFormat(text.charCodeAt(b - 1))) b--;
      if (a < b) {
        start = a;
        end = b;
        if (parts) { parts[0]![0] = start; parts[parts.length - 1]![1] = end; }
        if (kind === 'sym' && isWordish(text.slice(start, end))) kind = 'word';
      }
    }
    s = start === S[first] && end === E[first] ? rawText(first) : text.slice(start, end);
    const token: Token = new TokenObject(start, end, s, kind, 0);
    if (parts) token.parts = parts;
    // Abbreviation or ordinal: a touching dot becomes part of the token.
    if (i < n && S[i] === end && text.charCodeAt(end) === 46 && E[i] === end + 1) {
      if (kind === 'word' && !parts && (ABBREVIATIONS.has(s) || /^\p{Lu}$/u.test(s))) {
        token.end = end + 1; token.text = s + '.'; token.abbr = true; i++;
      } else if (kind === 'num' && /^\d{1,3}(\.\d{1,2})?$/.test(s) && isOrdinalContext(text, raw, i + 1)) {
        token.end = end + 1; token.text = s + '.'; token.ordinal = true; i++;
      }
    } else if (kind === 'word' && s.length > 1 && s.charCodeAt(s.length - 1) === 46) {
      token.abbr = true;
    }
    out.push(token);
  }
  return out;
}

/** The original string of raw token k: wink's own value when it was placed character for character. */
function rawString(text: string, raw: RawTokens, values: string[] | undefined, k: number): string {
  const v = raw.value[k]!;
  return values !== undefined && v >= 0 ? values[v]! : text.slice(raw.start[k]!, raw.end[k]!);
}

/** A number + dot is an ordinal when the next token continues the phrase
 *  ("3. Oktober", "1. FC", "19. Jahrhundert") rather than starting a sentence. */
function isOrdinalContext(text: string, raw: RawTokens, next: number): boolean {
  if (next >= raw.n) return false;
  const from = raw.end[next - 1]!;
  const to = raw.start[next]!;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return false;
  const s = text.slice(to, raw.end[next]);
  if (SENTENCE_STARTERS.has(s)) return false;
  return /^[\p{L}\p{N}]/u.test(s);
}
