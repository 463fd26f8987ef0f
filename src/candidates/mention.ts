import type { DocView, Mention } from './types.js';

/** Builds a mention over pieces [p0, p1] (inclusive), widened to whole tokens. */
export function mentionOverPieces(
  view: DocView,
  p0: number,
  p1: number,
  fields: Omit<Mention, 'startToken' | 'endToken' | 'start' | 'end' | 'kind' | 'coverage'>,
): Mention {
  const { pieces, doc } = view;
  const t0 = pieces[p0]!.token;
  const t1 = pieces[p1]!.token;
  const whole = pieces[p0]!.first && pieces[p1]!.last;
  return {
    ...fields,
    startToken: t0,
    endToken: t1 + 1,
    start: doc.tokens[t0]!.start,
    end: doc.tokens[t1]!.end,
    kind: whole ? 'name' : 'part',
    coverage: p1 - p0 + 1,
  };
}
