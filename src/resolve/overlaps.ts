import type { Mention } from '../candidates/types.js';

const KIND_RANK = { name: 2, deriv: 1, part: 0 } as const;

/** Orders candidates by strength: longer span, then more pieces covered by the
 *  evidence, then name over deriv over part, then score. */
export function compareStrength(a: Mention, b: Mention): number {
  return (
    b.endToken - b.startToken - (a.endToken - a.startToken) ||
    b.coverage - a.coverage ||
    KIND_RANK[b.kind] - KIND_RANK[a.kind] ||
    b.score - a.score
  );
}

/** Keeps the strongest of overlapping candidates (named policy: longest-then-strongest). */
export function resolveLongestThenStrongest(mentions: Mention[], tokenCount: number): Mention[] {
  const taken = new Uint8Array(tokenCount);
  const kept: Mention[] = [];
  for (const m of [...mentions].sort(compareStrength)) {
    let free = true;
    for (let t = m.startToken; t < m.endToken; t++) if (taken[t]) { free = false; break; }
    if (!free) continue;
    for (let t = m.startToken; t < m.endToken; t++) taken[t] = 1;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** For `nested: true`: every distinct span once, strongest reading first. */
export function resolveNested(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  const kept: Mention[] = [];
  for (const m of [...mentions].sort(compareStrength)) {
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
