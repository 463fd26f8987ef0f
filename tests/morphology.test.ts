import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { checkInvariants, find } from './helpers.js';

type Row = [sentence: string, surface: string, expected: { type: string; kind?: string; id?: string }];

function expectEntity([sentence, surface, expected]: Row): void {
  const es = extract(sentence);
  checkInvariants(sentence, es);
  const e = find(sentence, es, surface);
  expect(e, `"${surface}" in "${sentence}"; got ${JSON.stringify(es.map((x) => x.text))}`).toBeDefined();
  expect(e).toMatchObject(expected);
}

describe('exact matching with fallbacks', () => {
  it.each<Row>([
    ['Wladimir Putin sprach lange.', 'Wladimir Putin', { type: 'PER', kind: 'name', id: 'per:wladimir-putin' }],
    ['PUTIN DROHT DEM WESTEN', 'PUTIN', { type: 'PER', kind: 'name', id: 'per:wladimir-putin' }],
    ['Die Messe in Muenchen war voll.', 'Muenchen', { type: 'LOC', kind: 'name', id: 'loc:muenchen' }],
    ['Präsident Erdogan reiste ab.', 'Erdogan', { type: 'PER', kind: 'name' }],
    ['Der Dom in Koeln ist alt.', 'Koeln', { type: 'LOC', kind: 'name', id: 'loc:koeln' }],
    ['Kim Jong-un besuchte das Werk.', 'Kim Jong-un', { type: 'PER', id: 'per:kim-jong-un' }],
    ['Kim Jong-Un besuchte das Werk.', 'Kim Jong-Un', { type: 'PER', id: 'per:kim-jong-un' }],
    ['Die NATO und die Nato sind gleich.', 'NATO', { type: 'ORG', kind: 'name' }],
    // An alias with its full stop: "v. Chr." names Christus.
    ['Die Stadt wurde 456 v. Chr. erobert.', 'Chr.', { type: 'PER', kind: 'name', id: 'per:jesus-von-nazareth' }],
    // "Uno" and "UNO" are both listed: a short name in capitals needs its own written form.
    ['Ein Embargo der UNO lief im Mai ab.', 'UNO', { type: 'ORG', kind: 'name', id: 'org:vereinte-nationen' }],
    ['Ein Embargo der Uno lief im Mai ab.', 'Uno', { type: 'ORG', kind: 'name', id: 'org:vereinte-nationen' }],
  ])('should match %s', (...row) => expectEntity(row));
});

describe('German inflection of names', () => {
  it.each<Row>([
    ['Sie lebt seit Jahren in den Niederlanden.', 'Niederlanden', { type: 'LOC', kind: 'name', id: 'loc:niederlande' }],
    ['Die Studie entstand für das Umweltbundesamt in Dessau.', 'Umweltbundesamt', { type: 'ORG', kind: 'name', id: 'org:umweltbundesamt' }],
    ['Putins Rede dauerte lange.', 'Putins', { type: 'PER', kind: 'name', id: 'per:wladimir-putin' }],
    ['Russlands Wirtschaft schrumpft.', 'Russlands', { type: 'LOC', kind: 'name', id: 'loc:russland' }],
    ['Es ging um Nordkoreas Raketen.', 'Nordkoreas', { type: 'LOC', kind: 'name', id: 'loc:nordkorea' }],
    ["Olaf Scholz' Rede wurde gelobt.", "Olaf Scholz'", { type: 'PER', id: 'per:olaf-scholz' }],
    ["Alle lobten Scholz' Ton.", "Scholz'", { type: 'PER', id: 'per:olaf-scholz' }],
    ['Die Sitzung des Bundestages begann spät.', 'Bundestages', { type: 'ORG', kind: 'name' }],
    ['Er lebte lange im Fernen Osten.', 'Fernen Osten', { type: 'LOC', kind: 'name', id: 'loc:ferner-osten' }],
    ['Die Politik der Vereinigten Staaten bleibt hart.', 'Vereinigten Staaten', { type: 'LOC', kind: 'name', id: 'loc:vereinigte-staaten' }],
  ])('should match the inflected %s', (...row) => expectEntity(row));

  it.each([
    // "Ohres" is the genitive of the noun "Ohr", not of the river Ohre; "Hauses" of "Haus".
    ['Wegen seines tauben Ohres blieb er daheim.', 'Ohres'],
    ['Die Fenster des Hauses waren offen.', 'Hauses'],
  ])('should not read the genitive of an ordinary noun as a name: %s', (sentence, surface) => {
    expect(find(sentence, extract(sentence), surface)).toBeUndefined();
  });
});

describe('derivations (kind deriv)', () => {
  it.each<Row>([
    ['Der nordkoreanische Machthaber reiste.', 'nordkoreanische', { type: 'LOC', kind: 'deriv', id: 'loc:nordkorea' }],
    ['Das geschah mit russischen Waffen.', 'russischen', { type: 'LOC', kind: 'deriv', id: 'loc:russland' }],
    ['Ein US-amerikanischer Diplomat kam.', 'US-amerikanischer', { type: 'LOC', kind: 'deriv', id: 'loc:vereinigte-staaten' }],
    ['Die Berliner Polizei ermittelt.', 'Berliner', { type: 'LOC', kind: 'deriv', id: 'loc:berlin' }],
    ['Der Kreml-nahe Sender berichtete.', 'Kreml-nahe', { type: 'ORG', kind: 'part' }],
    ['Viele Münchner fahren Rad.', 'Münchner', { type: 'LOC', kind: 'deriv', id: 'loc:muenchen' }],
    ['Die Franzosen wählten neu.', 'Franzosen', { type: 'LOC', kind: 'deriv', id: 'loc:frankreich' }],
    ['Der Essener Stadtrat tagte.', 'Essener', { type: 'LOC', kind: 'deriv', id: 'loc:essen' }],
    // The regular place adjective: a listed place + -er, also in the dative plural.
    ['Der Pulheimer Radfahrer stürzte.', 'Pulheimer', { type: 'LOC', kind: 'deriv', id: 'loc:pulheim' }],
    ['Mit den Wolfsburgern stieg er auf.', 'Wolfsburgern', { type: 'LOC', kind: 'deriv', id: 'loc:wolfsburg' }],
    // After a role word but before a noun it stays the place's word.
    ['Der Bürgermeister Berliner Bezirke kam zu spät.', 'Berliner', { type: 'LOC', kind: 'deriv', id: 'loc:berlin' }],
  ])('should find %s', (...row) => expectEntity(row));

  it.each([
    ['Der Fischer fuhr hinaus.', 'Fischer'],
    ['Ein Steiner Kollege kam.', 'Steiner'],
  ])('should not derive a place from %s', (sentence, surface) => {
    const e = find(sentence, extract(sentence), surface);
    expect(e === undefined || e.kind !== 'deriv').toBe(true);
  });
});

describe('compounds (kind part)', () => {
  it.each<Row>([
    ['Die Russland-Reise dauerte eine Woche.', 'Russland-Reise', { type: 'LOC', kind: 'part', id: 'loc:russland' }],
    ['Vor dem Nato-Gipfel gab es Streit.', 'Nato-Gipfel', { type: 'ORG', kind: 'part', id: 'org:nato' }],
    ['Der SPD-Chef widersprach.', 'SPD-Chef', { type: 'ORG', kind: 'part', id: 'org:sozialdemokratische-partei-deutschlands' }],
    ['Ein Putin-Kritiker wurde verhaftet.', 'Putin-Kritiker', { type: 'PER', kind: 'part', id: 'per:wladimir-putin' }],
    ['Seine Russlandreise war kurz.', 'Russlandreise', { type: 'LOC', kind: 'part', id: 'loc:russland' }],
    ['Der Ukrainekrieg dauert an.', 'Ukrainekrieg', { type: 'LOC', kind: 'part', id: 'loc:ukraine' }],
    // A listed compound of a name and an ordinary noun is a part (GermEval convention); compounds of names stay names.
    ['Die EU-Kommission legte Regeln vor.', 'EU-Kommission', { type: 'ORG', kind: 'part', id: 'org:europaeische-union' }],
    ['Die US-Notenbank hob die Zinsen an.', 'US-Notenbank', { type: 'LOC', kind: 'part' }],
    ['Sie zog nach Rheinland-Pfalz.', 'Rheinland-Pfalz', { type: 'LOC', kind: 'name' }],
    ['Sie zog nach Nordrhein-Westfalen.', 'Nordrhein-Westfalen', { type: 'LOC', kind: 'name' }],
    // A place plus a district is one place name, not a part.
    ['Die Klinik liegt in Berlin-Quandtlingen.', 'Berlin-Quandtlingen', { type: 'LOC', kind: 'name', id: 'doc:loc:berlin-quandtlingen' }],
    ['Der Ausbau der Öresund-Querung beginnt.', 'Öresund-Querung', { type: 'LOC', kind: 'part' }],
  ])('should find %s', (...row) => expectEntity(row));

  it.each([
    ['Der Bernstein glänzte in der Sonne.', 'Bernstein'],
    ['Das Gelände wurde geräumt.', 'Gelände'],
    ['Die Interessen der Mieter zählen.', 'Interessen'],
    ['Die Metadaten fehlen.', 'Metadaten'],
  ])('should not split the ordinary word in %s', (sentence, surface) => {
    expect(find(sentence, extract(sentence), surface)).toBeUndefined();
  });
});

describe('places joined by a slash or dash', () => {
  it('should return a dateline pair as one location span (GermEval convention)', () => {
    const s = 'München/Hamburg (dpa) Die Modelsuche geht weiter.';
    const es = extract(s);
    expect(find(s, es, 'München/Hamburg')).toMatchObject({ type: 'LOC', kind: 'name', id: 'doc:loc:muenchen-hamburg' });
  });

  it('should join a listed and an unlisted place, and leave spaced slashes alone', () => {
    const s = 'Die Strecke Düren–Quellmor wurde stillgelegt, anders als Köln / Bonn.';
    const es = extract(s);
    expect(find(s, es, 'Düren–Quellmor')?.type).toBe('LOC');
    expect(find(s, es, 'Köln')?.id).toBe('loc:koeln');
  });

  it('should return the two places on their own with nested: true', () => {
    const s = 'München/Hamburg (dpa) Die Modelsuche geht weiter.';
    const es = extract(s, { nested: true });
    expect(find(s, es, 'München')?.id).toBe('loc:muenchen');
    expect(find(s, es, 'Hamburg')?.id).toBe('loc:hamburg');
  });
});

describe('ambiguous names need evidence', () => {
  it.each([
    ['Das Essen war kalt.', 'Essen'],
    ['Er sprach beim Essen kaum.', 'Essen'],
    ['Die Halle war voll.', 'Halle'],
    ['Das Bild hing schief.', 'Bild'],
    ['Im Norden regnet es.', 'Norden'],
    ['Der sechste Lauf endete spät.', 'Lauf'],
    // Imported towns spelt like ordinary words, even after a place preposition.
    ['Bei dem Feuer gerieten zwei Häuser in Brand.', 'Brand'],
    ['Die Regel ist nicht in Stein gemeißelt.', 'Stein'],
    ['Nach dem Vortrag: Auch heute gilt das noch.', 'Auch'],
    ['Im Brief steht, seiner Mutters Name sei Loga.', 'Mutters'],
  ])('should not tag the ordinary word in %s', (sentence, surface) => {
    expect(find(sentence, extract(sentence), surface)).toBeUndefined();
  });

  it.each<Row>([
    ['Die Messe findet in Essen statt.', 'Essen', { type: 'LOC', kind: 'name', id: 'loc:essen' }],
    ['Sie zog nach Halle um.', 'Halle', { type: 'LOC', kind: 'name' }],
  ])('should tag the place after a place preposition: %s', (...row) => expectEntity(row));

  it.each<Row>([
    ['Der Borkenkäfer wütet im Harz.', 'Harz', { type: 'LOC', kind: 'name', id: 'loc:harz' }],
    ['Die Erde kreist um die Sonne.', 'Sonne', { type: 'LOC', kind: 'name', id: 'loc:sonne' }],
    ['Die Erde reflektiert nur einen Teil des Lichts.', 'Erde', { type: 'LOC', kind: 'name', id: 'loc:erde' }],
    ['Die Grünen fordern mehr Geld.', 'Grünen', { type: 'ORG', kind: 'name', id: 'org:buendnis-90-die-gruenen' }],
  ])('should tag a curated place after a contraction or an article: %s', (...row) => expectEntity(row));

  it.each([
    ['Das Harz der Kiefer klebt.', 'Harz'],
    ['Morgen scheint Sonne satt.', 'Sonne'],
  ])('should leave the ordinary word alone in %s', (sentence, surface) => {
    expect(find(sentence, extract(sentence), surface)).toBeUndefined();
  });

  it.each<Row>([
    ['Zum Turnier reisten Gäste aus Dänemark, Polen und Tschechien an.', 'Polen', { type: 'LOC', kind: 'name', id: 'loc:polen' }],
    ['Polen hat die Grenze geschlossen.', 'Polen', { type: 'LOC', kind: 'name', id: 'loc:polen' }],
    ['Die Tour führt von Kiel über Lübeck nach Rostock und von Weiden nach Regensburg.', 'Weiden', { type: 'LOC', kind: 'name' }],
    ['Geplant sind Spiele in Dortmund, Essen und Gelsenkirchen.', 'Essen', { type: 'LOC', kind: 'name', id: 'loc:essen' }],
  ])('should tag an ambiguous place in a list or route of places: %s', (...row) => expectEntity(row));

  it.each([
    ['Die Polen wählten am Sonntag ein neues Parlament.', 'Polen'],
    ['Nach dem Essen und dem Kaffee ging es nach Berlin.', 'Essen'],
    ['Sie schnitten die Weiden und die Pappeln am Ufer.', 'Weiden'],
  ])('should not take the ordinary word next to a list for a place: %s', (sentence, surface) => {
    expect(find(sentence, extract(sentence), surface)).toBeUndefined();
  });

  it('should take an organisation named like a noun when it stands without an article', () => {
    const s = 'Dem hätten die Aufsichtsräte von Allianz und Commerzbank zugestimmt.';
    expect(find(s, extract(s), 'Allianz')).toMatchObject({ type: 'ORG', id: 'org:allianz' });
  });

  it.each([
    ['Die Allianz der Staaten hielt.', 'Allianz'],
    ['Die Kosten für Bahn und Bus steigen.', 'Bahn'],
    ['Das zeigt die Grafik, Bild 2.', 'Bild'],
  ])('should leave the noun alone in %s', (sentence, surface) => {
    expect(find(sentence, extract(sentence), surface)).toBeUndefined();
  });
});
