#!/usr/bin/env node
// Bundles the library (src/index.ts) with wink-nlp, wink-eng-lite-web-model and
// fast-levenshtein into ONE self-contained ES module for browsers:
//   dist/browser/german-news-ner.js
// and copies the demo page (examples/browser/) next to it, so dist/browser/
// can be served on its own as well.
//
// Needs src/generated/dictionaries.js (npm run build:dictionaries).
// Usage: node scripts/build-browser.mjs [--no-minify]
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'browser');
const outFile = path.join(outDir, 'german-news-ner.js');
const minify = !process.argv.includes('--no-minify');

function fail(message) {
  console.error(`build-browser: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(path.join(root, 'src', 'generated', 'dictionaries.js'))) {
  fail('src/generated/dictionaries.js is missing; run `npm run build:dictionaries` first');
}

const started = Date.now();
let result;
try {
  result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'src', 'index.ts')],
    outfile: outFile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify,
    sourcemap: false,
    legalComments: 'eof',
    // Only reached by loadGazetteerFile(), which is Node only and imports it lazily.
    external: ['node:fs/promises'],
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'warning',
  });
} catch (err) {
  fail(`esbuild failed: ${err.message}`);
}

// --- checks: the bundle must not need Node ---------------------------------
const code = fs.readFileSync(outFile, 'utf8');
const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs',
  'fs/promises', 'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks',
  'process', 'readline', 'stream', 'string_decoder', 'tls', 'tty', 'url', 'util', 'v8', 'vm',
  'worker_threads', 'zlib',
];
const problems = [];
// require("fs"), require('node:fs'), require(`path`) …
for (const m of code.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)) {
  const name = m[2].replace(/^node:/, '');
  if (NODE_BUILTINS.includes(name)) problems.push(m[0]);
}
// static imports of node built-ins (import … from "fs" / "node:…"); the one lazy
// dynamic import of node:fs/promises is allowed.
for (const m of code.matchAll(/\bimport\s*(?:[\w${}\s,*]+from\s*)?(["'])([^"']+)\1/g)) {
  const name = m[2].replace(/^node:/, '');
  if (m[2].startsWith('node:') || NODE_BUILTINS.includes(name)) problems.push(m[0]);
}
for (const m of code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)) {
  if (m[2] !== 'node:fs/promises') problems.push(m[0]);
}
// esbuild's shim for a require() it could not resolve
if (/Dynamic require of .* is not supported/.test(code)) problems.push('esbuild __require shim (unresolved require)');
const inputs = Object.keys(result.metafile.inputs);
for (const dep of ['wink-nlp', 'wink-eng-lite-web-model', 'fast-levenshtein']) {
  if (!inputs.some((p) => p.includes(`node_modules/${dep}/`))) problems.push(`${dep} is not bundled`);
}
if (problems.length) fail(`the bundle is not browser-safe:\n  ${[...new Set(problems)].join('\n  ')}`);

// --- copy the demo so dist/browser/ can be served on its own ---------------
const demoDir = path.join(root, 'examples', 'browser');
const demoOut = path.join(outDir, 'demo');
if (fs.existsSync(demoDir)) {
  fs.rmSync(demoOut, { recursive: true, force: true });
  fs.mkdirSync(demoOut, { recursive: true });
  for (const f of ['index.html', 'app.js']) {
    const src = path.join(demoDir, f);
    if (!fs.existsSync(src)) continue;
    let text = fs.readFileSync(src, 'utf8');
    // In dist/browser/demo/ the bundle is one level up.
    if (f === 'app.js') text = text.replace(/(['"])\.\.\/\.\.\/dist\/browser\/german-news-ner\.js\1/, "'../german-news-ner.js'");
    fs.writeFileSync(path.join(demoOut, f), text);
  }
}

const kb = (n) => (n / 1024).toFixed(1);
const bytes = Buffer.byteLength(code);
const gz = (await import('node:zlib')).gzipSync(code).length;
console.log(
  `build-browser: ${path.relative(root, outFile)} ${kb(bytes)} KB (gzip ${kb(gz)} KB), ` +
    `${inputs.length} inputs, ${Date.now() - started} ms`,
);
// Where the bytes come from (minified output bytes per package / src folder).
const parts = new Map();
for (const [input, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
  const key = input.match(/node_modules\/([^/]+)/)?.[1] ?? (input.includes('src/generated/') ? 'gazetteers (src/generated)' : 'library code (src)');
  parts.set(key, (parts.get(key) ?? 0) + bytesInOutput);
}
console.log(`  ${[...parts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)} KB`).join(', ')}`);
