import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { checkInvariants, find } from './helpers.js';

// Names here are invented so that no gazetteer lists them; only context can find them.
type Row = [sentence: string, surface: string, type: string];

function expectFound([sentence, surface, type]: Row): void {
  const es = extract(sentence, { explain: true });
  checkInvariants(sentence, es);
  const e = find(sentence, es, surface);
  expect(e, `"${surface}" in "${sentence}"; got ${JSON.stringify(es.map((x) => [x.text, x.type, x.source]))}`).toBeDefined();
  expect(e!.type).toBe(type);
  expect(e!.evidence!.join(' ')).toMatch(/context|memory/);
}

function expectNotFound(sentence: string, surface: string): void {
  const es = extract(sentence);
  const hit = es.find((e) => e.text.includes(surface));
  expect(hit, `"${surface}" wrongly found in "${sentence}"`).toBeUndefined();
}

describe('person rules', () => {
  it.each<Row>([
    ['Gestern sprach Alexander Matsegora lange mit Journalisten.', 'Alexander Matsegora', 'PER'],
    ['Polizeisprecherin Jutta Wendelstorf bestätigte den Einsatz.', 'Jutta Wendelstorf', 'PER'],
    ['Bürgermeister Quandtlinger eröffnete das Fest.', 'Quandtlinger', 'PER'],
    ['Russlands Botschafter in Nordkorea, Alexander Matsegora, sagte wenig.', 'Alexander Matsegora', 'PER'],
    ['„Wir bleiben“, sagte Trebuschat am Abend.', 'Trebuschat', 'PER'],
    ['Der Bericht stammt von W. Kaltenbrünner aus dem Archiv.', 'W. Kaltenbrünner', 'PER'],
    ['Kurz vor der Pause vergab aber Trebuschat per Kopf.', 'Trebuschat', 'PER'],
    ['Charakteristisch für Kaltenbrünners Werke ist die Ruhe.', 'Kaltenbrünners', 'PER'],
  ])('should find the person in %s', (...row) => expectFound(row));

  it.each([
    ['Für den Trainer Wertschätzung zu zeigen, ist wichtig.', 'Wertschätzung'],
    ['Die Partner vereinbarten Stillschweigen über den Vertrag.', 'Stillschweigen'],
    ['Kreideblass soll er gewesen sein.', 'Kreideblass'],
    ['Als Arzt setzte er sich für Kranke ein.', 'Als'],
    ['Er zahlte, weil Lösegeld gefordert wurde.', 'Lösegeld'],
    ['RTQ wurde von einem Labor entwickelt.', 'RTQ'],
    ['Der Präsident Erklärung kam spät.', 'Erklärung'],
    ['Die letzte Etappe führte durch Wälder.', 'Etappe'],
    ['Danach wurde Metallurgie gelehrt.', 'Metallurgie'],
  ])('should not take an ordinary noun for a name: %s', (sentence, surface) => expectNotFound(sentence, surface));
});

describe('person name grammar after a first name', () => {
  it.each<Row>([
    ['Das Gutachten schrieb Giacomo della Trebusca im Frühjahr.', 'Giacomo della Trebusca', 'PER'],
    ['Das Gutachten schrieb Pepe de la Marquesina im Frühjahr.', 'Pepe de la Marquesina', 'PER'],
    ['Im Jahr 1801 schickte er Robert R. Quandtlinger nach Paris.', 'Robert R. Quandtlinger', 'PER'],
    ['Nach Angaben der Polizei hat Susanne R. die Tat gestanden.', 'Susanne R.', 'PER'],
    ['Der Ölminister Ali al-Trebuschi sprach von einer Einigung.', 'Ali al-Trebuschi', 'PER'],
    ['Im Sommer besuchte Elisabeth II. die Stadt.', 'Elisabeth II.', 'PER'],
    // Surnames that are also adjectives or inhabitant nouns.
    ['Laut Ulrike Fest war die Lage ernst.', 'Ulrike Fest', 'PER'],
    ['Der Widerstand um Edgar Jung traf sich heimlich.', 'Edgar Jung', 'PER'],
    ['„Das ist zu teuer“, sagt Stefan Schwabe vom Mieterverein.', 'Stefan Schwabe', 'PER'],
    ['Der Vizefraktionschef Fritz Rudolf Körper widersprach.', 'Fritz Rudolf Körper', 'PER'],
    // Hyphenated first names and titles of nobility inside the name.
    ['Laut Karl-Heinz Wendelstorf ist das falsch.', 'Karl-Heinz Wendelstorf', 'PER'],
    ['Ein Brief von Anna-Lena Quandtling kam an.', 'Anna-Lena Quandtling', 'PER'],
    ['Franz Freiherr Gedult von Quandtlingen starb 1840.', 'Franz Freiherr Gedult von Quandtlingen', 'PER'],
    ['Der Minister Otto Graf Wendelstorff trat zurück.', 'Otto Graf Wendelstorff', 'PER'],
    ['Nach der Wahl sprach Ursula von der Quandt lange.', 'Ursula von der Quandt', 'PER'],
    ['Jefferson sandte 1801 Robert R. Quandtlinger nach Frankreich.', 'Robert R. Quandtlinger', 'PER'],
    ['Analog Jutta Trebuschats Modelsuche liefen alle.', 'Jutta Trebuschats', 'PER'],
  ])('should take the whole name in %s', (...row) => expectFound(row));

  it('should not read a currency after an abbreviation as a person', () => {
    const s = 'Der Umsatz stieg auf 7,4 Mio Euro.';
    expect(extract(s).filter((e) => e.type === 'PER')).toEqual([]);
  });

  it.each([
    ['So erfährt Ida vom Bankdirektor das Passwort.', 'Ida'],
    ['Nach der Rückkehr aus Paris der Lieblingsort der Fürstin.', 'Paris'],
    ['Als Eric Trebuschat zu Wendelsdorf stieß, änderte sich alles.', 'Eric Trebuschat'],
  ])('should end the name before an article or preposition: %s', (sentence, surface) => {
    const es = extract(sentence);
    const e = es.find((x) => x.text.startsWith(surface));
    expect(e === undefined || e.text === surface, JSON.stringify(es.map((x) => x.text))).toBe(true);
  });

  it('should take a surname that is also a town for the person', () => {
    const s = 'Die Schauspielschule wurde von Uta Hagen geleitet.';
    expect(find(s, extract(s), 'Uta Hagen')?.type).toBe('PER');
  });

  it('should not take a currency after a first-name-like abbreviation', () => {
    const s = 'Der Gewinn lag bei 3,9 (1,5) Mio CHF.';
    expect(extract(s).filter((e) => e.type === 'PER')).toEqual([]);
  });
});

describe('roles and speakers', () => {
  it.each<Row>([
    ['Bäderleiter Quandtlinger kann das nicht verstehen.', 'Quandtlinger', 'PER'],
    ['Vereinssprecherin Trebuschat wies das zurück.', 'Trebuschat', 'PER'],
    ['In dem Roman ermittelt Miss Quandtling zum ersten Mal.', 'Quandtling', 'PER'],
    ['Judith hat sich getraut, Geschichten zu erzählen.', 'Judith', 'PER'],
    ['Melanies Eltern schalteten eine Anwältin ein.', 'Melanies', 'PER'],
    ['Wut herrscht darüber, dass Trebuschat den Rest seines Lebens in Haft verbringt.', 'Trebuschat', 'PER'],
    ['Doch Trebuschat wurde am Abend festgenommen.', 'Trebuschat', 'PER'],
    // A role word outweighs an imported town of the same spelling.
    ['In der Kanzlei stößt der junge Anwalt Aron auf eine Akte.', 'Aron', 'PER'],
    ['„Wir sind wie Forscher“, erzählt Wendelstorf, „und wir staunen.“', 'Wendelstorf', 'PER'],
    ['„Das bleibt so“, sagt Riederstetter.', 'Riederstetter', 'PER'],
    // A bare subject with a town's ending is a town.
    ['Erst 1833 wurde Quandtlingerode eine eigene Pfarrei.', 'Quandtlingerode', 'LOC'],
    // Declined role words and inhabitant nouns before a name.
    ['Die Aufstellung des Trainers Quandtlinger überraschte.', 'Quandtlinger', 'PER'],
    ['Sie gratulierte dem Parteikollegen Trebuschat.', 'Trebuschat', 'PER'],
    ['Ein Eigentor des Esten Wendelstorf brachte die Führung.', 'Wendelstorf', 'PER'],
    ['Der Brasilianer Quenildo traf zweimal.', 'Quenildo', 'PER'],
    // A place's -er word right after a role word is a surname.
    ['Das sei kein Beruf, sagte der CSU-Politiker Straubinger, der im Bundestag sitzt.', 'Straubinger', 'PER'],
  ])('should find the person in %s', (...row) => expectFound(row));

  it.each([
    ['Der Berliner Senat tagte am Montag.', 'Senat'],
    ['Truppen zogen ins Berner Oberweidland ein.', 'Oberweidland'],
  ])('should not take the word after a place adjective for a person: %s', (sentence, surface) => {
    expect(extract(sentence).find((e) => e.type === 'PER' && e.text.includes(surface))).toBeUndefined();
  });

  it.each([
    ['Die Mitarbeiter Zustimmung fehlte.', 'Zustimmung'],
    ['Ein Bäderleiter Gespräch fand statt.', 'Gespräch'],
  ])('should not take an ordinary noun after a role: %s', (sentence, surface) => expectNotFound(sentence, surface));
});

describe('organisation rules', () => {
  it.each<Row>([
    ['Die Wendelstorf Logistik GmbH stellt 40 Leute ein.', 'Wendelstorf Logistik GmbH', 'ORG'],
    ['Der FC Quandtlingen gewann das Derby.', 'FC Quandtlingen', 'ORG'],
    ['Sie studierte an der Universität Quandtlingen.', 'Universität Quandtlingen', 'ORG'],
    ['Das Ministerium für Umwelt und Verbraucherschutz widersprach.', 'Ministerium für Umwelt und Verbraucherschutz', 'ORG'],
    ['Die Nachrichtenagentur Zentrapress meldete das.', 'Zentrapress', 'ORG'],
    ['Er arbeitete im Sächsischen Staatsministerium für Kultur und Sport.', 'Sächsischen Staatsministerium für Kultur und Sport', 'ORG'],
    ['Das Buch erschien im Quandtlinger Verlag in Leipzig.', 'Quandtlinger Verlag', 'ORG'],
    ['Die Wendelsdorfer Wasserwerke gehören zum Verband Mitteldeutscher Wasserwerke (ZVTW).', 'ZVTW', 'ORG'],
    ['Er wechselte 1969 zur Firma Quandtling Holtkamp GmbH in Bremen.', 'Quandtling Holtkamp GmbH', 'ORG'],
    ['Die Stadtwerke Quandtlingen GmbH investieren in Windkraft.', 'Stadtwerke Quandtlingen GmbH', 'ORG'],
    ['Der SV Blau-Weiß Quandtlingen gewann das Derby.', 'SV Blau-Weiß Quandtlingen', 'ORG'],
    ['Die Häuser baut die Siedlungsgenossenschaft Quandtdorf e.G. selbst.', 'Siedlungsgenossenschaft Quandtdorf e.G.', 'ORG'],
    ['An der Hochschule für Gestaltung und Medien des Saarlandes lehrt er.', 'Hochschule für Gestaltung und Medien des Saarlandes', 'ORG'],
    ['Das Logo vom ESV Lok Quandtlingen In Marienthal hat sich geändert.', 'ESV Lok Quandtlingen', 'ORG'],
    ['Der TV Quandtlingen gewann das Handballspiel.', 'TV Quandtlingen', 'ORG'],
    ['Die Aktien von Trebusco Holdings stiegen um drei Prozent.', 'Trebusco Holdings', 'ORG'],
    ['Anfang 1991 gründete er schließlich die Dave Quandtlings Band in Virginia.', 'Dave Quandtlings Band', 'ORG'],
  ])('should find the organisation in %s', (...row) => expectFound(row));

  it.each([
    ['Man kann Facebook und Co. nicht auf Dauer stoppen.', 'und Co.'],
    ['Die Verfolgung durch Polizei und SA begann sofort.', 'Polizei und SA'],
  ])('should not read an idiom or ordinary noun before a legal form as a company: %s', (sentence, surface) => {
    expect(extract(sentence).find((e) => e.type === 'ORG' && e.text.includes(surface))).toBeUndefined();
  });

  it('should read an abbreviation whose letters come from inside the words (Schwartz–Hearst)', () => {
    const text = 'So das Fazit der Norddeutschen Quandtberatung (NQBG) nach einer Umfrage. Die NQBG wächst.';
    const es = extract(text);
    const long = find(text, es, 'Norddeutschen Quandtberatung');
    expect(long).toMatchObject({ type: 'ORG' });
    expect(find(text, es, 'NQBG', 1)?.id).toBe(long!.id);
  });

  it('should make a bracketed abbreviation an alias for the rest of the document', () => {
    const text = 'Die Vereinigung Norddeutscher Kleinbrauereien (VNK) tagte. Später lobte die VNK das Bier.';
    const es = extract(text);
    const long = find(text, es, 'Vereinigung Norddeutscher Kleinbrauereien');
    const later = find(text, es, 'VNK', 1);
    expect(long).toMatchObject({ type: 'ORG' });
    expect(later).toMatchObject({ type: 'ORG', id: long!.id });
  });

  it('should take an unknown acronym after an article or preposition for an organisation', () => {
    expectFound(['Der Vorstand der QWVB trat zurück.', 'QWVB', 'ORG']);
    expectFound(['Beim ZKLM gab es Streit.', 'ZKLM', 'ORG']);
    expectFound(['Er habilitierte sich 1927 an der QH Wendelsdorf.', 'QH Wendelsdorf', 'ORG']);
  });

  it.each([
    ['Die Fertigstellung der U12 verzögert sich.', 'U12'],
    ['Der S800 wurde auch im Rennsport eingesetzt.', 'S800'],
  ])('should not take a code with digits for an organisation: %s', (sentence, surface) => expectNotFound(sentence, surface));

  it.each([
    ['Die DNA des Virus wurde entschlüsselt.', 'DNA'],
    ['Er fährt einen PKW mit 150 PS.', 'PKW'],
    ['Das steht im Kapitel XII des Berichts.', 'XII'],
    ['QWVB ZKLM HEUTE IM PROGRAMM', 'QWVB'],
    ['Das beschreibt die Zielsetzung einer QPSP nur zum Teil.', 'QPSP'],
    ['Die Verwendung von QOTO- oder Sprunganweisungen ist umstritten.', 'QOTO'],
  ])('should leave ordinary abbreviations, numerals and headlines alone: %s', (sentence, surface) => expectNotFound(sentence, surface));

  it('should not take a chemical or technical abbreviation for an organisation', () => {
    expectNotFound('Damals wurden Fluorchlorkohlenwasserstoffe (FCKW) verboten.', 'FCKW');
  });

  it('should not take a plain noun before a legal form', () => {
    expectNotFound('Die AG tagte gestern.', 'AG');
  });
});

describe('place rules', () => {
  it.each<Row>([
    ['Das Feuer brach in Quandtlingen aus.', 'Quandtlingen', 'LOC'],
    ['In Quandtlingen gibt es eine alte Kirche.', 'Quandtlingen', 'LOC'],
    ['Am Quellmorberg wandern im Sommer viele.', 'Quellmorberg', 'LOC'],
    ['Die Sperre liegt zwischen dem Trebsdorfer Horn und dem Wendelkogel.', 'Wendelkogel', 'LOC'],
    ['Die Familie stammt aus Wendelsdorf und lebt jetzt woanders.', 'Wendelsdorf', 'LOC'],
    ['Der Unfall geschah in der Lindenthaler Straße, nicht in der Quandtstraße.', 'Quandtstraße', 'LOC'],
    ['Seit 1974 ist die Gemeinde Trebsdorn ein Ortsteil der Stadt.', 'Trebsdorn', 'LOC'],
    ['Mit Hilfe eines Händlers in der Stadt Quellmor entkommen sie.', 'Quellmor', 'LOC'],
    ['Der Weg verläuft in Richtung Wendelsmark.', 'Wendelsmark', 'LOC'],
    ['Die Dorfkirche Neu Quandtlingen entstand 1939.', 'Neu Quandtlingen', 'LOC'],
    ['Der Gipfel heißt Cerro Quellmor und ist 200 m hoch.', 'Cerro Quellmor', 'LOC'],
    ['Weiter südlich liegt der Strand Lido di Trebusca.', 'Lido di Trebusca', 'LOC'],
    ['Die Bahn fährt bis Wendling Town weiter.', 'Wendling Town', 'LOC'],
    ['1943 wurden die Gemeinden Quellmor und Trebsdorn zusammengelegt.', 'Trebsdorn', 'LOC'],
    ['Dazu gehören die Dörfer Quellmor, Trebsdorn und Wendelsmark.', 'Wendelsmark', 'LOC'],
    ['Das Ortsbild von Quandtshausen ist von Fachwerk geprägt.', 'Quandtshausen', 'LOC'],
    ['Hinter dem Kernwerk der Burg Quandtlingen liegt ein Tal.', 'Quandtlingen', 'LOC'],
  ])('should find the place in %s', (...row) => expectFound(row));

  it.each([
    ['Er kaufte ein Bad Zubehör.', 'Bad Zubehör'],
    ['Das neue Modell heißt Town Car.', 'Town'],
  ])('should not compose a place from an ordinary word: %s', (sentence, surface) => expectNotFound(sentence, surface));

  it.each([
    ['Die Gemeinde Verwaltung ist überlastet.', 'Verwaltung'],
    ['Die Insel Urlauber kamen spät an.', 'Urlauber'],
    ['Das Dorf Bewohner feierten lange.', 'Bewohner'],
  ])('should not take a noun after a place noun for a place: %s', (sentence, surface) => expectNotFound(sentence, surface));

  it.each([
    ['Das geschah in Zusammenarbeit mit der Stadt.', 'Zusammenarbeit'],
    ['Er lebt in Armut.', 'Armut'],
    ['Der Rapper steht bei Quandtmuzik unter Vertrag.', 'Quandtmuzik'],
    ['Das Gutachten stammt von Quandtmeier, nicht von uns.', 'Quandtmeier'],
    ['Sie hat in Wirklichkeit recht.', 'Wirklichkeit'],
    ['Am Wochenende stand er am Eisberg und am Aussichtspunkt.', 'Eisberg'],
    ['Die Regierung sitzt auf dem Quandtschuldenberg und kratzt sich am Hinterkopf.', 'Hinterkopf'],
    ['In Mathe hatte er eine Fünf.', 'Mathe'],
    ['Nach Zuspiel von Wendelmann traf der Stürmer.', 'Zuspiel'],
    ['Die drei Spieler der Quandtex Line belegten Platz eins.', 'Line'],
    ['Doch Ladenschluss war schon um sechs.', 'Ladenschluss'],
    ['Er weiß, dass Vertrauen in Krisen wächst.', 'Vertrauen'],
  ])('should not take a noun after a preposition for a place: %s', (sentence, surface) => expectNotFound(sentence, surface));
});

describe('place adjective before a name-forming head', () => {
  it.each<Row>([
    ['„Das ist zu teuer“, sagt eine Expertin beim Hamburger Mieterverein.', 'Hamburger Mieterverein', 'ORG'],
    ['Das berichtete das Bremer Tageblatt am Montag.', 'Bremer Tageblatt', 'ORG'],
    ['Der Minister sagte der Passauer Neuen Presse, er bleibe.', 'Passauer Neuen Presse', 'ORG'],
  ])('should find the organisation in %s', (...row) => expectFound(row));

  it('should keep a describing institution apart (Berliner Polizei)', () => {
    const s = 'Die Berliner Polizei sperrte die Straße.';
    const es = extract(s);
    expect(find(s, es, 'Berliner')).toMatchObject({ type: 'LOC', kind: 'deriv' });
    expect(es.find((e) => e.text === 'Berliner Polizei')).toBeUndefined();
  });
});

describe('ages and appositions after a name', () => {
  it.each<Row>([
    ['Trebuschat (45) wurde am Abend festgenommen.', 'Trebuschat', 'PER'],
    ['Die Polizei sucht Hagar Quandtmann (23) aus Kiel.', 'Hagar Quandtmann', 'PER'],
    ['Quandtmeier, der Bürgermeister von Trebsdorf, lehnte ab.', 'Quandtmeier', 'PER'],
    ['Am Montag lehnte Wendelbrook, ein Sprecher der Stadt, das ab.', 'Wendelbrook', 'PER'],
  ])('should find the person in %s', (...row) => expectFound(row));

  it.each([
    ['Der Vertrag (3) gilt ab Montag.', 'Vertrag'],
    ['Das Gesetz (Paragraf 12) gilt ab Montag.', 'Gesetz'],
    ['Die Wasserstraße, die Brücke und der Damm sind gesperrt.', 'Wasserstraße'],
    ['Im Quartier (120) wohnen viele Familien.', 'Quartier'],
  ])('should not take a noun before brackets or a comma for a person: %s', (sentence, surface) => {
    expect(extract(sentence).find((e) => e.type === 'PER' && e.text.includes(surface))).toBeUndefined();
  });
});

describe('misfires found in review', () => {
  it.each([
    ['Die Hamburger Quandtlings gewannen das Spiel.', 'Quandtlings', 'PER'],
    ['Alle wissen, dass Quandtamin über Hamburg kam.', 'Quandtamin', 'PER'],
    ['Auf dem Flugblatt „Nie wieder Krieg“ stand die Adresse.', 'Nie wieder Krieg', 'ORG'],
    ['Der Sprecher der Zeitung „Das ist nicht akzeptabel“ ging.', 'Das ist nicht akzeptabel', 'ORG'],
    ['Der Imbissbetreiber Yildirim verkauft Döner.', 'Yildirim', 'ORG'],
    ['Die Menschenkette Quandtlingen war lang.', 'Quandtlingen', 'ORG'],
    ['Doch Stockhausen wurde 1928 geboren.', 'Stockhausen', 'LOC'],
    ['Der Merkel-Weg in der Krise ist gescheitert.', 'Merkel-Weg', 'LOC'],
  ])('should not read %s with the wrong type', (sentence, surface, type) => {
    expect(extract(sentence).find((e) => e.type === type && e.text.includes(surface))).toBeUndefined();
  });

  it('should not make a person part out of a remembered first name', () => {
    const s = 'Thomas Quandtling traf zweimal. Die Thomas-Kirche war voll.';
    expect(find(s, extract(s), 'Thomas-Kirche')).toBeUndefined();
  });

  it('should read the genitive of a country that is also a noun', () => {
    const s = 'Polens Regierung widersprach am Montag.';
    expect(find(s, extract(s), 'Polens')).toMatchObject({ type: 'LOC', id: 'loc:polen' });
  });
});

describe('companies after a describing compound', () => {
  it.each<Row>([
    ['Der Autobauer Velmark senkt die Preise.', 'Velmark', 'ORG'],
    ['Der Chef des Softwarekonzerns Quantelo trat zurück.', 'Quantelo', 'ORG'],
    ['Der Mobilfunkbetreiber Pelkora meldet mehr Kunden.', 'Pelkora', 'ORG'],
    ['Beim Energieversorger Strelitzwerk fielen die Gewinne.', 'Strelitzwerk', 'ORG'],
  ])('should find the company in %s', (...row) => expectFound(row));

  it.each([
    // A first name after the noun is a person ("der Zulieferer Peter"), an ordinary noun no name.
    ['Der Autobauer Markus hat die Werkstatt übernommen.', 'Markus'],
    ['Der Stromanbieter Wechsel lohnt sich selten.', 'Wechsel'],
    ['Der Geigenbauer Quandtke stellte aus.', 'Quandtke'],
  ])('should not take %s for a company', (sentence, surface) => {
    expect(extract(sentence).find((e) => e.type === 'ORG' && e.text.includes(surface))).toBeUndefined();
  });
});

describe('listed organisations followed by name words', () => {
  it('should extend a listed organisation over a unit acronym (Fraunhofer FIT)', () => {
    const s = 'Das Projekt entstand unter Leitung des Fraunhofer QKV in Stuttgart.';
    expect(find(s, extract(s), 'Fraunhofer QKV')).toMatchObject({ type: 'ORG', id: 'doc:org:fraunhofer-qkv' });
  });

  it('should not extend over an ordinary noun or a model number', () => {
    const s1 = 'Der Fraunhofer Forscher sprach lange.';
    expect(extract(s1).find((e) => e.text === 'Fraunhofer Forscher')).toBeUndefined();
    const s2 = 'Sein Opel Quandtler 208 fährt noch.';
    expect(extract(s2).find((e) => e.text.startsWith('Opel Quandtler'))).toBeUndefined();
  });
});

describe('quoted organisation names', () => {
  it.each<Row>([
    ['Das Foto erschien auf der Titelseite des Magazins „The Quandt Review“.', 'The Quandt Review', 'ORG'],
    ['Die Firma „Wendelstorf Chip Shop“ hat zwölf Mitarbeiter.', 'Wendelstorf Chip Shop', 'ORG'],
    ['Kritik kam von der Bürgerinitiative „Rettet den Quandtwald“.', 'Rettet den Quandtwald', 'ORG'],
    ['Die Veranstalter vom Bündnis „Wendelsheim bleibt bunt“ zählten 900.', 'Wendelsheim bleibt bunt', 'ORG'],
  ])('should type the quoted name in %s as an organisation', (...row) => expectFound(row));
});

describe('organisation heads that are not names', () => {
  it.each([
    ['Die Organisation der Spiele kostete viel Geld.', 'Organisation der Spiele'],
    ['Die Organisation des Teams war gut.', 'Organisation des Teams'],
    ['Digital TV Script geht über einen Videotext hinaus.', 'TV Script'],
    ['Durch eine Initiative Leeraner Bürger kam das Geld zusammen.', 'Leeraner'],
  ])('should not read %s as an organisation', (sentence, surface) => {
    const es = extract(sentence);
    expect(es.find((e) => e.type === 'ORG' && e.text.includes(surface))).toBeUndefined();
  });
});

describe('title rules', () => {
  it.each<Row>([
    ['Der Film „Die Nacht von Quandtlingen“ lief im Kino.', 'Die Nacht von Quandtlingen', 'MISC'],
    ['Ihr Song "Tomorrow Never Waits" wurde ein Hit.', 'Tomorrow Never Waits', 'MISC'],
    ['Er moderierte die Dokumentationssendung „Vierzig Grad“ im ZDF.', 'Vierzig Grad', 'MISC'],
    ['Das ist die erste Staffel der Sendereihe „oper am abend“.', 'oper am abend', 'MISC'],
  ])('should find the quoted title in %s', (...row) => expectFound(row));

  it.each([
    ['Die sogenannte „Gleichschaltung“ begann sofort.', 'Gleichschaltung'],
    ['Er sagte: „Wir kommen morgen.“ Dann ging er.', 'Wir kommen'],
    // "Mitglied" ends like "Lied", "Beispiel" like "Spiel": neither announces a work.
    ['Er wurde Mitglied des „inneren“ Rates der Stadt.', 'inneren'],
    ['Zum Beispiel „leise Töne“ gefallen ihr.', 'leise Töne'],
  ])('should not take a quoted term or speech for a title: %s', (sentence, surface) => expectNotFound(sentence, surface));
});

describe('roads and streets', () => {
  it.each<Row>([
    ['Auf der A 7 staute sich der Verkehr.', 'A 7', 'LOC'],
    ['Die Bundesstraße 96 ist gesperrt.', 'Bundesstraße 96', 'LOC'],
    ['Sie wohnt in der Wendelsdorfer Straße 12.', 'Wendelsdorfer Straße 12', 'LOC'],
  ])('should find %s', (...row) => expectFound(row));
});

describe('document memory for compounds', () => {
  it('should read a compound with a name found earlier in the document as a part of it', () => {
    const s = 'Der Autobauer Velmark streicht Stellen. Die Velmark-Chefin wies das zurück.';
    const es = extract(s, { explain: true });
    checkInvariants(s, es);
    expect(find(s, es, 'Velmark-Chefin')).toMatchObject({ type: 'ORG', kind: 'part', id: find(s, es, 'Velmark')!.id });
  });

  it('should leave a compound alone when its first part was never found as a name', () => {
    const s = 'Die Quandtmark-Chefin wies das zurück.';
    expect(find(s, extract(s), 'Quandtmark-Chefin')).toBeUndefined();
  });
});

describe('document memory', () => {
  it('should link later short forms to the full name', () => {
    const text = 'Alexander Matsegora traf den Minister. Danach sagte Matsegora, Matsegoras Team sei zufrieden.';
    const es = extract(text);
    const full = find(text, es, 'Alexander Matsegora')!;
    expect(find(text, es, 'Matsegora', 1)).toMatchObject({ type: 'PER', id: full.id });
    expect(find(text, es, 'Matsegoras')).toMatchObject({ type: 'PER', id: full.id });
  });

  it('should link "Kim" to Kim Jong Un once he was named', () => {
    const text = 'Kim Jong Un reiste nach Russland. Dort besuchte Kim eine Fabrik.';
    const es = extract(text);
    expect(find(text, es, 'Kim', 1)).toMatchObject({ type: 'PER', id: 'per:kim-jong-un' });
  });

  it('should link a short form of an organisation', () => {
    const text = 'Die Agentur Ria Nowosti berichtete. Laut Ria war der Besuch kurz.';
    expect(find(text, extract(text), 'Ria', 1)).toMatchObject({ type: 'ORG', id: 'org:ria-nowosti' });
  });
});

describe('explain', () => {
  it('should name the rule that produced an entity', () => {
    const es = extract('Bürgermeister Quandtlinger eröffnete das Fest.', { explain: true });
    expect(es[0]!.evidence!.join(' ')).toMatch(/context:role/);
  });

  it('should be switched off with context: false', () => {
    expect(extract('Bürgermeister Quandtlinger eröffnete das Fest.', { context: false })).toEqual([]);
  });
});
