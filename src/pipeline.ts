import type { Entity, ExtractOptions } from './types.js';
import type { Model } from './model/types.js';
import type { Mention } from './candidates/types.js';
import { tokenizeWithTemplates } from './tokenize/tokenize.js';
import { createDocView } from './candidates/doc-view.js';
import { findGazetteerMentions } from './candidates/gazetteer.js';
import { findDerivationMentions } from './candidates/derivations.js';
import { findCompoundMentions } from './candidates/compounds.js';
import { findSurnameMentions } from './candidates/surnames.js';
import { findPlaceAdjectives } from './candidates/place-adjectives.js';
import { findContextMentions } from './candidates/context/index.js';
import { findFuzzyMentions } from './candidates/fuzzy.js';
import { getFuzzyIndex } from './model/fuzzy-index.js';
import { applyAmbiguityRules } from './resolve/ambiguity.js';
import { resolveLongestThenStrongest, resolveNested } from './resolve/overlaps.js';
import { applyDocumentMemory, type DocumentMemory } from './resolve/memory.js';
import { promotePlaceCompounds } from './resolve/place-compounds.js';
import { joinSlashedPlaces } from './resolve/joined-places.js';
import { extendOrganisations } from './resolve/org-extensions.js';
import { splitNamedCompounds } from './resolve/name-parts.js';
import { promoteNamedAfter } from './resolve/named-after.js';
import { toEntities } from './resolve/to-entities.js';

export type ResolvedOptions = Required<ExtractOptions>;

/**
 * text → tokens → candidate mentions → resolution → entities. Wiring only.
 * `memory` carries document memory from earlier windows of the same document.
 */
export function runPipeline(model: Model, fold: (w: string) => string, text: string, opts: ResolvedOptions, memory?: DocumentMemory): Entity[] {
  const { doc, templates } = tokenizeWithTemplates(text);
  if (doc.tokens.length === 0) return [];
  const view = createDocView(doc, model, fold, opts.explain, templates);
  const candidates: Mention[] = findGazetteerMentions(view);
  for (const m of findDerivationMentions(view)) candidates.push(m);
  for (const m of findCompoundMentions(view)) candidates.push(m);
  for (const m of findSurnameMentions(view)) candidates.push(m);
  for (const m of findPlaceAdjectives(view)) candidates.push(m);
  let gated = applyAmbiguityRules(view, candidates);
  if (opts.fuzzy) {
    const covered = new Uint8Array(doc.tokens.length);
    for (const m of gated) for (let t = m.startToken; t < m.endToken; t++) covered[t] = 1;
    const fuzzy = findFuzzyMentions(view, getFuzzyIndex(model), covered);
    if (fuzzy.length > 0) gated = gated.concat(fuzzy);
  }
  if (opts.context) gated = gated.concat(findContextMentions(view));
  let chosen = opts.nested ? resolveNested(gated) : resolveLongestThenStrongest(gated, doc.tokens.length);
  if (!opts.nested) chosen = joinSlashedPlaces(view, chosen);
  if (!opts.nested && opts.context) chosen = extendOrganisations(view, chosen);
  if (!opts.nested) chosen = promoteNamedAfter(view, splitNamedCompounds(view, chosen));
  const remembered = applyDocumentMemory(view, promotePlaceCompounds(view, chosen), memory);
  return toEntities(view, remembered, opts.explain, opts.minScore);
}
