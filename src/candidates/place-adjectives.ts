import type { DocView, Mention } from './types.js';
import { WORD_NONE_PLACE_ADJECTIVE, type WordFacts } from '../model/word-info.js';

/** Endings of place adjectives and inhabitant nouns: Pulheim-er, Itzehoe-r, Wolfsburg-ern, Bremen → Brem-er is listed. */
const ENDINGS = ['ern', 'er', 'r'];

/**
 * The regular German place adjective: a listed place + "-er" (Pulheimer,
 * Wülfrather Polizei, Ummendorfer Gemeinderat; Itzehoe → Itzehoer; dative
 * plural Wolfsburgern), capitalised, linked to the place (`kind: deriv`).
 * Irregular forms (Münchner, Hallenser) come from the derivation table; a word
 * that is an ordinary word, a first name or a listed name itself is left alone
 * (Fischer, Steiner, Berger).
 */
export function findPlaceAdjectives(view: DocView): Mention[] {
  const { tokens } = view.doc;
  const { model } = view;
  const out: Mention[] = [];
  // A word known to be no place adjective (-1, flagged on the word) is skipped without loading its facts.
  const flags = view.flags;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.parts) continue;
    const pi = view.tokenPiece[i]!;
    if (flags !== undefined && (flags[pi]! & WORD_NONE_PLACE_ADJECTIVE) !== 0) continue;
    // The answer depends only on the written form (the piece's WordFacts is that word's): asked once per word.
    const info = view.pieces[pi]!.info as WordFacts;
    let entry = info.placeAdjective;
    if (entry === -2) {
      entry = info.placeAdjective = placeOf(view, info, t.text);
      if (entry === -1) info.gazFlags |= WORD_NONE_PLACE_ADJECTIVE;
    }
    if (entry < 0) continue;
    out.push({
      startToken: i,
      endToken: i + 1,
      start: t.start,
      end: t.end,
      type: 'LOC',
      kind: 'deriv',
      entry,
      score: 0.7,
      source: 'derivation',
      coverage: 1,
      evidence: view.explain ? [`place adjective: ${model.entries.canonical(entry)} + "-er" (${model.entries.id(entry)})`] : [],
    });
  }
  return out;
}

/** The listed place a place adjective is formed from (-1: none); `info` is the word's. */
function placeOf(view: DocView, info: WordFacts, text: string): number {
  const { model } = view;
  if (!/^\p{Lu}\p{Ll}{3,}r[n]?$/u.test(text)) return -1;
  const f = info.f;
  if (info.hits || info.derivation || model.common.has(f) || model.lower.has(f) || model.firstNames.has(text) || model.names.has(f)) return -1;
  for (const suffix of ENDINGS) {
    if (!text.endsWith(suffix)) continue;
    const stem = text.slice(0, -suffix.length);
    if (suffix === 'r' && !stem.endsWith('e')) continue;
    if (stem.length < 3) continue;
    const hits = model.names.get(view.fold(stem));
    const hit = hits?.find((h) => !h.rule && model.entries.type(h.entry) === 'LOC');
    if (hit) return hit.entry;
  }
  return -1;
}
