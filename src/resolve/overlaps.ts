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
  // included, and KIND_RANK's answer undefined becomes NaN as it does in compareStrength), and ties keep the
  // index order, as the stable sort of a copy of `mentions` does: the same order. The arrays are reused
  // (allocating typed arrays per document costs more than the sort); nothing here is re-entered.
  if (keys.length < 6 * n) keys = new Float64Array(Math.max(6 * n, 2 * keys.length));
  const k = keys;
  const order: number[] = new Array(n);
  for (let x = 0; x < n; x++) {
    const m = mentions[x]!;
    const o = 6 * x;
    k[o] = m.endToken - m.startToken;
    k[o + 1] = m.coverage;
    k[o + 2] = KIND_RANK[m.kind];
    k[o + 3] = m.score;
    k[o + 4] = m.start;
    k[o + 5] = m.end;
    order[x] = x;
  }
  order.sort((a, b) => {
    const oa = 6 * a;
    const ob = 6 * b;
    return k[ob]! - k[oa]! || k[ob + 1]! - k[oa + 1]! || k[ob + 2]! - k[oa + 2]! || k[ob + 3]! - k[oa + 3]! || a - b;
  });
  if (taken.length < tokenCount) taken = new Uint8Array(Math.max(tokenCount, 2 * taken.length));
  else taken.fill(0, 0, tokenCount);
  const kept: number[] = [];
  for (const x of order) {
    const m = mentions[x]!;
    let free = true;
    for (let t = m.startToken; t < m.endToken; t++) if (taken[t]) { free = false; break; }
    if (!free) continue;
    for (let t = m.startToken; t < m.endToken; t++) taken[t] = 1;
    kept.push(x);
  }
  // By position: the keys of `(a, b) => a.start - b.start || b.end - a.end` on the kept mentions, which are
  // in the order above; the sort is stable, as the original one on the kept mentions was.
  kept.sort((a, b) => k[6 * a + 4]! - k[6 * b + 4]! || k[6 * b + 5]! - k[6 * a + 5]!);
  const out: Mention[] = new Array(kept.length);
  for (let p = 0; p < kept.length; p++) out[p] = mentions[kept[p]!]!;
  return out;
}

/** Scratch of resolveLongestThenStrongest: six sort keys per mention, and a mark per token. */
let keys = new Float64Array(6 * 256);
let taken = new Uint8Array(1024);

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
