import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor, extract, loadGazetteerFile, NerError, parseEntriesJsonl, parseEntriesTsv, type GazetteerEntry } from '../src/index.js';

const HEADER = 'id\ttype\tcanonical\taliases\tcountry\tcategory';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnn-safety-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, text: string): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}

/** The NerError `fn` throws (sync or async). */
async function nerErrorOf(fn: () => unknown): Promise<NerError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(NerError);
    return e as NerError;
  }
  throw new Error('expected an error');
}

const tsvCases: Array<[string, string, RegExp]> = [
  ['missing header', 'per:a\tPER\tHans A\t\t\t\n', /bad\.tsv:1: expected header/],
  ['empty file', '# only a comment\n', /bad\.tsv: missing header/],
  ['too few columns', `${HEADER}\nper:a\tPER\tHans A\n`, /bad\.tsv:2: expected 6 tab-separated columns, not 3/],
  ['too many columns', `${HEADER}\nper:a\tPER\tHans A\t\t\t\textra\n`, /bad\.tsv:2: expected 6 tab-separated columns, not 7/],
  ['duplicate id', `${HEADER}\nper:a\tPER\tHans A\t\t\t\n# comment\nper:a\tPER\tHans B\t\t\t\n`, /bad\.tsv:4: .*duplicate gazetteer id "per:a"/],
  ['unknown type', `${HEADER}\nper:a\tPERSON\tHans A\t\t\t\n`, /bad\.tsv:2: .*unknown entity type "PERSON"/],
  ['empty name', `${HEADER}\nper:a\tPER\t  \t\t\t\n`, /bad\.tsv:2: .*empty canonical name/],
  ['gigantic alias', `${HEADER}\nper:a\tPER\tHans A\t${'x'.repeat(201)}\t\t\n`, /bad\.tsv:2: alias longer than 200/],
  ['gigantic canonical', `${HEADER}\nper:a\tPER\t${'Hans '.repeat(50)}\t\t\t\n`, /bad\.tsv:2: alias longer than 200/],
  ['__proto__ as id', `${HEADER}\n__proto__\tPER\tHans A\t\t\t\n`, /bad\.tsv:2: .*invalid id "__proto__"/],
  ['constructor as id', `${HEADER}\nconstructor\tPER\tHans A\t\t\t\n`, /bad\.tsv:2: .*invalid id "constructor"/],
  ['bad id slug', `${HEADER}\nper:Hans A\tPER\tHans A\t\t\t\n`, /bad\.tsv:2: .*invalid id/],
];

describe('gazetteer TSV input safety', () => {
  it.each(tsvCases)('parseEntriesTsv rejects %s, naming file and line', async (_name, text, message) => {
    const err = await nerErrorOf(() => parseEntriesTsv(text, 'bad.tsv'));
    expect(err.message).toMatch(message);
  });

  it.each(tsvCases)('loadGazetteerFile rejects %s, naming the path', async (_name, text, message) => {
    const f = fileWith('bad.tsv', text);
    const err = await nerErrorOf(() => loadGazetteerFile(f));
    expect(err.message).toContain(f);
    expect(err.message).toMatch(message);
  });

  it('accepts a valid file with CRLF line ends and comments', async () => {
    const f = fileWith('ok.tsv', `# extra entries\r\n${HEADER}\r\nper:hans-a\tPER\tHans Aberle\tH. Aberle\tDE\tpolitik\r\n`);
    expect(await loadGazetteerFile(f)).toEqual([{ id: 'per:hans-a', type: 'PER', canonical: 'Hans Aberle', aliases: ['H. Aberle'], country: 'DE', category: 'politik' }]);
  });

  it('names an unreadable file', async () => {
    const err = await nerErrorOf(() => loadGazetteerFile(path.join(dir, 'missing.tsv')));
    expect(err.message).toMatch(/missing\.tsv: cannot read file \(ENOENT\)/);
  });
});

describe('gazetteer JSONL input safety', () => {
  const ok = (o: object) => JSON.stringify({ id: 'per:ok', type: 'PER', canonical: 'Hans Okay', ...o });

  it.each([
    ['invalid JSON', `${ok({})}\n{"id": `, /bad\.jsonl:2: not valid JSON/],
    ['an array line', '[1, 2]', /bad\.jsonl:1: expected an object/],
    ['__proto__ as id', JSON.stringify({ id: '__proto__', type: 'PER', canonical: 'X' }), /bad\.jsonl:1: .*invalid id "__proto__"/],
    ['constructor as id', JSON.stringify({ id: 'constructor', type: 'PER', canonical: 'X' }), /bad\.jsonl:1: .*invalid id "constructor"/],
    ['__proto__ as type', ok({ type: '__proto__' }), /bad\.jsonl:1: .*unknown entity type "__proto__"/],
    ['duplicate ids', `${ok({})}\n\n${ok({ canonical: 'Hans Zwei' })}`, /bad\.jsonl:3: .*duplicate gazetteer id "per:ok"/],
    ['a non-string alias', ok({ aliases: ['H. Okay', 3] }), /bad\.jsonl:1: alias of "per:ok" is not a string/],
    ['a gigantic alias', ok({ aliases: ['y'.repeat(201)] }), /bad\.jsonl:1: alias longer than 200/],
    ['an empty name', ok({ canonical: '' }), /bad\.jsonl:1: .*empty canonical name/],
    ['an alias of punctuation only', ok({ aliases: ['-'] }), /bad\.jsonl:1: .*alias "-" of "per:ok" has no letter or digit/],
    ['a canonical name of punctuation only', ok({ canonical: '…' }), /bad\.jsonl:1: .*canonical name "…" of "per:ok" has no letter or digit/],
  ])('parseEntriesJsonl rejects %s', async (_name, text, message) => {
    expect((await nerErrorOf(() => parseEntriesJsonl(text as string, 'bad.jsonl'))).message).toMatch(message as RegExp);
    const f = fileWith('bad.jsonl', text as string);
    const err = await nerErrorOf(() => loadGazetteerFile(f));
    expect(err.message).toContain(f);
  });

  it('does not pollute prototypes through __proto__ or constructor keys', async () => {
    const lines = [
      '{"__proto__": {"polluted": 1}, "id": "per:a", "type": "PER", "canonical": "Hans Aberle"}',
      '{"id": "per:b", "type": "PER", "canonical": "Hans Berle", "constructor": {"prototype": {"polluted": 2}}}',
      '{"id": "per:c", "type": "PER", "canonical": "Hans Cerle", "aliases": ["__proto__", "constructor", "toString"]}',
    ].join('\n');
    const entries = await loadGazetteerFile(fileWith('proto.jsonl', lines));
    expect(entries.map((e) => e.id)).toEqual(['per:a', 'per:b', 'per:c']);
    const ex = createExtractor({ entries });
    const text = 'Hans Aberle traf __proto__ und constructor, dann toString und Hans Cerle in Berlin.';
    const es = ex.extract(text);
    for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(es.map((e) => e.text)).toEqual(expect.arrayContaining(['Hans Aberle', 'Hans Cerle', 'Berlin']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    // entries passed programmatically with an own __proto__ key (as JSON.parse makes them)
    const evil = JSON.parse('{"id": "per:d", "type": "PER", "canonical": "Hans Derle", "__proto__": {"polluted": 3}}') as GazetteerEntry;
    createExtractor({ entries: [evil] }).extract('Hans Derle');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('createExtractor({entries}) input safety', () => {
  const good: GazetteerEntry = { id: 'org:bluefirm', type: 'ORG', canonical: 'Blaufirma Nord' };
  it.each([
    ['not an array', { entries: 'x' }, /options\.entries: expected an array/],
    ['a null entry', { entries: [good, null] }, /options\.entries\[1\]: expected an entry object, not null/],
    ['aliases as a string', { entries: [{ ...good, aliases: 'Putin' }] }, /options\.entries\[0\]: aliases must be an array/],
    ['a duplicate id', { entries: [good, { ...good, canonical: 'Andere' }] }, /options\.entries\[1\]: .*duplicate gazetteer id/],
    ['an unknown type', { entries: [{ ...good, type: 'COMPANY' }] }, /options\.entries\[0\]: .*unknown entity type "COMPANY"/],
    ['an empty name', { entries: [{ ...good, canonical: ' ' }] }, /options\.entries\[0\]: .*empty canonical name/],
    ['a gigantic alias', { entries: [{ ...good, aliases: ['z'.repeat(500)] }] }, /options\.entries\[0\]: alias longer than 200/],
    ['__proto__ as id', { entries: [{ ...good, id: '__proto__' }] }, /invalid id "__proto__"/],
    ['derivations not an array', { derivations: 5 }, /options\.derivations: expected an array/],
    ['a derivation of an unknown entry', { derivations: [{ target: 'loc:nirgendwo', adjectives: ['nirgendwoisch'], inhabitants: [] }] }, /options\.derivations\[0\]: .*not a known entry/],
    ['derivation adjectives as a string', { entries: [good], derivations: [{ target: 'org:bluefirm', adjectives: 'blau', inhabitants: [] }] }, /adjectives must be an array/],
    ['an unknown option', { entriez: [] }, /unknown option "entriez"/],
  ])('rejects %s and leaves no half-loaded state', async (_name, options, message) => {
    const err = await nerErrorOf(() => createExtractor(options as never));
    expect(err.message).toMatch(message as RegExp);
    // a later valid extractor and the shared one work normally
    const ex = createExtractor({ entries: [good] });
    expect(ex.extract('Die Blaufirma Nord in Berlin.').map((e) => e.text)).toEqual(['Blaufirma Nord', 'Berlin']);
    expect(extract('Die Blaufirma Nord in Berlin.').map((e) => e.text)).not.toContain('Blaufirma Nord');
  });
});

describe('namesakes (several entries under one name)', () => {
  const ex = createExtractor({
    builtin: false,
    entries: [
      { id: 'org:velmark-a', type: 'ORG', canonical: 'Velmark' },
      { id: 'org:velmark-b', type: 'ORG', canonical: 'Velmark', aliases: ['Stern'] },
      { id: 'per:velmark', type: 'PER', canonical: 'Velmark' },
    ],
  });

  it('links the name to the first listed entry of the winning type, once, also with nested: true', () => {
    const text = 'Velmark wächst weiter.';
    expect(ex.extract(text).map((e) => [e.text, e.id])).toEqual([['Velmark', 'org:velmark-a']]);
    expect(ex.extract(text, { nested: true }).map((e) => [e.text, e.id])).toEqual([['Velmark', 'org:velmark-a']]);
  });

  it('counts every namesake as found: an ambiguous alias of the second entry is confirmed by the shared name', () => {
    // "Stern" is an ordinary noun, so the alias needs evidence; the unambiguous "Velmark"
    // in the same document names the second entry too.
    expect(ex.extract('Velmark wächst. Auch der Stern wächst.').map((e) => [e.text, e.id])).toEqual([
      ['Velmark', 'org:velmark-a'],
      ['Stern', 'org:velmark-b'],
    ]);
    expect(ex.extract('Auch der Stern wächst.')).toEqual([]);
  });
});
