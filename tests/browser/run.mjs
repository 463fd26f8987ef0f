#!/usr/bin/env node
// Real-browser test of the demo page (examples/browser/) against the browser
// bundle (dist/browser/german-news-ner.js, built by scripts/build-browser.mjs):
// serves the repo root, opens the demo in headless Debian Chromium via
// playwright-core, types a German sentence, checks the highlighting and the
// table, and saves examples/browser/screenshot.png.
//   node tests/browser/run.mjs            (CHROMIUM=/path/to/chromium to override)
// Exits non-zero with a message on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const BUNDLE = path.join(root, 'dist', 'browser', 'german-news-ner.js');
const SCREENSHOT = path.join(root, 'examples', 'browser', 'screenshot.png');
const TIMEOUT = 30_000;

const SENTENCE =
  'Wladimir Putin hat in Moskau den Machthaber Kim Jong Un empfangen. ' +
  'Die russischen Medien berichteten ausführlich über den Besuch aus Nordkorea.';
// Names that must be highlighted, with their type (and kind where it matters).
const EXPECTED = [
  { text: 'Wladimir Putin', type: 'PER' },
  { text: 'Moskau', type: 'LOC' },
  { text: 'Kim Jong Un', type: 'PER' },
  { text: 'russischen', type: 'LOC', kind: 'deriv' },
  { text: 'Nordkorea', type: 'LOC' },
];

const started = Date.now();
const failures = [];
let passed = 0;
function check(ok, message) {
  if (ok) { passed++; console.log(`  ok   ${message}`); }
  else { console.log(`  FAIL ${message}`); failures.push(message); }
}
function die(message) {
  console.error(`browser test: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(CHROMIUM)) {
  die(`${CHROMIUM} not found. Install Debian's Chromium:\n  apt-get install -y chromium\n(or set CHROMIUM=/path/to/chromium). Do not use \`npx playwright install\`.`);
}
if (!fs.existsSync(BUNDLE)) die(`${path.relative(root, BUNDLE)} not found; run \`node scripts/build-browser.mjs\` first.`);

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  die('playwright-core is not installed; run `npm ci`.');
}

const server = await startServer(0);
let browser;
try {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: TIMEOUT,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') pageErrors.push(`console.error: ${msg.text()}`); });
  page.on('requestfailed', (req) => pageErrors.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => { if (res.status() >= 400) pageErrors.push(`HTTP ${res.status()}: ${res.url()}`); });
  // Only the local server may be reached.
  await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));

  const url = `${server.url}examples/browser/`;
  console.log(`browser test: ${url} in ${CHROMIUM}`);
  const tLoad = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state));
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state !== 'ready') throw new Error(`demo did not start: ${await page.textContent('#status')}`);
  const timings = await page.evaluate(() => window.nerTimings);
  console.log(`  page ready in ${Date.now() - tLoad} ms (bundle import ${timings?.importMs} ms, gazetteer compile + first extract ${timings?.compileMs} ms)`);
  check((await page.locator('#output mark').count()) > 0, 'the preset example article is highlighted');
  check((await page.locator('#example option').count()) === 4, 'the example <select> offers 3 articles');

  // Clear the textarea and type the sentence like a person would.
  const textarea = page.locator('#input');
  await textarea.click();
  await textarea.fill('');
  await page.waitForFunction(() => document.body.dataset.state === 'ready' && document.querySelectorAll('#output mark').length === 0);
  check(true, 'clearing the text removes all highlights');
  await textarea.pressSequentially(SENTENCE, { delay: 5 });
  const tType = Date.now();
  await page.waitForFunction(
    (sentence) => document.body.dataset.state === 'ready' && document.querySelector('#output').textContent === sentence,
    SENTENCE,
  );
  console.log(`  highlighting updated ${Date.now() - tType} ms after the last key`);
  check((await textarea.inputValue()) === SENTENCE, 'the textarea holds the typed sentence');

  const marks = await page.$$eval('#output mark', (ms) => ms.map((m) => ({ text: m.textContent, type: m.dataset.type, kind: m.dataset.kind })));
  const rows = await page.$$eval('#entities tbody tr', (trs) => trs.map((tr) => {
    const td = [...tr.querySelectorAll('td')].map((c) => c.textContent.trim());
    return { text: td[0], type: td[1], kind: td[2], canonical: td[3], source: td[4], score: td[5] };
  }));
  console.log(`  marks: ${marks.map((m) => `${m.text}/${m.type}`).join(', ')}`);
  for (const exp of EXPECTED) {
    const m = marks.find((x) => x.text === exp.text);
    check(m && m.type === exp.type && (!exp.kind || m.kind === exp.kind),
      `<mark data-type="${exp.type}"${exp.kind ? ` data-kind="${exp.kind}"` : ''}>${exp.text}</mark> (got ${m ? `${m.type}/${m.kind}` : 'none'})`);
    const r = rows.find((x) => x.text === exp.text);
    check(r && r.type === exp.type && (!exp.kind || r.kind === exp.kind) && /^(0(\.\d+)?|1(\.0+)?)$/.test(r.score) && r.source !== '',
      `table row: ${exp.text} | ${exp.type}${exp.kind ? ` | ${exp.kind}` : ''} (got ${r ? Object.values(r).join(' | ') : 'none'})`);
  }
  check(rows.length === marks.length, `table rows (${rows.length}) match the highlights (${marks.length})`);
  const status = await page.textContent('#status');
  check(new RegExp(`^${rows.length} Entit`).test(status ?? ''), `status line counts the entities ("${status}")`);

  // The text around the highlights is the typed text, escaped (no HTML injection).
  await textarea.fill('<b>Angela Merkel</b> & Berlin');
  await page.waitForFunction(() => document.body.dataset.state === 'ready' && document.querySelector('#output').textContent.startsWith('<b>'));
  check((await page.locator('#output b').count()) === 0, 'typed HTML is shown as text, not markup');

  // Choosing an example from the <select> replaces the text.
  await page.selectOption('#example', '1');
  await page.waitForFunction(() => document.querySelector('#input').value.includes('Bundestag'));
  check((await page.locator('#output mark').count()) > 0, 'the second example article is highlighted');

  // Back to the typed sentence for the README screenshot.
  await textarea.fill(SENTENCE);
  await page.waitForFunction((s) => document.body.dataset.state === 'ready' && document.querySelector('#output').textContent === s, SENTENCE);
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  console.log(`  screenshot: ${path.relative(root, SCREENSHOT)}`);

  check(pageErrors.length === 0, `no page errors${pageErrors.length ? `:\n       ${pageErrors.join('\n       ')}` : ''}`);
} catch (err) {
  failures.push(err.message.split('\n')[0]);
  console.log(`  FAIL ${err.message}`);
} finally {
  await browser?.close().catch(() => {});
  await server.close();
}

const secs = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.error(`browser test: FAILED (${failures.length}) in ${secs} s:\n  - ${failures.join('\n  - ')}`);
  console.log(`browser: ${passed} passed, ${failures.length} failed`);
  process.exit(1);
}
console.log(`browser test: all checks passed in ${secs} s`);
console.log(`browser: ${passed} passed, 0 failed`);
