// Does an unrelated old generation slow extract()? Keeps MB megabytes of ballast alive,
// then times warm passes over 1 MB of the bench corpus, with the minor-GC time of the best pass.
//   node --max-old-space-size=8192 scripts/bench/heap-ballast.mjs <none|objects|strings|medarrays|bigarrays|typed> [MB]
// objects/strings: small objects in regular old-space pages; medarrays: 8 KB arrays (few objects,
// many regular pages); bigarrays: 8 MB arrays (large-object space); typed: off-heap buffers.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { readSentences, buildCorpus, germevalPath, prefix } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { createExtractor } = await import(pathToFileURL(process.env.BENCH_DIST || path.join(ROOT, 'dist/index.js')).href);
const kind = process.argv[2] ?? 'none';
const MB = Number(process.argv[3] ?? 400);
const slice = prefix(buildCorpus(readSentences(germevalPath(ROOT)), { minBytes: 1e6 }).docs, 1e6);
const keep = [];
if (kind === 'objects') for (let i = 0; i < (MB * 1e6) / 48; i++) keep.push({ a: i, b: i + 1, c: null });
if (kind === 'strings') for (let i = 0; i < (MB * 1e6) / 40; i++) keep.push('w' + i);
if (kind === 'medarrays') for (let i = 0; i < (MB * 1e6) / 8000; i++) keep.push(new Array(1000).fill(i));
if (kind === 'bigarrays') for (let i = 0; i < MB / 8; i++) keep.push(new Array(1e6).fill(i));
if (kind === 'typed') for (let i = 0; i < MB; i++) keep.push(new Int32Array(250000));
const ex = createExtractor();
for (const d of slice.docs) ex.extract(d.text);
let minor = { n: 0, ms: 0 };
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) { minor.n++; minor.ms += e.duration; } }).observe({ entryTypes: ['gc'] });
let best = Infinity;
let bestGc = minor;
for (let r = 0; r < 6; r++) {
  minor = { n: 0, ms: 0 };
  const t = performance.now();
  for (const d of slice.docs) ex.extract(d.text);
  const ms = performance.now() - t;
  await new Promise((res) => setTimeout(res, 5)); // let the GC observer report
  if (ms < best) { best = ms; bestGc = minor; }
}
console.log(`${kind} ${MB} MB: heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, best pass ${best.toFixed(0)} ms (${(slice.bytes / 1e6 / (best / 1000)).toFixed(2)} MB/s), minor GCs ${bestGc.n}× ${bestGc.ms.toFixed(1)} ms (${keep.length} ballast objects)`);
