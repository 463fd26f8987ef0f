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
