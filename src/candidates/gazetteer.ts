import type { DocView, Mention } from './types.js';
import type { NameHit } from '../model/types.js';
import { caseFit } from './case-check.js';
import { mentionOverPieces } from './mention.js';

/** Genitive endings German adds to names: Putins, des Bundestages, Scholz'. */
const GENITIVE = [
  { end: "'", cut: 1 },
  { end: 'es', cut: 2 },
  { end: 's', cut: 1 },
];

/**
 * Exact and inflected gazetteer matches: every run of pieces whose folded form
 * is a known name (longest first), with genitive endings on the last piece.
 */
export function findGazetteerMentions(view: DocView, onHit?: (m: Mention) => void): Mention[] {
  const { pieces, model } = view;
  const out: Mention[] = [];
  const emit = onHit ?? ((m: Mention) => out.push(m));
  for (let p = 0; p < pieces.length; p++) {
    const f = pieces[p]!.f;
    const max = model.firstPiece.get(f);
    if (max !== undefined) {
      const sentence = view.doc.tokens[pieces[p]!.token]!.sentence;
      let key = '';
      const keys: string[] = [];
      for (let len = 1; len <= max && p + len <= pieces.length; len++) {
        const q = pieces[p + len - 1]!;
        if (view.doc.tokens[q.token]!.sentence !== sentence) break;
        key = len === 1 ? f : key + ' ' + q.f;
        keys.push(key);
      }
      for (let len = keys.length; len >= 1; len--) {
        const hits = model.names.get(keys[len - 1]!);
        if (hits) emitHits(view, p, p + len - 1, hits, false, emit);
        else if (len > 1) tryGenitive(view, p, len, keys[len - 2]!, emit);
      }
    } else if (f.length > 3) {
      tryGenitive(view, p, 1, '', emit);
    }
  }
  return out;
}

function tryGenitive(view: DocView, p: number, len: number, prefix: string, emit: (m: Mention) => void): void {
  const last = view.pieces[p + len - 1]!;
  for (const g of GENITIVE) {
    if (!last.f.endsWith(g.end) || last.f.length - g.cut < 3) continue;
    const stem = last.f.slice(0, -g.cut);
    const hits = view.model.names.get(prefix ? prefix + ' ' + stem : stem);
    if (hits) { emitHits(view, p, p + len - 1, hits, true, emit); return; }
  }
}

function isAcronym(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

function emitHits(view: DocView, p0: number, p1: number, hits: NameHit[], genitive: boolean, emit: (m: Mention) => void): void {
  const { pieces, model } = view;
  for (const hit of hits) {
    let upper = false;
    let ok = true;
    for (let k = 0; k <= p1 - p0 && ok; k++) {
      const piece = pieces[p0 + k]!;
      const fit = caseFit(piece.text, hit.pieces[k]!);
      if (fit === 'none') ok = false;
      // An acronym written like a word must not be an ordinary word (MIT ≠ "Mit", MAN ≠ "Man").
      else if (hit.pieces[k] !== piece.text && isAcronym(hit.pieces[k]!) && (model.common.has(piece.f) || model.lower.has(piece.f))) ok = false;
      else if (fit === 'upper') upper = true;
    }
    if (!ok) continue;
    const entry = model.entries[hit.entry]!;
    const evidence = [`gazetteer: "${hit.pieces.join(' ')}" → ${entry.id}`];
    let score = p1 > p0 ? 0.95 : 0.9;
    if (genitive) { score -= 0.05; evidence.push('genitive ending'); }
    if (hit.declined) { score -= 0.05; evidence.push('declined adjective'); }
    if (upper) { score -= 0.15; evidence.push('all-caps text'); }
    if (entry.weak) { score -= 0.1; evidence.push('bulk-imported entry'); }
    const m = mentionOverPieces(view, p0, p1, { type: entry.type, entry: hit.entry, score, source: 'gazetteer', evidence });
    if (hit.rule) m.rule = hit.rule;
    emit(m);
  }
}
