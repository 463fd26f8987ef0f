// Steady-state passes with a synthetic gazetteer: per-pass time of extract() over the
// first 1 MB of the bench corpus, with the young-generation GC time of each pass.
//   node --max-old-space-size=8192 scripts/bench/steady.mjs 1000000 [passes]
//   node --max-old-space-size=8192 --expose-gc scripts/bench/steady.mjs 1000000   # full GC after the build
//   node --max-old-space-size=8192 scripts/bench/steady.mjs 1000000 8 --flat-names   # names as flat strings
// With --expose-gc a full GC runs after the build, before the first pass, as a long-running
// process would have collected its start-up garbage; the heap spaces are printed after it
// (old space = regular pages, which every scavenge walks; see BENCHMARKS.md, Scaling).
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { readSentences, buildCorpus, germevalPath, prefix } from './corpus.mjs';
import { syntheticEntries } from './synthetic.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { createExtractor } = await import(pathToFileURL(process.env.BENCH_DIST || path.join(ROOT, 'dist/index.js')).href);
const size = Number(process.argv[2] ?? 1000);
const passes = Number(process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : 8);
const slice = prefix(buildCorpus(readSentences(germevalPath(ROOT)), { minBytes: 1e6 }).docs, 1e6);
let t = performance.now();
// --flat-names: the synthetic names are concatenations (V8 cons strings), which the build flattens,
// freeing their parts between live objects; a JSON round trip gives flat strings, as a file would.
const flat = process.argv.includes('--flat-names');
const ex = createExtractor({ builtin: false, entries: flat ? JSON.parse(JSON.stringify(syntheticEntries(size))) : syntheticEntries(size) });
ex.extract('Warm-up in Berlin.');
console.log(`${size} entries: build ${((performance.now() - t) / 1000).toFixed(1)} s${globalThis.gc ? ', then a full GC' : ''}`);
if (globalThis.gc) {
  globalThis.gc();
  globalThis.gc();
  const space = (name) => v8.getHeapSpaceStatistics().find((x) => x.space_name === name)?.space_used_size / 1e6;
  console.log(`heap after GC: old space ${space('old_space').toFixed(0)} MB, large-object space ${space('large_object_space').toFixed(0)} MB, external ${(process.memoryUsage().external / 1e6).toFixed(0)} MB`);
}
let minor = { n: 0, ms: 0 };
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) { minor.n++; minor.ms += e.duration; } }).observe({ entryTypes: ['gc'] });
for (let i = 0; i < passes; i++) {
  minor = { n: 0, ms: 0 };
  t = performance.now();
  for (const d of slice.docs) ex.extract(d.text);
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 10)); // let the GC observer report
  console.log(`pass ${i + 1}: ${ms.toFixed(0)} ms (${(slice.bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s), young-generation GC ${minor.n}× ${minor.ms.toFixed(0)} ms`);
}
