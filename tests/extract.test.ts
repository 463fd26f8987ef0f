import { describe, expect, it } from 'vitest';
import { createExtractor, extract, NerError } from '../src/index.js';
import { checkInvariants, find } from './helpers.js';

describe('extract contract', () => {
  it('should return typed, linked, sorted spans with exact offsets', () => {
    const text = 'Der russische Präsident Wladimir Putin empfing Kim Jong Un in Wladiwostok.';
    const es = extract(text);
    checkInvariants(text, es);
    const putin = find(text, es, 'Wladimir Putin')!;
    expect(putin).toMatchObject({ type: 'PER', kind: 'name', id: 'per:wladimir-putin', canonical: 'Wladimir Putin', source: 'gazetteer' });
    expect(putin.score).toBeGreaterThan(0);
    expect(putin.score).toBeLessThanOrEqual(1);
    expect(find(text, es, 'Wladiwostok')).toMatchObject({ type: 'LOC', kind: 'name' });
    expect(find(text, es, 'russische')).toMatchObject({ type: 'LOC', kind: 'deriv', id: 'loc:russland' });
  });

  it('should link all variants of one name to one id', () => {
    const ids = ['Putins Rede war lang.', 'Wladimir Putin kam.', 'Vladimir Putin kam.'].map((t) => extract(t)[0]?.id);
    expect(new Set(ids)).toEqual(new Set(['per:wladimir-putin']));
  });

  it('should keep offsets exact after characters wink drops', () => {
    const text = '\ufeffIn\u3000Moskau\u2028traf\u2006Putin\u000bden Gast.';
    const es = extract(text);
    checkInvariants(text, es);
    expect(es.map((e) => e.text)).toEqual(['Moskau', 'Putin']);
  });

  it('should match NFD text with offsets into the original string', () => {
    const text = 'Er flog nach Ko\u0308ln und Mu\u0308nchen.';
    const es = extract(text);
    checkInvariants(text, es);
    expect(es.map((e) => e.id)).toEqual(['loc:koeln', 'loc:muenchen']);
  });

  it('should return [] for empty and whitespace text', () => {
    expect(extract('')).toEqual([]);
    expect(extract(' \n\t\u3000')).toEqual([]);
  });

  it('should throw a coded TypeError-like error for non-strings', () => {
    expect(() => extract(42 as unknown as string)).toThrow(NerError);
    expect(() => extract(undefined as unknown as string)).toThrow(/E001.*expected text to be a string, not undefined/);
  });

  it('should reject unknown options with a message naming them', () => {
    expect(() => extract('Berlin', { fuzy: true } as never)).toThrow(/unknown option "fuzy"/);
  });

  it('should attach evidence only with explain', () => {
    const text = 'Angela Merkel sprach in Berlin.';
    expect(extract(text)[0]!.evidence).toBeUndefined();
    expect(extract(text, { explain: true })[0]!.evidence![0]).toMatch(/gazetteer/);
  });

  it('should return overlapping readings with nested', () => {
    const text = 'Die EU-Kommission tagte.';
    const flat = extract(text);
    expect(flat).toHaveLength(1);
    // GermEval convention: a name + an ordinary noun is a part, linked by the name it contains.
    expect(flat[0]).toMatchObject({ text: 'EU-Kommission', type: 'ORG', kind: 'part', id: 'org:europaeische-union' });
    const nested = extract(text, { nested: true });
    checkInvariants(text, nested, true);
    // With nested, the compound's own entry is one of the readings.
    expect(nested.find((e) => e.text === 'EU-Kommission' && e.kind === 'name')?.id).toBe('org:europaeische-kommission');
  });

  it('should accept user entries that override built-in ones by id', () => {
    const ex = createExtractor({
      entries: [
        { id: 'org:kleingarten-ev', type: 'ORG', canonical: 'Kleingartenverein Sonnenschein', aliases: ['KGV Sonnenschein'] },
        { id: 'loc:moskau', type: 'LOC', canonical: 'Moskwa-Stadt', aliases: ['Moskau'] },
      ],
    });
    const text = 'Der KGV Sonnenschein reist nach Moskau.';
    const es = ex.extract(text);
    expect(find(text, es, 'KGV Sonnenschein')).toMatchObject({ id: 'org:kleingarten-ev', canonical: 'Kleingartenverein Sonnenschein' });
    expect(find(text, es, 'Moskau')).toMatchObject({ id: 'loc:moskau', canonical: 'Moskwa-Stadt' });
  });

  it('should work with only user entries', () => {
    const ex = createExtractor({ builtin: false, context: false, entries: [{ id: 'per:erika-musterfrau', type: 'PER', canonical: 'Erika Musterfrau' }] });
    expect(ex.size).toBe(1);
    expect(ex.extract('Erika Musterfrau traf Putin in Moskau.').map((e) => e.text)).toEqual(['Erika Musterfrau']);
  });

  it('should reject invalid user entries without loading any of them', () => {
    expect(() => createExtractor({ entries: [{ id: 'per:a', type: 'PERSON' as never, canonical: 'A' }] })).toThrow(/options\.entries\[0\].*unknown entity type "PERSON"/);
    expect(() => createExtractor({ entries: [{ id: '__proto__', type: 'PER', canonical: 'X' }] })).toThrow(/invalid id/);
    expect(() => createExtractor({ entries: [{ id: 'per:x', type: 'PER', canonical: '  ' }] })).toThrow(/empty canonical/);
  });
});
