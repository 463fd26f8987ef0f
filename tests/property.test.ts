import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtractor, extract, extractStream, type Entity } from '../src/index.js';
import { limits } from '../src/window.js';
import { checkInvariants } from './helpers.js';
import { FRAGMENTS } from '../scripts/fuzz-fragments.mjs';


export const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ maxLength: 120 }),
  fragmentText,
  fc.tuple(fragmentText, fc.string({ unit: 'binary', maxLength: 20 }), fragmentText).map((t) => t.join(' ')),
);

const RUNS = 300;
const key = (es: Entity[]) => JSON.stringify(es);

describe('properties of extract on arbitrary text', () => {
  const saved = { ...limits };
  afterEach(() => Object.assign(limits, saved));

  it('every entity satisfies the offset invariants, flat and nested, and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, extract(text));
        checkInvariants(text, extract(text, { nested: true }), true);
      }),
      { numRuns: RUNS },
    );
  });

  it('output is deterministic (same extractor twice, and a fresh extractor)', () => {
    const other = createExtractor();
    fc.assert(
      fc.property(fragmentText, (text) => {
        const a = extract(text, { explain: true });
        expect(key(extract(text, { explain: true }))).toBe(key(a));
        expect(key(other.extract(text, { explain: true }))).toBe(key(a));
      }),
      { numRuns: RUNS },
    );
  });

  it('scores are in 0..1 and types/kinds are valid', () => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        for (const e of extract(text, { nested: true })) {
          expect(e.score).toBeGreaterThanOrEqual(0);
          expect(e.score).toBeLessThanOrEqual(1);
          expect(['PER', 'LOC', 'ORG', 'MISC']).toContain(e.type);
          expect(['name', 'deriv', 'part']).toContain(e.kind);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('extractStream with any chunking equals windowed extract', async () => {
    limits.window = 64;
    limits.wholeText = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fragmentText, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 50 }), async (parts, size) => {
        const text = parts.join('\n\n');
        const expected = extract(text);
        checkInvariants(text, expected);
        const chunks: string[] = [];
        for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
        const got: Entity[] = [];
        for await (const e of extractStream(chunks)) got.push(e);
        expect(key(got)).toBe(key(expected));
      }),
      { numRuns: 100 },
    );
  });
});
