import type { DocView, Mention } from './types.js';

/** Builds a mention over pieces [p0, p1] (inclusive), widened to whole tokens. */
export function mentionOverPieces(
  view: DocView,
  p0: number,
  p1: number,
  fields: Pick<Mention, 'type' | 'entry' | 'score' | 'source' | 'evidence'>,
): Mention {
  const { pieces, doc } = view;
  const a = pieces[p0]!;
  const b = pieces[p1]!;
  return {
    startToken: a.token,
    endToken: b.token + 1,
    start: doc.tokens[a.token]!.start,
    end: doc.tokens[b.token]!.end,
    type: fields.type,
    kind: a.first && b.last ? 'name' : 'part',
    entry: fields.entry,
    score: fields.score,
    source: fields.source,
    coverage: p1 - p0 + 1,
    evidence: fields.evidence,
  };
}
