#!/usr/bin/env node
// Property-based fuzzing of the built package (dist/index.js) with fast-check.
// Every entity must satisfy 0 <= start < end <= length, text.slice(start, end)
// === entity.text, sorted by start, no overlaps (unless nested), score in 0..1;
// extract() must never throw on a string and must be deterministic.
//
// Usage: npm run fuzz [-- --runs 100000] [--seed 42]
// Build first (npm run build). Prints the case count, the time and, on failure,
// the shrunk counterexample as a JSON string literal; exits 1 on failure.
import fc from 'fast-check';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FRAGMENTS } from './fuzz-fragments.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createExtractor } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}
const RUNS = arg('runs', 100_000);
const SEED = arg('seed', Date.now() % 2 ** 31);

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((a) => a.join(''));
const text = fc.oneof(
  { weight: 3, arbitrary: fragmentText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.tuple(fragmentText, fc.string({ unit: 'binary', maxLength: 8 }), fragmentText).map((t) => t.join(' ')) },
);

const extractor = createExtractor();

function check(t, es, nested) {
  let last = -1;
  let lastEnd = 0;
  for (const e of es) {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start < e.end && e.end <= t.length)) throw new Error(`bad span ${e.start}-${e.end}`);
    if (t.slice(e.start, e.end) !== e.text) throw new Error(`slice mismatch at ${e.start}: ${JSON.stringify(t.slice(e.start, e.end))} vs ${JSON.stringify(e.text)}`);
    if (e.start < last) throw new Error('not sorted by start');
    if (!nested && e.start < lastEnd) throw new Error(`overlap at ${e.start}`);
    if (!(e.score >= 0 && e.score <= 1)) throw new Error(`score ${e.score}`);
    last = e.start;
    lastEnd = e.end;
  }
}

let cases = 0;
const started = Date.now();
let lastReport = started;
const property = fc.property(text, (t) => {
  cases++;
  const flat = extractor.extract(t);
  check(t, flat, false);
  check(t, extractor.extract(t, { nested: true }), true);
  if (cases % 10 === 0 && JSON.stringify(extractor.extract(t)) !== JSON.stringify(flat)) throw new Error('not deterministic');
  if (process.stderr.isTTY && Date.now() - lastReport > 1000) {
    lastReport = Date.now();
    process.stderr.write(`\r${cases} cases, ${Math.round(cases / ((Date.now() - started) / 1000))}/s   `);
  }
});

const result = fc.check(property, { numRuns: RUNS, seed: SEED });
if (process.stderr.isTTY) process.stderr.write('\n');
const secs = ((Date.now() - started) / 1000).toFixed(1);
if (result.failed) {
  console.log(`FAILED after ${result.numRuns} runs (${cases} cases incl. shrinking) in ${secs}s, seed ${SEED}, path ${result.counterexamplePath}`);
  console.log(`counterexample: ${JSON.stringify(result.counterexample?.[0])}`);
  console.log(`error: ${result.errorInstance instanceof Error ? result.errorInstance.stack : String(result.errorInstance)}`);
  process.exit(1);
}
console.log(`fuzz: ${result.numRuns} cases passed in ${secs}s (seed ${SEED})`);
