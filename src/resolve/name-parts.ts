import type { DocView, Mention } from '../candidates/types.js';

/**
 * GermEval convention for hyphenated institutions: a listed name plus an
 * ordinary noun ("EU-Kommission", "SPD-Bundestagsfraktion", "DFB-Pokal",
 * "US-Notenbank") is a word that contains a name — kind `part`, typed and
 * linked by the name it contains — even when the whole compound is itself a
 * gazetteer entry. Compounds of names (Nordrhein-Westfalen, Rheinland-Pfalz)
 * stay names.
 */
export function splitNamedCompounds(view: DocView, chosen: Mention[]): Mention[] {
  const { tokens, text } = view.doc;
  const { model } = view;
  for (const m of chosen) {
    if (m.kind !== 'name' || m.source !== 'gazetteer' || m.endToken - m.startToken !== 1) continue;
    const t = tokens[m.startToken]!;
    if (!t.parts || t.parts.length !== 2) continue;
    const [a, b] = t.parts;
    const head = text.slice(a![0], a![1]);
    const tail = text.slice(b![0], b![1]);
    const ft = view.fold(tail);
    if (!/^\p{Lu}/u.test(tail) || !(model.common.has(ft) || model.orgHeads.has(tail)) || model.names.has(ft)) continue;
    const hits = model.names.get(view.fold(head));
    const hit = hits?.find((h) => !h.rule);
    if (!hit) continue;
    m.kind = 'part';
    m.type = model.entries.type(hit.entry);
    m.entry = hit.entry;
    m.docId = undefined;
    if (view.explain) m.evidence.push(`"${head}" + the ordinary noun "${tail}": a word containing a name (GermEval convention)`);
  }
  return chosen;
}
