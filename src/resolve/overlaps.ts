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
  const n = mentions.length;
  // The mentions come in many object shapes (one per source), so a comparator reading their fields is slow:
  // their sort keys are read once into typed arrays and mention indices sorted instead. The comparator
  // computes compareStrength's differences from the same values (a Float64Array keeps every number, NaN
  // included, and KIND_RANK's answer undefined becomes NaN as it does in compareStrength), and ties fall
  // back to the index, which is what the stable sort of a copy of `mentions` does: the same order.
  const span = new Float64Array(n);
  const coverage = new Float64Array(n);
  const rank = new Float64Array(n);
  const score = new Float64Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const order: number[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const m = mentions[k]!;
    span[k] = m.endToken - m.startToken;
    coverage[k] = m.coverage;
    rank[k] = KIND_RANK[m.kind];
    score[k] = m.score;
    start[k] = m.start;
    end[k] = m.end;
    order[k] = k;
  }
  order.sort((a, b) => span[b]! - span[a]! || coverage[b]! - coverage[a]! || rank[b]! - rank[a]! || score[b]! - score[a]! || a - b);
  const taken = new Uint8Array(tokenCount);
  const kept: number[] = [];
  for (const k of order) {
    const m = mentions[k]!;
    let free = true;
    for (let t = m.startToken; t < m.endToken; t++) if (taken[t]) { free = false; break; }
    if (!free) continue;
    for (let t = m.startToken; t < m.endToken; t++) taken[t] = 1;
    kept.push(k);
  }
  // By position: the same keys as `(a, b) => a.start - b.start || b.end - a.end` on the kept mentions in the
  // order above; a tie keeps that order (the stable sort), so ties compare the kept list's positions.
  const at = new Float64Array(n);
  for (let p = 0; p < kept.length; p++) at[kept[p]!] = p;
  kept.sort((a, b) => start[a]! - start[b]! || end[b]! - end[a]! || at[a]! - at[b]!);
  const out: Mention[] = new Array(kept.length);
  for (let p = 0; p < kept.length; p++) out[p] = mentions[kept[p]!]!;
  return out;
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
