import type { DocView, Mention } from '../candidates/types.js';
import { isNameLike, isNounCompound } from '../candidates/context/words.js';

const ACRONYM = /^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,4}$/;

/**
 * A listed organisation followed at once by unknown name words or an acronym
 * names a unit or a longer name of its own: "Fraunhofer FIT", "Mærsk Line",
 * "Bilfinger Berger", "ADAC GT Masters". The longer span replaces the short
 * one and gets a document-local id (it is not the listed entry itself).
 */
export function extendOrganisations(view: DocView, chosen: Mention[]): Mention[] {
  const { tokens } = view.doc;
  // Only listed organisations found by the gazetteer are extended; without one the loop below changes
  // nothing, so the token marks are not built (most documents).
  if (!chosen.some(extensible)) return chosen;
  const taken = new Uint8Array(tokens.length);
  for (const m of chosen) for (let t = m.startToken; t < m.endToken; t++) taken[t] = 1;
  const { model } = view;
  for (const m of chosen) {
    if (!extensible(m)) continue;
    const sentence = tokens[m.startToken]!.sentence;
    let end = m.endToken;
    while (end < tokens.length && end - m.endToken < 3) {
      const t = tokens[end]!;
      if (taken[end] || t.sentence !== sentence || t.kind !== 'word' || t.start !== tokens[end - 1]!.end + 1) break;
      const f = view.pieces[view.tokenPiece[end]!]!.f;
      const acronym = ACRONYM.test(t.text) && !model.common.has(f) && !model.lower.has(f);
      const word = /^\p{Lu}\p{Ll}/u.test(t.text) && isNameLike(view, end) && !isNounCompound(view, end) && !model.firstNames.has(t.text);
      if (!acronym && !word) break;
      end++;
    }
    if (end === m.endToken) continue;
    // "Mercedes 208", "Opel Astra 1.6": a model number after it makes it a product, not an organisation.
    if (tokens[end]?.kind === 'num') continue;
    for (let t = m.endToken; t < end; t++) taken[t] = 1;
    m.endToken = end;
    m.end = tokens[end - 1]!.end;
    m.coverage = end - m.startToken;
    if (view.explain) m.evidence.push(`extended over the following name words: a unit or longer name of ${view.model.entries.canonical(m.entry!)}`);
    m.canonical = view.doc.text.slice(m.start, m.end);
    m.entry = undefined;
    m.docId = 'doc:org:';
  }
  return chosen;
}

/** A listed organisation found by the gazetteer: the only mentions extendOrganisations extends. */
function extensible(m: Mention): boolean {
  return m.type === 'ORG' && m.kind === 'name' && m.entry !== undefined && m.source === 'gazetteer';
}
