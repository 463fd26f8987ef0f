// Regression snapshot: every entity the built dist/ finds in the GermEval dev
// sentences (joined 20 to a document, as the benchmark does) and in
// examples/news, one JSON line per document. Diff two snapshots to see what a
// change does to the output:
//   node scripts/snapshot.mjs > /tmp/before.jsonl   (…change, npm run build…)
//   node scripts/snapshot.mjs > /tmp/after.jsonl && diff /tmp/before.jsonl /tmp/after.jsonl
// Options: --no-context --no-fuzzy --explain (passed to extract()).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSentences, germevalPath } from './bench/corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createExtractor } = await import(path.join(ROOT, 'dist/index.js'));
const args = new Set(process.argv.slice(2));
const opts = { context: !args.has('--no-context'), fuzzy: !args.has('--no-fuzzy'), explain: args.has('--explain') };
const sentences = readSentences(germevalPath(ROOT)).map((s) => s.tokens.join(' '));
const docs = [];
for (let i = 0; i < sentences.length; i += 20) docs.push({ name: `dev:${i}`, text: sentences.slice(i, i + 20).join(' ') });
const news = path.join(ROOT, 'examples/news');
for (const f of fs.readdirSync(news).sort()) docs.push({ name: f, text: fs.readFileSync(path.join(news, f), 'utf8') });
const ex = createExtractor();
for (const d of docs) {
  const ents = ex.extract(d.text, opts).map((e) => [e.start, e.end, e.text, e.type, e.kind, e.id ?? '', e.source, Math.round(e.score * 1000) / 1000, ...(opts.explain ? [e.evidence] : [])]);
  process.stdout.write(JSON.stringify({ doc: d.name, entities: ents }) + '\n');
}
