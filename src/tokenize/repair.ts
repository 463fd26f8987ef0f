import type { RawToken } from './align.js';
import type { Token } from './types.js';
import { ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.js';

const WORDISH = /^[\p{L}\p{M}\p{N}\u00ad\u200c\u200d]+$/u;
/** Invisible format characters that must not start or end a word token (soft hyphen, ZW(N)J, word joiner, BOM). */
const EDGE_FORMAT = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const APOSTROPHES = new Set(["'", '\u2019']);

function isWordish(s: string): boolean {
  return WORDISH.test(s);
}

/**
 * Repairs wink-nlp's English tokenisation for German: glues words wink split at
 * letters outside Latin-1 (Erdo|ğ|an), joins hyphenated compounds into one word
 * that keeps its parts (Russland-Reise), keeps abbreviations (Nr.) and ordinals
 * ("3.", "1. FC") whole, and attaches genitive apostrophes (Scholz').
 */
export function repairTokens(text: string, raw: RawToken[]): Token[] {
  const out: Token[] = [];
  const n = raw.length;
  let i = 0;
  while (i < n) {
    let start = raw[i]!.start;
    let end = raw[i]!.end;
    let s = text.slice(start, end);
    const type = raw[i]!.type;
    let kind: Token['kind'] =
      type === 'number' ? 'num' : type === 'punctuation' ? 'punct' : isWordish(s) || (type === 'word' && /^[\p{L}.]+$/u.test(s)) ? 'word' : 'sym';
    let parts: Array<[number, number]> | undefined;
    let partStart = start;
    i++;
    // Glue, hyphen and apostrophe joins: only across tokens that touch.
    while (i < n && raw[i]!.start === end) {
      const next = text.slice(raw[i]!.start, raw[i]!.end);
      if ((kind === 'word' || kind === 'num') && isWordish(next)) {
        end = raw[i]!.end;
        kind = /\p{L}/u.test(text.slice(start, end)) ? 'word' : kind;
        i++;
        continue;
      }
      // Dotted names and domains: Ver.di, stern.de, t-online.de (a lower-case part after the dot).
      if (kind === 'word' && next === '.' && i + 1 < n && raw[i + 1]!.start === raw[i]!.end && /^\p{Ll}[\p{Ll}\d]*$/u.test(text.slice(raw[i + 1]!.start, raw[i + 1]!.end))) {
        end = raw[i + 1]!.end;
        i += 2;
        continue;
      }
      if (kind === 'sym' && (next === '\u200d' || s.endsWith('\u200d'))) {
        end = raw[i]!.end;
        s = text.slice(start, end);
        i++;
        continue;
      }
      if ((kind === 'word' || kind === 'num') && HYPHENS.has(next) && i + 1 < n && raw[i + 1]!.start === raw[i]!.end) {
        const after = text.slice(raw[i + 1]!.start, raw[i + 1]!.end);
        if (isWordish(after)) {
          (parts ??= []).push([partStart, end]);
          partStart = raw[i + 1]!.start;
          end = raw[i + 1]!.end;
          kind = 'word';
          i += 2;
          continue;
        }
      }
      if (kind === 'word' && APOSTROPHES.has(next[0]!) && (next.length > 1 ? isWordish(next.slice(1)) : true)) {
        if (next.length > 1) { end = raw[i]!.end; i++; continue; }
        const after = i + 1 < n && raw[i + 1]!.start === raw[i]!.end ? text.slice(raw[i + 1]!.start, raw[i + 1]!.end) : '';
        if (after && isWordish(after)) { end = raw[i + 1]!.end; i += 2; continue; }
        if (!after && /[sßxz]$/u.test(text.slice(start, end))) { end = raw[i]!.end; i++; }
        break;
      }
      break;
    }
    if (parts) parts.push([partStart, end]);
    if (kind !== 'punct' && (EDGE_FORMAT.test(text[start]!) || EDGE_FORMAT.test(text[end - 1]!) || /\p{M}/u.test(text[start]!))) {
      let a = start;
      let b = end;
      while (a < b && (EDGE_FORMAT.test(text[a]!) || /\p{M}/u.test(text[a]!))) a++;
      while (b > a && EDGE_FORMAT.test(text[b - 1]!)) b--;
      if (a < b) {
        start = a;
        end = b;
        if (parts) { parts[0]![0] = start; parts[parts.length - 1]![1] = end; }
        if (kind === 'sym' && isWordish(text.slice(start, end))) kind = 'word';
      }
    }
    s = text.slice(start, end);
    const token: Token = { start, end, text: s, kind, sentence: 0 };
    if (parts) token.parts = parts;
    // Abbreviation or ordinal: a touching dot becomes part of the token.
    if (i < n && raw[i]!.start === end && text.charCodeAt(end) === 46 && raw[i]!.end === end + 1) {
      if (kind === 'word' && !parts && (ABBREVIATIONS.has(s) || /^\p{Lu}$/u.test(s))) {
        token.end = end + 1; token.text = s + '.'; token.abbr = true; i++;
      } else if (kind === 'num' && /^\d{1,3}(\.\d{1,2})?$/.test(s) && isOrdinalContext(text, raw, i + 1)) {
        token.end = end + 1; token.text = s + '.'; token.ordinal = true; i++;
      }
    } else if (kind === 'word' && s.length > 1 && s.endsWith('.')) {
      token.abbr = true;
    }
    out.push(token);
  }
  return out;
}

/** A number + dot is an ordinal when the next token continues the phrase
 *  ("3. Oktober", "1. FC", "19. Jahrhundert") rather than starting a sentence. */
function isOrdinalContext(text: string, raw: RawToken[], next: number): boolean {
  const t = raw[next];
  if (!t) return false;
  const gap = text.slice(raw[next - 1]!.end, t.start);
  if (gap.includes('\n')) return false;
  const s = text.slice(t.start, t.end);
  if (SENTENCE_STARTERS.has(s)) return false;
  return /^[\p{L}\p{N}]/u.test(s);
}
