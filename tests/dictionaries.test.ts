import { describe, expect, it } from 'vitest';
import { dictionaryStats, extract, parseDerivationsTsv, parseEntriesTsv } from '../src/index.js';
import { loadBuiltinData } from '../src/model/builtin.js';
import { find } from './helpers.js';

const HEADER = 'id\ttype\tcanonical\taliases\tcountry\tcategory';

describe('built-in dictionaries', () => {
  it('should hold the curated counts per type', () => {
    const s = dictionaryStats();
    expect(s.byType.PER).toBeGreaterThanOrEqual(3000);
    expect(s.byType.ORG).toBeGreaterThanOrEqual(2000);
    expect(s.byType.LOC).toBeGreaterThanOrEqual(20000);
    expect(s.byType.MISC).toBeGreaterThan(300);
    expect(s.derivations).toBeGreaterThan(500);
  });

  it('should have unique ids and non-empty names', () => {
    const { entries } = loadBuiltinData();
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) expect(e.canonical.trim()).not.toBe('');
  });

  // A news report's description ("Krieg in der Ukraine", "Anschlag in Manchester") is no
  // name: as an entry it would swallow the place inside it.
  it('should hold no descriptive event phrases as names', () => {
    const phrase = /^(Krieg|Konflikt|Anschlag|Angriff|Amoklauf|Amokfahrt|Explosion|Erdbeben|Hochwasser|Proteste|Wahl) (in|im|gegen) /;
    const bad = loadBuiltinData().entries.flatMap((e) => [e.canonical, ...(e.aliases ?? [])]).filter((n) => phrase.test(n));
    expect(bad).toEqual([]);
  });

  it('should hold no MISC entry that hides a place of the seed topic', () => {
    const s = 'Der Krieg in der Ukraine dauert an, sagte er in Wladiwostok.';
    expect(find(s, extract(s), 'Ukraine')).toMatchObject({ type: 'LOC' });
  });

  // Entries of each type and source, in German sentences of our own.
  it.each([
    ['Wolodymyr Selenskyj bat um Waffen.', 'Wolodymyr Selenskyj', 'PER', 'per:wolodymyr-selenskyj'],
    ['Volodymyr Zelensky bat um Waffen.', 'Volodymyr Zelensky', 'PER', 'per:wolodymyr-selenskyj'],
    ['Außenminister Sergej Lawrow reiste ab.', 'Sergej Lawrow', 'PER', 'per:sergej-lawrow'],
    ['Markus Söder kritisierte die Ampel.', 'Markus Söder', 'PER', 'per:markus-soeder'],
    ['Thomas Müller schoss das Tor.', 'Thomas Müller', 'PER', undefined],
    ['Das berichtete die Nachrichtenagentur KCNA.', 'KCNA', 'ORG', undefined],
    ['Wie Ria Nowosti meldete, war es kalt.', 'Ria Nowosti', 'ORG', 'org:ria-nowosti'],
    ['Die Deutsche Bank meldete Gewinne.', 'Deutsche Bank', 'ORG', undefined],
    ['Borussia Dortmund verlor in München.', 'Borussia Dortmund', 'ORG', undefined],
    ['Er flog nach Wladiwostok.', 'Wladiwostok', 'LOC', 'loc:wladiwostok'],
    ['Sie wohnt in Gütersloh.', 'Gütersloh', 'LOC', undefined],
    ['Das Dorf liegt im Landkreis Harburg.', 'Landkreis Harburg', 'LOC', undefined],
    ['Die Lage in Nahost bleibt angespannt.', 'Nahost', 'LOC', undefined],
    ['Der Rhein führt Hochwasser.', 'Rhein', 'LOC', undefined],
    ['Die Pipeline Nord Stream 2 wurde beschädigt.', 'Nord Stream 2', 'MISC', undefined],
    ['Die Champions League beginnt.', 'Champions League', 'ORG', undefined],
    ['Der Film lief auf der Berlinale.', 'Berlinale', 'MISC', undefined],
  ])('should find %s', (sentence, surface, type, id) => {
    const e = find(sentence, extract(sentence), surface);
    expect(e, JSON.stringify(extract(sentence).map((x) => x.text))).toBeDefined();
    expect(e!.type).toBe(type);
    if (id) expect(e!.id).toBe(id);
    else expect(e!.id).toMatch(/^(per|org|loc|misc):/);
  });
});

describe('source format', () => {
  it('should parse a valid file', () => {
    const es = parseEntriesTsv(`${HEADER}\nper:erika-beispiel\tPER\tErika Beispiel\tE. Beispiel|Beispiel\tDE\tpolitician\n`, 'mine.tsv');
    expect(es).toEqual([{ id: 'per:erika-beispiel', type: 'PER', canonical: 'Erika Beispiel', aliases: ['E. Beispiel', 'Beispiel'], country: 'DE', category: 'politician' }]);
  });

  it.each([
    [`id\ttype\tname\n`, /mine\.tsv:1.*expected header/],
    [`${HEADER}\nper:a\tPER\tA\n`, /mine\.tsv:2.*6 tab-separated columns/],
    [`${HEADER}\nper:a\tPERSON\tA\t\t\t\n`, /mine\.tsv:2.*unknown entity type "PERSON"/],
    [`${HEADER}\nper:a\tPER\t \t\t\t\n`, /mine\.tsv:2.*empty canonical/],
    [`${HEADER}\nPer A\tPER\tA\t\t\t\n`, /mine\.tsv:2.*invalid id/],
    [`${HEADER}\nper:a\tPER\tA\t\t\t\nper:a\tPER\tB\t\t\t\n`, /mine\.tsv:3.*duplicate gazetteer id "per:a"/],
    [`${HEADER}\nper:a\tPER\tA\t${'x'.repeat(201)}\t\t\n`, /mine\.tsv:2.*longer than 200/],
  ])('should reject a bad file with file and line (%#)', (text, message) => {
    expect(() => parseEntriesTsv(text, 'mine.tsv')).toThrow(message);
  });

  it('should parse derivations with empty columns', () => {
    const ds = parseDerivationsTsv('target\tadjectives\tinhabitants\nloc:hongkong\t\tHongkonger|Hongkongerin\n', 'd.tsv');
    expect(ds).toEqual([{ target: 'loc:hongkong', adjectives: [], inhabitants: ['Hongkonger', 'Hongkongerin'] }]);
  });
});
