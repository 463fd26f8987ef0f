import type { DocView, Mention } from '../types.js';
import type { EntityType } from '../../types.js';
import { TRIGGER } from './trigger-bits.js';
import { contextMention, isCapitalised, isNameLike, isNounCompound } from './words.js';

const LINKS = new Set(['der', 'des', 'für', 'und', 'von', 'vom', 'zur', 'zum', 'die', 'im', 'in', 'am', 'of', 'for', 'the', 'and']);
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{Ll}\d&-]{2,8}$/u;

/**
 * An abbreviation defined in brackets ("Gemeinschaft Unabhängiger Staaten
 * (GUS)") names the words before it whose initials spell it; both become one
 * entity, and every later use of the abbreviation in the document links to it.
 */
export function findAbbreviationMentions(view: DocView, bits?: Uint32Array): Mention[] {
  const { tokens } = view.doc;
  const out: Mention[] = [];
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (bits && !(bits[i - 1]! & TRIGGER.paren)) continue;
    if (tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')' || !ACRONYM.test(tokens[i]!.text)) continue;
    const acronym = tokens[i]!.text;
    const start = definitionStart(view, i - 1, acronym.replace(/[^\p{L}\d]/gu, '').toLowerCase());
    if (start < 0) {
      // An all-caps abbreviation in brackets after a name (Bundesamt für Kommunikation (BAKOM)) names an organisation.
      if (/^\p{Lu}{2,6}$/u.test(acronym) && /^\p{Lu}/u.test(tokens[i - 2]!.text) && tokens[i - 2]!.kind === 'word' && organisationBefore(view, i - 1)) {
        const m = contextMention(view, i, i + 1, 'ORG', 0.6, 'abbreviation', `abbreviation "${acronym}" in brackets after a name`);
        out.push(m);
        for (let k = i + 2; k < tokens.length; k++) {
          if (tokens[k]!.text !== acronym) continue;
          const later = contextMention(view, k, k + 1, 'ORG', 0.6, 'abbreviation', `abbreviation "${acronym}" introduced earlier`);
          later.docId = m.docId;
          later.canonical = m.canonical;
          out.push(later);
        }
      }
      continue;
    }
    const type = typeOfLongForm(view, start, i - 1);
    const long = contextMention(view, start, i - 1, type, 0.8, 'abbreviation', `defines the abbreviation "${acronym}"`);
    out.push(long);
    for (let k = i; k < tokens.length; k++) {
      if (tokens[k]!.text !== acronym) continue;
      const m = contextMention(view, k, k + 1, type, 0.8, 'abbreviation', `abbreviation of "${long.canonical}" defined in the document`);
      m.docId = long.docId;
      m.canonical = long.canonical;
      out.push(m);
    }
  }
  return out;
}

/** The token from which the capitalised words before the bracket define `letters`:
 *  first by their initials, else by letters in order from the first word's initial on
 *  ("Deutsche Vermögensberatung (DVAG)", Schwartz–Hearst style). */
function definitionStart(view: DocView, bracket: number, letters: string): number {
  const exact = initialsStart(view, bracket, letters);
  if (exact >= 0 || letters.length < 3) return exact;
  const { tokens, text } = view.doc;
  for (let s = bracket - 1; s >= 0 && bracket - s <= 6; s--) {
    const t = tokens[s]!;
    if (t.sentence !== tokens[bracket]!.sentence) break;
    if (LINKS.has(t.text)) continue;
    if (!isCapitalised(t)) break;
    // One long word (Fluorchlorkohlenwasserstoffe (FCKW)) is a term, not a name.
    if (t.text[0]!.toLowerCase() !== letters[0] || s === bracket - 1) continue;
    if (lettersInOrder(text.slice(t.start, tokens[bracket - 1]!.end).toLowerCase(), letters)) return s;
  }
  return -1;
}

/** Every letter of `short` in `long` in order, right to left, the first one at the start. */
function lettersInOrder(long: string, short: string): boolean {
  let l = long.length - 1;
  for (let k = short.length - 1; k >= 1; k--) {
    while (l > 0 && long[l] !== short[k]) l--;
    if (l <= 0) return false;
    l--;
  }
  return long[0] === short[0];
}

/** The earliest token from which the capitalised words' initials spell `letters`. */
function initialsStart(view: DocView, bracket: number, letters: string): number {
  const { tokens } = view.doc;
  let initials = '';
  for (let s = bracket - 1; s >= 0 && bracket - s <= 10; s--) {
    const t = tokens[s]!;
    if (t.sentence !== tokens[bracket]!.sentence) break;
    if (LINKS.has(t.text)) continue;
    if (!isCapitalised(t)) break;
    const pieces = t.parts ? t.parts.map(([a]) => view.doc.text[a]!) : [t.text[0]!];
    initials = pieces.join('').toLowerCase() + initials;
    if (initials === letters) return s;
    if (!letters.endsWith(initials)) {
      // Words may contribute more than one letter (Bundesnachrichtendienst → BND).
      if (s === bracket - 1 || initials.length > letters.length) break;
    }
  }
  return -1;
}

function typeOfLongForm(view: DocView, from: number, to: number): EntityType {
  for (let k = from; k < to; k++) {
    const text = view.doc.tokens[k]!.text;
    if (view.model.orgHeads.has(text)) return 'ORG';
  }
  return 'ORG';
}

/** Evidence that the words before a bracket name an organisation: an
 *  organisation head among them, or a name-like last word that is not a
 *  compound of ordinary nouns ("Fluorchlorkohlenwasserstoffe (FCKW)" is not). */
function organisationBefore(view: DocView, bracket: number): boolean {
  const { tokens } = view.doc;
  for (let k = bracket - 1; k >= Math.max(0, bracket - 6); k--) {
    if (tokens[k]!.sentence !== tokens[bracket]!.sentence) break;
    if (view.model.orgHeads.has(tokens[k]!.text) || view.model.legalForms.has(tokens[k]!.text)) return true;
  }
  return isNameLike(view, bracket - 1) && !isNounCompound(view, bracket - 1);
}
