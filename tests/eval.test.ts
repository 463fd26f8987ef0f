import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/index.js';
import { readConll, readGermEval, readJsonlGold } from '../src/eval/read-gold.js';
import { scoreDocs } from '../src/eval/score.js';

// A small gold file in GermEval format, written for this test.
const GERMEVAL = [
  '#\tquelle-1',
  '1\tKim\tB-PER\tO',
  '2\tJong\tI-PER\tO',
  '3\tUn\tI-PER\tO',
  '4\treiste\tO\tO',
  '5\tnach\tO\tO',
  '6\tMoskau\tB-LOC\tO',
  '7\t.\tO\tO',
  '',
  '#\tquelle-2',
  '1\tDie\tO\tO',
  '2\tnordkoreanische\tB-LOCderiv\tO',
  '3\tAgentur\tO\tO',
  '4\tKCNA\tB-ORG\tO',
  '5\tmeldete\tO\tO',
  '6\tdas\tO\tO',
  '7\t.\tO\tO',
  '',
  '#\tquelle-3',
  '1\tEs\tO\tO',
  '2\tregnet\tO\tO',
  '3\t.\tO\tO',
  '',
].join('\n');

function ent(text: string, surface: string, type: Entity['type'], kind: Entity['kind'] = 'name'): Entity {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, type, kind, score: 1, source: 'gazetteer' };
}

describe('gold readers', () => {
  it('should rebuild GermEval text and spans', () => {
    const docs = readGermEval(GERMEVAL);
    expect(docs.map((d) => d.text)).toEqual(['Kim Jong Un reiste nach Moskau.', 'Die nordkoreanische Agentur KCNA meldete das.', 'Es regnet.']);
    expect(docs[0]!.gold.map((g) => docs[0]!.text.slice(g.start, g.end))).toEqual(['Kim Jong Un', 'Moskau']);
    expect(docs[1]!.gold[0]).toMatchObject({ type: 'LOC', kind: 'deriv' });
  });

  it('should read CoNLL IOB1 and split documents at -DOCSTART-', () => {
    const conll = ['-DOCSTART- O', '', 'Angela I-PER', 'Merkel I-PER', 'in I-O', 'Berlin I-LOC', '', '-DOCSTART- O', '', 'Die O', 'SPD I-ORG', ''].join('\n').replace('I-O', 'O');
    const docs = readConll(conll);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.gold.map((g) => [docs[0]!.text.slice(g.start, g.end), g.type])).toEqual([['Angela Merkel', 'PER'], ['Berlin', 'LOC']]);
  });

  it('should read JSON Lines gold with OTH as MISC', () => {
    const docs = readJsonlGold(JSON.stringify({ id: 7, text: 'Die Berlinale', entities: [{ start: 4, end: 13, type: 'OTH' }] }));
    expect(docs[0]).toMatchObject({ id: '7', gold: [{ start: 4, end: 13, type: 'MISC', kind: 'name' }] });
  });
});

describe('strict scorer', () => {
  const docs = readGermEval(GERMEVAL);
  const [a, b] = [docs[0]!.text, docs[1]!.text];

  it('should give 100 for a perfect prediction', () => {
    const r = scoreDocs(docs, [[ent(a, 'Kim Jong Un', 'PER'), ent(a, 'Moskau', 'LOC')], [ent(b, 'nordkoreanische', 'LOC', 'deriv'), ent(b, 'KCNA', 'ORG')], []]);
    expect(r.rows.core).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(r.rows.all).toMatchObject({ tp: 4, fp: 0, fn: 0, f1: 1 });
    expect(r.rows.deriv).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('should give 0 recall and no precision for an empty prediction', () => {
    const r = scoreDocs(docs, [[], [], []]);
    expect(r.rows.core).toMatchObject({ tp: 0, fp: 0, fn: 3, precision: 0, recall: 0, f1: 0 });
    expect(r.errors.filter((e) => e.error === 'FN')).toHaveLength(4);
  });

  it('should count a partial span as one false positive and one miss', () => {
    const r = scoreDocs(docs, [[ent(a, 'Kim', 'PER'), ent(a, 'Moskau', 'LOC')], [], []]);
    expect(r.rows.PER).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.rows.LOC).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.rows.core!.precision).toBeCloseTo(0.5);
    expect(r.rows.core!.recall).toBeCloseTo(1 / 3);
  });

  it('should count a type confusion as a false positive of one type and a miss of the other', () => {
    const r = scoreDocs(docs, [[], [ent(b, 'KCNA', 'LOC')], []]);
    expect(r.rows.LOC).toMatchObject({ tp: 0, fp: 1 });
    expect(r.rows.ORG).toMatchObject({ tp: 0, fn: 1 });
  });

  it('should count a kind confusion (name vs deriv) as an error', () => {
    const r = scoreDocs(docs, [[], [ent(b, 'nordkoreanische', 'LOC', 'name')], []]);
    expect(r.rows.deriv).toMatchObject({ tp: 0, fn: 1 });
    expect(r.rows.LOC).toMatchObject({ tp: 0, fp: 1 });
  });

  it('should count false positives per 1,000 tokens in documents without entities', () => {
    const r = scoreDocs(docs, [[], [], [ent(docs[2]!.text, 'Es', 'PER')]]);
    expect(r.plain).toMatchObject({ docs: 1, tokens: 2, falsePositives: 1, perThousandTokens: 500 });
  });
});
