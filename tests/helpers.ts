import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '../src/index.js';

export const SHARED = path.resolve(__dirname, '..', '..', 'shared', 'data');
export const hasShared = fs.existsSync(path.join(SHARED, 'seed'));
if (!hasShared) console.warn(`shared data not found at ${SHARED}: seed and GermEval tests are skipped`);

/** The entity covering `surface` (its n-th occurrence) or undefined. */
export function find(text: string, entities: Entity[], surface: string, nth = 0): Entity | undefined {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
  if (at < 0) throw new Error(`test text has no "${surface}"`);
  return entities.find((e) => e.start === at && e.end === at + surface.length);
}

/** Asserts the offset invariant and ordering on any output. */
export function checkInvariants(text: string, entities: Entity[], nested = false): void {
  let last = -1;
  let lastEnd = 0;
  for (const e of entities) {
    if (!(e.start >= 0 && e.start < e.end && e.end <= text.length)) throw new Error(`bad span ${e.start}-${e.end}`);
    if (text.slice(e.start, e.end) !== e.text) throw new Error(`slice mismatch at ${e.start}: "${text.slice(e.start, e.end)}" vs "${e.text}"`);
    if (e.start < last) throw new Error('entities not sorted by start');
    if (!nested && e.start < lastEnd) throw new Error(`overlap at ${e.start}`);
    last = e.start;
    lastEnd = e.end;
  }
}
