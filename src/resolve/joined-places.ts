import type { DocView, Mention } from '../candidates/types.js';
import { isNameLike } from '../candidates/context/words.js';

const JOINERS = new Set(['/', '–']);

/**
 * Two places written as one word with a slash or an en dash and no spaces
 * ("München/Hamburg (dpa)", "Düren–Euskirchen", "Frankfurt/Main") are one
 * location span, as the GermEval 2014 guidelines annotate such tokens. One side
 * may be a place no list has ("Landau/Ganacker"). The joined span gets a
 * document-local id. With `nested: true` nothing is joined: the two places come back on their own.
 */
export function joinSlashedPlaces(view: DocView, chosen: Mention[]): Mention[] {
  const { tokens } = view.doc;
  // Only a mention followed by a joiner token can be joined; without one the loop below copies `chosen`.
  if (!chosen.some((m) => JOINERS.has(tokens[m.endToken]?.text ?? ''))) return chosen.slice();
  const byStart = new Map<number, Mention>();
  for (const m of chosen) byStart.set(m.startToken, m);
  const out: Mention[] = [];
  const used = new Set<Mention>();
  for (const a of chosen) {
    if (used.has(a)) continue;
    const sep = tokens[a.endToken];
    const nextTok = tokens[a.endToken + 1];
    const glued = sep && nextTok && JOINERS.has(sep.text) && sep.start === tokens[a.endToken - 1]!.end && nextTok.start === sep.end;
    if (!glued) { out.push(a); continue; }
    const found = byStart.get(a.endToken + 1);
    // A guess from a context rule on the other side (a bare name read as a subject) yields to the place reading.
    const guessed = found !== undefined && found.source === 'context' && found.type !== 'LOC' && found.endToken === a.endToken + 2;
    const b = guessed ? undefined : found;
    const aPlace = a.type === 'LOC' && a.kind === 'name';
    const bPlace = b !== undefined && b.type === 'LOC' && b.kind === 'name';
    const bUnknown = b === undefined && nextTok.kind === 'word' && isNameLike(view, a.endToken + 1) && (tokens[a.endToken + 2] === undefined || tokens[a.endToken + 2]!.start > nextTok.end || tokens[a.endToken + 2]!.kind === 'punct');
    if (!(aPlace && (bPlace || bUnknown))) { out.push(a); continue; }
    const endToken = b ? b.endToken : a.endToken + 2;
    const end = tokens[endToken - 1]!.end;
    const text = view.doc.text.slice(a.start, end);
    out.push({
      startToken: a.startToken,
      endToken,
      start: a.start,
      end,
      type: 'LOC',
      kind: 'name',
      score: Math.min(a.score, b ? b.score : 0.6),
      source: a.source,
      coverage: endToken - a.startToken,
      evidence: view.explain ? [...a.evidence, `places joined by "${sep.text}" without spaces: one location span (GermEval convention)`] : [],
      docId: 'doc:loc:',
      canonical: text,
    });
    if (found) used.add(found);
  }
  return out.filter((m) => !used.has(m));
}
