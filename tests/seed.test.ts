import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { SHARED, checkInvariants, hasShared } from './helpers.js';

interface Gold { start: number; end: number; type: string; kind: string }

describe.skipIf(!hasShared)('seed article (../shared/data/seed)', () => {
  it('should find at least 42 of the 44 gold mentions exactly, with no false positives', () => {
    const gold = JSON.parse(fs.readFileSync(path.join(SHARED, 'seed', 'kim-russland-2023-09.gold.json'), 'utf8')) as { text: string; entities: Gold[] };
    const es = extract(gold.text);
    checkInvariants(gold.text, es);
    const key = (e: Gold) => `${e.start}:${e.end}:${e.type}:${e.kind}`;
    const goldKeys = new Set(gold.entities.map(key));
    const hits = es.filter((e) => goldKeys.has(key(e)));
    const falsePositives = es.filter((e) => !goldKeys.has(key(e))).map((e) => `${e.text} ${e.type}/${e.kind}`);
    expect(falsePositives).toEqual([]);
    expect(hits.length).toBeGreaterThanOrEqual(42);
  });
});
