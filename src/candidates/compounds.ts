import type { DocView, Mention } from './types.js';
import type { Model } from '../model/types.js';
import { WORD_NONE_COMPOUND, type CompoundHit, type WordFacts } from '../model/word-info.js';

const MIN_HEAD = 4;
const MIN_TAIL = 3;

/**
 * Closed compounds that contain a name (`kind: part`): Russlandreise,
 * Ukrainekrieg (Nato-Gipfel is handled by the gazetteer on hyphen parts). The
 * head must be an unambiguous name of at least four letters and the rest an
 * ordinary German noun, which keeps "Bernstein" and "Irland" whole.
 */
export function findCompoundMentions(view: DocView): Mention[] {
  const { doc, model } = view;
  const out: Mention[] = [];
  if (model.compoundHeads.size === 0) return out;
  const { tokens } = doc;
  // A word known to be no such compound (null, flagged on the word) is skipped without loading its facts.
  const flags = view.flags;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Length and first letter read from the document text (Token.text is text.slice(start, end)):
    // the text is read in order, the token's own string may lie anywhere in a big heap.
    if (t.kind !== 'word' || t.parts || t.end - t.start < MIN_HEAD + MIN_TAIL) continue;
    const c = doc.text.charCodeAt(t.start);
    if (!(c >= 65 && c <= 90) && !(c >= 0xc0 && c <= 0xde)) continue;
    const pi = view.tokenPiece[i]!;
    if (flags !== undefined && (flags[pi]! & WORD_NONE_COMPOUND) !== 0) continue;
    // A plain token is its only piece, whose word info keeps the answer (one memo read less per word).
    const info = view.pieces[pi]!.info as WordFacts;
    let hit = info.compound;
    if (hit === undefined) {
      hit = info.compound = model.memo.compound.get(t.text, (w) => splitCompound(view, model, w));
      if (hit === null) info.gazFlags |= WORD_NONE_COMPOUND;
    }
    if (!hit) continue;
    const entries = model.entries;
    out.push({
      startToken: i, endToken: i + 1, start: t.start, end: t.end,
      type: entries.type(hit.entry), kind: 'part', entry: hit.entry, score: 0.8, source: 'compound', coverage: 1,
      evidence: view.explain ? [`compound: ${entries.canonical(hit.entry)} (${entries.id(hit.entry)})${hit.linker ? ' + linking s' : ''} + "${hit.tail}"`] : [],
    });
  }
  return out;
}

function splitCompound(view: DocView, model: Model, word: string): CompoundHit | null {
  const f = view.fold(word);
  if (model.common.has(f) || model.lower.has(f) || model.names.has(f) || model.derivations.has(f)) return null;
  // Split the lower-cased surface, not the folded form: folding ä to ae
  // would invent split points ("Gelände" is not Gela + ende).
  const w = word.toLowerCase();
  for (let k = w.length - MIN_TAIL; k >= MIN_HEAD; k--) {
    const tail = w.slice(k);
    if (!model.common.has(view.fold(tail))) continue;
    let head = model.compoundHeads.get(w.slice(0, k));
    let linker = '';
    if (head === undefined && w[k - 1] === 's') { head = model.compoundHeads.get(w.slice(0, k - 1)); linker = 's'; }
    if (head !== undefined) return { entry: head, tail, linker };
  }
  return null;
}
