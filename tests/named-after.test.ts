import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { checkInvariants, find } from './helpers.js';

describe('streets and institutions named after a listed name', () => {
  it.each([
    ['Sie wohnt seit Jahren in der Karl-Marx-Straße.', 'Karl-Marx-Straße', 'LOC', 'doc:loc:karl-marx-strasse'],
    ['Am Konrad-Adenauer-Platz war Wochenmarkt.', 'Konrad-Adenauer-Platz', 'LOC', 'doc:loc:konrad-adenauer-platz'],
    ['Das Büro liegt in der Karl-Marx-Str. 5 in Halle.', 'Karl-Marx-Str', 'LOC', 'doc:loc:karl-marx-str'],
    ['Die Forscher des Max-Planck-Instituts staunten.', 'Max-Planck-Instituts', 'ORG', 'doc:org:max-planck-institut'],
    ['Er besuchte das Heinrich-Heine-Gymnasium in Bonn.', 'Heinrich-Heine-Gymnasium', 'ORG', 'doc:org:heinrich-heine-gymnasium'],
  ])('should read %s as a name of its own', (sentence, surface, type, id) => {
    const es = extract(sentence, { explain: true });
    checkInvariants(sentence, es);
    const e = find(sentence, es, surface);
    expect(e).toMatchObject({ type, kind: 'name', id });
    expect(e!.evidence!.join(' ')).toMatch(/named after/);
  });

  it('should keep the entry of a compound that is listed itself', () => {
    const s = 'Das Goethe-Institut in Paris lädt ein.';
    expect(find(s, extract(s), 'Goethe-Institut')).toMatchObject({ type: 'ORG', id: 'org:goethe-institut' });
  });

  it.each([
    ['Die Putin-Kritiker demonstrierten vor dem Kreml.', 'Putin-Kritiker', 'PER', 'per:wladimir-putin'],
    ['Die Merkel-Jahre waren ruhig.', 'Merkel-Jahre', 'PER', 'per:angela-merkel'],
    ['Die Berlin-Reise war kurz.', 'Berlin-Reise', 'LOC', 'loc:berlin'],
    ['Der China-Markt ist für Autobauer wichtig.', 'China-Markt', 'LOC', 'loc:china'],
  ])('should keep other compounds as words containing a name: %s', (sentence, surface, type, id) => {
    expect(find(sentence, extract(sentence), surface)).toMatchObject({ type, kind: 'part', id });
  });
});
