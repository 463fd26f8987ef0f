// Regression snapshot for big user gazetteers: the entities found with a
// synthetic gazetteer (scripts/bench/synthetic.mjs) in texts that mention its
// names — exact, genitive, declined, all-caps, misspelt (fuzzy) — plus GermEval
// dev documents. One JSON line per document; diff two runs to see what a
// change to the compiled model does.
//   node --max-old-space-size=8192 scripts/bench/scale-snapshot.mjs [entries=1000000] [--builtin] > /tmp/a.jsonl
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSentences, germevalPath, rng } from './corpus.mjs';
import { syntheticEntries } from './synthetic.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { createExtractor } = await import(pathToFileURL(process.env.BENCH_DIST || path.join(ROOT, 'dist/index.js')).href);
const args = process.argv.slice(2);
const size = Number(args.find((a) => /^\d+$/.test(a)) ?? 1e6);
const builtin = args.includes('--builtin');
const entries = syntheticEntries(size);
const ex = createExtractor({ builtin, entries });

const rand = rng(42);
const pick = () => entries[Math.floor(rand() * entries.length)];
/** One-letter change inside a word (after its first letter). */
function typo(s) {
  const words = s.split(' ');
  const k = words.findIndex((w) => w.length >= 6);
  if (k < 0) return s;
  const w = words[k];
  const i = 1 + Math.floor(rand() * (w.length - 1));
  const r = rand();
  words[k] = r < 0.33 ? w.slice(0, i) + w.slice(i + 1) : r < 0.66 ? w.slice(0, i) + 'e' + w.slice(i) : w.slice(0, i) + 'k' + w.slice(i + 1);
  return words.join(' ');
}
const FRAMES = [
  (n) => `Gestern sprach ${n} in der Stadt über die Lage.`,
  (n) => `Die Pläne ${n}s wurden am Montag vorgestellt.`,
  (n) => `Nach Angaben von ${n} ist die Zahl gestiegen.`,
  (n) => `Wie ${n.toUpperCase()} mitteilte, bleibt alles beim Alten.`,
  (n) => `Der Sprecher ${n} sagte, man werde in ${n} bleiben.`,
];
const docs = [];
for (let d = 0; d < 300; d++) {
  const parts = [];
  for (let s = 0; s < 12; s++) {
    const e = pick();
    const names = [e.canonical, ...(e.aliases ?? [])];
    let n = names[Math.floor(rand() * names.length)];
    if (rand() < 0.3) n = typo(n);
    parts.push(FRAMES[Math.floor(rand() * FRAMES.length)](n));
  }
  docs.push({ name: `syn:${d}`, text: parts.join(' ') });
}
const sentences = readSentences(germevalPath(ROOT)).map((s) => s.tokens.join(' '));
for (let i = 0; i < sentences.length && i < 2000; i += 20) docs.push({ name: `dev:${i}`, text: sentences.slice(i, i + 20).join(' ') });
for (const opts of [{}, { fuzzy: false, context: false }, { explain: true }, { nested: true }]) {
  for (const d of docs) {
    const ents = ex.extract(d.text, opts).map((e) => [e.start, e.end, e.text, e.type, e.kind, e.id ?? '', e.source, Math.round(e.score * 1000) / 1000, ...(opts.explain ? [e.evidence] : [])]);
    process.stdout.write(JSON.stringify({ opts, doc: d.name, entities: ents }) + '\n');
  }
}
