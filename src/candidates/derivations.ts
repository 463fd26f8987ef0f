import type { DocView, Mention } from './types.js';
import { WORD_NONE_DERIVATION, wordInfo } from '../model/word-info.js';
import { isSurnameAfterRole } from './context/words.js';

/**
 * Words derived from names (`kind: deriv`): declined adjectives in any case
 * position (nordkoreanische, Russischen at a sentence start, US-amerikanischer)
 * and capitalised inhabitant nouns (Russen, Berliner, Münchner).
 */
export function findDerivationMentions(view: DocView): Mention[] {
  const { doc, model } = view;
  const out: Mention[] = [];
  if (model.derivations.size === 0) return out;
  const { tokens } = doc;
  // A plain token whose word has no derivation (flagged on the word) is skipped without loading its facts.
  const flags = view.flags;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (flags !== undefined && !t.parts && (flags[view.tokenPiece[i]!]! & WORD_NONE_DERIVATION) !== 0) continue;
    const hit = t.parts ? wordInfo(model, t.text).derivation : view.pieces[view.tokenPiece[i]!]!.info.derivation;
    if (!hit) continue;
    const capital = /^\p{Lu}/u.test(t.text);
    if (hit.form === 'inh' && !capital) continue;
    // After a role word an -er inhabitant noun is a surname: "der CSU-Politiker Straubinger".
    if (hit.form === 'inh' && isSurnameAfterRole(view, i)) continue;
    if (hit.form === 'adj' && t.text.length > 1 && t.text === t.text.toUpperCase() && !/\d/.test(t.text)) continue;
    const entries = model.entries;
    out.push({
      startToken: i,
      endToken: i + 1,
      start: t.start,
      end: t.end,
      type: entries.type(hit.entry),
      kind: 'deriv',
      entry: hit.entry,
      score: hit.form === 'adj' ? 0.9 : 0.85,
      source: 'derivation',
      coverage: 1,
      evidence: view.explain ? [`${hit.form === 'adj' ? 'adjective' : 'inhabitant noun'} derived from ${entries.canonical(hit.entry)} (${entries.id(hit.entry)})`] : [],
    });
  }
  return out;
}
