// Browser demo for german-news-ner: plain ES module, no framework.
// Needs the browser bundle: `npm run build:browser` (dist/browser/german-news-ner.js).
const BUNDLE_URL = '../../dist/browser/german-news-ner.js';
const DEBOUNCE_MS = 150;

/** Example articles, written for this demo (not real news). */
const EXAMPLES = [
  {
    title: 'Kim Jong Un in Russland',
    text: `Kim Jong Un zu Gesprächen in Wladiwostok eingetroffen

Wladiwostok – Der nordkoreanische Machthaber Kim Jong Un ist am Dienstag mit seinem gepanzerten Sonderzug in der russischen Hafenstadt Wladiwostok angekommen. Am Bahnhof empfing ihn Verteidigungsminister Sergej Schoigu, wie die staatliche Nachrichtenagentur KCNA am Morgen meldete. Nach Angaben der Agentur Ria Nowosti soll Kim in den kommenden Tagen auch mit Präsident Wladimir Putin zusammentreffen. Über den genauen Ort des Treffens machte der Kreml zunächst keine Angaben.

Beobachter in Seoul und Washington vermuten, dass es bei den Gesprächen vor allem um militärische Zusammenarbeit gehen wird. Moskau sucht nach Munition für den Krieg in der Ukraine, Nordkorea hofft im Gegenzug auf Lebensmittel, Devisen und moderne Technik. Schoigu war bereits im Sommer in Pjöngjang zu Gast gewesen und hatte dort eine Militärparade besucht. Nach Angaben aus Moskau will Kim außerdem ein Flugzeugwerk in Komsomolsk am Amur besichtigen. Es ist die erste Auslandsreise des Machthabers seit mehreren Jahren. Die südkoreanische Regierung warnte vor einer Vertiefung der Beziehungen und kündigte an, die Lage genau zu beobachten.`,
  },
  {
    title: 'Haushaltsdebatte im Bundestag',
    text: `Haushaltsstreit im Bundestag: Merz greift Scholz an

Berlin – In der Generaldebatte über den Bundeshaushalt hat Unionsfraktionschef Friedrich Merz Bundeskanzler Olaf Scholz eine verfehlte Wirtschaftspolitik vorgeworfen. Die Regierung habe keinen erkennbaren Plan, wie sie die Schuldenbremse einhalten und zugleich Investitionen in Schienen, Schulen und Digitalisierung bezahlen wolle, sagte der CDU-Vorsitzende im Bundestag. Scholz verteidigte den Kurs der Koalition und verwies auf die Entlastungen bei den Energiepreisen. Deutschland stehe besser da, als die Opposition behaupte.

Die SPD-Fraktion stellte sich geschlossen hinter den Kanzler und warf der Union vor, keine eigenen Vorschläge zur Gegenfinanzierung vorzulegen. Aus der FDP kam erneut ein klares Nein zu Steuererhöhungen, die Grünen forderten mehr Geld für den Klimaschutz. Auch in der CDU gibt es allerdings Stimmen, die eine Reform der Schuldenbremse nicht mehr ausschließen wollen.

Der Haushalt soll Ende November endgültig beschlossen werden. Zuvor berät der Haushaltsausschuss in der sogenannten Bereinigungssitzung über letzte Änderungen. Ökonomen aus München und Kiel mahnten, die Planung müsse verlässlicher werden, damit Unternehmen in Deutschland wieder mehr investierten.`,
  },
  {
    title: 'Volkswagen und der FC Bayern',
    text: `Volkswagen bleibt Partner des FC Bayern München

Frankfurt/Wolfsburg – Der Volkswagen-Konzern bleibt dem FC Bayern München über seine Tochter Audi als Sponsor erhalten. Wie beide Seiten am Mittwoch mitteilten, wird der Vertrag vorzeitig um mehrere Jahre verlängert. Über finanzielle Details vereinbarten die Partner Stillschweigen; Branchenkenner schätzen den Wert auf einen dreistelligen Millionenbetrag. An der Frankfurter Börse legte die VW-Aktie nach der Mitteilung leicht zu, der Dax schloss insgesamt knapp im Plus.

Der Konzern aus Wolfsburg steckt allerdings mitten in einem harten Sparprogramm: Tausende Stellen sollen in den kommenden Jahren wegfallen, auch Werksschließungen in Deutschland schließt das Management nicht mehr aus. Die IG Metall kritisierte die Verlängerung deshalb als falsches Signal an die Beschäftigten in Niedersachsen und Sachsen.

Sportlich läuft es für die Münchner derweil rund. Am Samstag gewann die Mannschaft bei Eintracht Frankfurt mit 3:1 und baute ihre Tabellenführung in der Bundesliga aus. Die Gastgeber hatten zur Pause noch geführt, brachen nach dem Ausgleich aber ein. Im Dezember treffen beide Vereine im Pokal erneut aufeinander, dann in der Münchner Arena.`,
  },
];

const $ = (sel) => document.querySelector(sel);
const input = $('#input');
const output = $('#output');
const status = $('#status');
const tbody = $('#entities tbody');
const empty = $('#empty');
const select = $('#example');
const opts = { fuzzy: $('#opt-fuzzy'), context: $('#opt-context'), nested: $('#opt-nested') };

function setStatus(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function renderTable(entities) {
  const rows = entities.map((e) => {
    const tr = document.createElement('tr');
    tr.dataset.type = e.type;
    tr.dataset.start = String(e.start);
    tr.dataset.end = String(e.end);
    tr.title = `${e.start}–${e.end}${e.id ? ` · ${e.id}` : ''}`;
    const type = cell(e.type);
    const badge = document.createElement('span');
    badge.className = `type ${e.type}`;
    badge.textContent = e.type;
    type.replaceChildren(badge);
    tr.append(cell(e.text), type, cell(e.kind), cell(e.canonical ?? '–'), cell(e.source), cell(e.score.toFixed(2), 'num'));
    return tr;
  });
  tbody.replaceChildren(...rows);
  empty.hidden = entities.length > 0;
}

let lib;
let extractor;

function update() {
  if (!extractor) return;
  const text = input.value;
  const options = { fuzzy: opts.fuzzy.checked, context: opts.context.checked, nested: opts.nested.checked };
  try {
    const t0 = performance.now();
    const entities = extractor.extract(text, options);
    const ms = performance.now() - t0;
    // renderHtml escapes the text; the fragment is safe to insert.
    output.innerHTML = lib.renderHtml(text, entities, { fragment: true });
    renderTable(entities);
    setStatus(`${entities.length} Entität${entities.length === 1 ? '' : 'en'} · ${ms.toFixed(1)} ms · ${text.length} Zeichen`);
    document.body.dataset.state = 'ready';
  } catch (err) {
    console.error(err);
    setStatus(`Fehler: ${err.message}`, true);
    document.body.dataset.state = 'error';
  }
}

let timer;
function scheduleUpdate() {
  clearTimeout(timer);
  document.body.dataset.state = 'pending';
  timer = setTimeout(update, DEBOUNCE_MS);
}

for (const [i, ex] of EXAMPLES.entries()) select.add(new Option(ex.title, String(i)));
select.addEventListener('change', () => {
  if (select.value === '') return;
  input.value = EXAMPLES[Number(select.value)].text;
  update();
});
input.addEventListener('input', () => {
  select.value = '';
  scheduleUpdate();
});
for (const box of Object.values(opts)) box.addEventListener('change', update);

tbody.addEventListener('click', (ev) => {
  const tr = ev.target.closest('tr');
  if (!tr) return;
  input.focus();
  input.setSelectionRange(Number(tr.dataset.start), Number(tr.dataset.end));
});

input.value = EXAMPLES[0].text;
select.value = '0';
document.body.dataset.state = 'loading';

try {
  const t0 = performance.now();
  lib = await import(BUNDLE_URL);
  const tImport = performance.now() - t0;
  setStatus('Bereite Wörterbücher vor …');
  // Let the page paint before the gazetteers are compiled (about a second).
  await new Promise((r) => setTimeout(r, 30));
  const t1 = performance.now();
  extractor = lib.createExtractor({});
  extractor.extract('Warmlauf in Berlin.');
  const tCompile = performance.now() - t1;
  window.nerTimings = { importMs: Math.round(tImport), compileMs: Math.round(tCompile) };
  console.info(`german-news-ner: bundle loaded in ${tImport.toFixed(0)} ms, gazetteers ready in ${tCompile.toFixed(0)} ms, ${extractor.size} entries`);
  update();
} catch (err) {
  console.error(err);
  document.body.dataset.state = 'error';
  setStatus(`Die Bibliothek konnte nicht geladen werden (${err.message}). Wurde \`npm run build:browser\` ausgeführt?`, true);
}
