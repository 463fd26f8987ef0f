/**
 * Fresh text vs. repeated text: the main benchmark repeats the 2,200 dev sentences,
 * so per-word caches (ours and wink-nlp's) are warm after the first pass. This splits
 * the documents in two halves A and B and times, in one process:
 *   A (cold JIT, cold caches) → A again → B (new words, warm JIT) → B again → A,
 * once for german-news-ner and once, in a separate process (wink-nlp keeps a global
 * lexeme cache that our extractor shares), for wink-nlp tokenising alone.
 *   node scripts/bench/fresh.mjs [path/to/dist/index.js]
 */
import fs from 'node:fs';
import path from 'node:path';
import { germevalPath, readSentences } from './corpus.mjs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const distArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const dist = distArg ? path.resolve(distArg) : path.join(root, 'dist', 'index.js');
const gold = germevalPath(root);
if (!fs.existsSync(gold)) {
  console.error(`missing ${gold}`);
  process.exit(2);
}
const mode = process.argv.includes('--wink') ? 'wink' : process.argv.includes('--ours') ? 'ours' : 'both';
const sentences = readSentences(gold).map((s) => s.tokens.join(' '));
const docs = [];
for (let i = 0; i < sentences.length; i += 20) docs.push(sentences.slice(i, i + 20).join(' '));
const A = docs.filter((_, i) => i % 2 === 0);
const B = docs.filter((_, i) => i % 2 === 1);
const mb = (ds) => ds.reduce((a, d) => a + Buffer.byteLength(d), 0) / 1e6;
const LABELS = ['A, first time (cold JIT, new words)', 'A, again (known words)', 'B, first time (warm JIT, new words)', 'B, again (known words)', 'A, third time'];

if (mode === 'both') {
  const self = fileURLToPath(import.meta.url);
  const one = (flag) => JSON.parse(execFileSync(process.execPath, [self, flag, dist], { encoding: 'utf8' }));
  const ours = one('--ours');
  const wink = one('--wink');
  console.log(`${(mb(A) + mb(B)).toFixed(2)} MB in two halves of ${A.length} and ${B.length} documents; MB/s per step`);
  console.log('step'.padEnd(40), 'ours'.padStart(8), 'wink'.padStart(8), '× wink'.padStart(8));
  LABELS.forEach((l, k) => console.log(l.padEnd(40), ours[k].toFixed(2).padStart(8), wink[k].toFixed(2).padStart(8), (ours[k] / wink[k]).toFixed(2).padStart(8)));
} else {
  let step;
  if (mode === 'ours') {
    const { createExtractor } = await import(pathToFileURL(dist).href);
    const ex = createExtractor();
    ex.extract('Warm-up in Berlin.');
    step = (d) => ex.extract(d);
  } else {
    const require = createRequire(path.join(root, 'package.json'));
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'), []);
    nlp.readDoc('Warm-up in Berlin.').tokens().out();
    step = (d) => nlp.readDoc(d).tokens().out();
  }
  const rates = [];
  for (const ds of [A, A, B, B, A]) {
    const t0 = performance.now();
    for (const d of ds) step(d);
    rates.push(mb(ds) / ((performance.now() - t0) / 1000));
  }
  console.log(JSON.stringify(rates));
}
