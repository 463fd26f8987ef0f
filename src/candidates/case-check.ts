import { caseShape } from '../model/fold.js';

export type CaseFit = 'exact' | 'upper' | 'none';

/**
 * Does a document piece fit the case of the alias piece it folded onto?
 * Capitalised names need a capitalised word ("essen" is not Essen); acronyms
 * may be written as words (NATO → Nato); all-caps headlines fit with less trust.
 */
export function caseFit(doc: string, alias: string): CaseFit {
  const a = caseShape(alias);
  const d = caseShape(doc);
  if (a === 'lower' || a === 'mixed') return d === 'lower' || d === 'title' || doc === alias ? 'exact' : 'upper';
  if (d === 'lower' || d === 'mixed') return /^\p{L}/u.test(doc) ? 'none' : 'exact';
  if (a === 'upper') return 'exact';
  if (d === 'upper') return 'upper';
  return 'exact';
}

/** /^\p{Lu}/u: a capital first letter. */
export function startsUpper(w: string): boolean {
  return upperFirst(w.charCodeAt(0), w);
}

/**
 * startsUpper on a token's text, read from the document text at the token's start
 * (Token.text is text.slice(start, end)): the document string is read in order, so
 * this skips a load of the token's own string on the hot path.
 */
export function tokenStartsUpper(text: string, t: { start: number; end: number; text: string }): boolean {
  if (t.end <= t.start) return false;
  return upperFirst(text.charCodeAt(t.start), t.text);
}

/** /^\p{Lu}/u on `w`, whose first code unit is `c`: ASCII and Latin-1 by the code (no
 *  upper-case letter below À; these run on every token), the rest by the regex. */
function upperFirst(c: number, w: string): boolean {
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  return /^\p{Lu}/u.test(w);
}
