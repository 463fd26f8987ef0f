// Builds the benchmark corpus AT RUN TIME from the GermEval 2014 dev set in
// ../shared/data (never copied into the repository).
import fs from 'node:fs';
import path from 'node:path';

export const GERMEVAL_REL = '../shared/data/germeval2014/NER-de-dev.tsv';

export function germevalPath(root) {
  return path.resolve(root, GERMEVAL_REL);
}

/** Sentences of the GermEval TSV: [{ tokens: string[], tags: string[], source }]. */
export function readSentences(file) {
  const sentences = [];
  let cur = { tokens: [], tags: [], source: undefined };
  const flush = () => { if (cur.tokens.length) sentences.push(cur); cur = { tokens: [], tags: [], source: undefined }; };
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('#')) { flush(); cur.source = line.split('\t')[1]?.trim(); continue; }
    if (!line.trim()) { flush(); continue; }
    const cols = line.split('\t');
    cur.tokens.push(cols[1] ?? '');
    cur.tags.push(cols[2] ?? 'O');
  }
  flush();
  return sentences;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(arr, rand) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

/** Documents of ~`perDoc` sentences (tokens joined by single spaces), the
 *  sentence order reshuffled deterministically in every round until the corpus
 *  has at least `minBytes` UTF-8 bytes. Round 0 keeps the file order. */
export function buildCorpus(sentences, { minBytes = 5e6, perDoc = 20, seed = 2014 } = {}) {
  const rand = rng(seed);
  const plain = sentences.map((s) => s.tokens.join(' '));
  const docs = [];
  let bytes = 0;
  for (let round = 0; bytes < minBytes; round++) {
    const order = round === 0 ? plain : shuffle(plain, rand);
    for (let i = 0; i < order.length && bytes < minBytes; i += perDoc) {
      const sents = order.slice(i, i + perDoc);
      const text = sents.join(' ');
      docs.push({ text, sentences: sents });
      bytes += Buffer.byteLength(text, 'utf8') + 1;
    }
  }
  return { docs, bytes: docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0), chars: docs.reduce((n, d) => n + d.text.length, 0) };
}

/** The first documents of a corpus up to `maxBytes` bytes (a fixed prefix). */
export function prefix(docs, maxBytes) {
  const out = [];
  let bytes = 0;
  for (const d of docs) {
    const b = Buffer.byteLength(d.text, 'utf8');
    if (bytes + b > maxBytes && out.length) break;
    out.push(d);
    bytes += b;
  }
  return { docs: out, bytes };
}
