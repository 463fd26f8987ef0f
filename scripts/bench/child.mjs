// Child-process jobs of the benchmark (fresh heap, own peak RSS).
//   node scripts/bench/child.mjs scale <entries> <sliceBytes> [passes]
//   node scripts/bench/child.mjs linear <mbSmall> <mbLarge>
//   node scripts/bench/child.mjs big <mb>
// Prints one line "RESULT <json>".
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSentences, buildCorpus, germevalPath, prefix } from './corpus.mjs';
import { syntheticEntries } from './synthetic.mjs';
import { measure } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { createExtractor } = await import(pathToFileURL(process.env.BENCH_DIST || path.join(ROOT, 'dist/index.js')).href);
const [mode, ...args] = process.argv.slice(2);
const WARM = 'Bundeskanzler Olaf Scholz traf am Montag in Berlin den Präsidenten der EU-Kommission.';

const mem = () => {
  const m = process.memoryUsage();
  return { rssMB: m.rss / 1e6, heapUsedMB: m.heapUsed / 1e6, peakRssMB: process.resourceUsage().maxRSS / 1e3 };
};
const done = (o) => { console.log('RESULT ' + JSON.stringify(o)); };

function corpus(minBytes) {
  return buildCorpus(readSentences(germevalPath(ROOT)), { minBytes });
}

/** A single string of whole documents (paragraphs) of at most `bytes` bytes. */
function oneString(docs, bytes) {
  const p = prefix(docs, bytes);
  const text = p.docs.map((d) => d.text).join('\n\n');
  return { text, bytes: Buffer.byteLength(text, 'utf8') };
}

if (mode === 'scale') {
  const size = Number(args[0]);
  const sliceBytes = Number(args[1]);
  const passes_ = Number(args[2] ?? 1);
  const slice = prefix(corpus(sliceBytes).docs, sliceBytes);
  let t = performance.now();
  let entries = syntheticEntries(size);
  const genMs = performance.now() - t;
  const before = mem();
  t = performance.now();
  const cpu0 = process.cpuUsage();
  const ex = createExtractor({ builtin: false, entries });
  const createMs = performance.now() - t;
  // Like a caller that loaded its gazetteer only to build the extractor: the extractor
  // keeps its own compact copy, so the caller's million objects can go.
  entries = undefined;
  // The first extract finishes the build: the tokenizer model and the fuzzy
  // index (getFuzzyIndex runs on every extract with fuzzy: true) are made here.
  ex.extract(WARM);
  const buildMs = performance.now() - t;
  const cpuBuild = process.cpuUsage(cpu0);
  const buildCpuMs = (cpuBuild.user + cpuBuild.system) / 1000;
  const afterBuild = mem();
  // Steady state of a long-running process: the build's garbage (above all the dropped entry
  // objects) has been collected. Without this it waits for V8's next major GC, which a few
  // passes do not trigger, and every scavenge pays for the dead old generation. (bench.mjs
  // starts every scale child with --expose-gc, whatever its size.)
  globalThis.gc?.();
  for (const d of prefix(slice.docs, 100e3).docs) ex.extract(d.text); // JIT warm-up, not timed
  const passes = [];
  let found = 0;
  for (let i = 0; i < passes_; i++) {
    const c = process.cpuUsage();
    t = performance.now();
    found = 0;
    for (const d of slice.docs) found += ex.extract(d.text).length;
    const ms = performance.now() - t;
    const cu = process.cpuUsage(c);
    passes.push({ ms, cpuMs: (cu.user + cu.system) / 1000 });
  }
  const fastest = passes.reduce((a, b) => (b.ms < a.ms ? b : a));
  done({ size, genMs, buildMs, createMs, buildCpuMs, runMs: fastest.ms, cpuMs: fastest.cpuMs, passesMs: passes.map((p) => p.ms), bytes: slice.bytes, docs: slice.docs.length, entities: found, before, afterBuild, after: mem() });
} else if (mode === 'linear') {
  const small = Number(args[0]) * 1e6;
  const large = Number(args[1]) * 1e6;
  const { docs } = corpus(large);
  const s = oneString(docs, small);
  const l = oneString(docs, large);
  const ex = createExtractor();
  ex.extract(WARM);
  ex.extract(oneString(docs, 200e3).text); // JIT warm-up
  const runs = [];
  let nSmall = 0;
  for (let i = 0; i < 3; i++) { const r = measure(() => ex.extract(s.text).length); nSmall = r.out; runs.push(r); }
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const r = measure(() => ex.extract(l.text).length);
  done({ small: { bytes: s.bytes, ms: fastest.ms, cpuMs: fastest.cpuMs, runsMs: runs.map((x) => x.ms), entities: nSmall }, large: { bytes: l.bytes, ms: r.ms, cpuMs: r.cpuMs, entities: r.out }, after: mem() });
} else if (mode === 'big') {
  const bytes = Number(args[0]) * 1e6;
  const { docs } = corpus(bytes);
  const s = oneString(docs, bytes);
  docs.length = 0;
  const ex = createExtractor();
  ex.extract(WARM);
  const before = mem();
  let error;
  const r = measure(() => { try { return ex.extract(s.text).length; } catch (e) { error = String((e && e.message) || e); return 0; } });
  done({ bytes: s.bytes, ms: r.ms, cpuMs: r.cpuMs, entities: r.out, error, before, after: mem() });
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
