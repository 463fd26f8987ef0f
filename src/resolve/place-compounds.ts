import type { DocView, Mention } from '../candidates/types.js';
import { hasNounSuffix } from '../candidates/context/words.js';

/**
 * A hyphenated compound of names is a name, not a part: a place plus a district
 * or a second place (Berlin-Charlottenburg, Bremen-Vegesack,
 * Schwarzburg-Rudolstadt) names one place. The compound keeps the place type,
 * gets kind `name` and a document-local id (it is not the listed entry itself).
 * Compounds with an ordinary word (Russland-Reise, Berlin-Besuch) stay parts.
 */
export function promotePlaceCompounds(view: DocView, chosen: Mention[]): Mention[] {
  const { tokens } = view.doc;
  const { model } = view;
  for (const m of chosen) {
    if (m.kind !== 'part' || m.type !== 'LOC' || m.endToken - m.startToken !== 1) continue;
    const t = tokens[m.startToken]!;
    if (!t.parts || t.parts.length < 2) continue;
    let allNames = true;
    for (const [a, b] of t.parts) {
      const w = view.doc.text.slice(a, b);
      const f = view.fold(w);
      if (!/^\p{Lu}\p{Ll}{2,}/u.test(w) || model.common.has(f) || model.lower.has(f) || hasNounSuffix(f) || model.orgHeads.has(w) || model.personTitles.has(w) || model.derivations.has(f)) {
        allNames = false;
        break;
      }
    }
    if (!allNames) continue;
    m.kind = 'name';
    if (view.explain) m.evidence.push('every part of the hyphenated compound is a name: one place');
    m.entry = undefined;
    m.docId = 'doc:loc:';
    m.canonical = t.text;
  }
  return chosen;
}
