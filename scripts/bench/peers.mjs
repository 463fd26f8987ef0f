// Adapters for the peer libraries (devDependencies): wink-ner 2.1 and
// @nlpjs/ner 4.27, both loaded with the same gazetteer names as ours.
import { createRequire } from 'node:module';
import { namesOf } from './gazetteer.mjs';

const require = createRequire(import.meta.url);
const TYPES = new Set(['PER', 'LOC', 'ORG', 'MISC']);

export function versionOf(pkg) {
  try { return require(`${pkg}/package.json`).version; } catch { return '?'; }
}

/** wink-nlp with an empty pipe: tokenisation only. */
export function createWink() {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, []);
  return { nlp, its: nlp.its };
}

/** Character offsets of wink-nlp tokens (sequential search; tokens are substrings). */
export function tokenOffsets(text, values) {
  const starts = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const p = text.indexOf(values[i], cursor);
    starts[i] = p < 0 ? cursor : p;
    if (p >= 0) cursor = p + values[i].length;
  }
  return starts;
}

/**
 * wink-ner, fed with wink-nlp tokens ({ value, tag: wink-nlp token type }).
 * Gazetteer names are tokenised with the same tokeniser and their punctuation
 * dropped (wink-ner ignores punctuation tokens by default), so "Baden-Württemberg"
 * is learnt as "baden württemberg" and matches the tokens Baden - Württemberg.
 */
export function createWinkNer(entries, wink) {
  const { nlp, its } = wink;
  const ner = require('wink-ner')();
  const data = [];
  for (const e of entries) {
    for (const name of namesOf(e)) {
      const toks = nlp.readDoc(name).tokens();
      const values = toks.out();
      const types = toks.out(its.type);
      const words = values.filter((_, i) => types[i] !== 'punctuation');
      if (words.length) data.push({ text: words.join(' '), entityType: e.type, uid: e.id });
    }
  }
  const learnt = ner.learn(data);
  const timing = { tokenise: 0, recognize: 0 };
  /** Entities of `text` as { start, end, type } (end exclusive). */
  function run(text, wantSpans = false) {
    let t0 = performance.now();
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out();
    const types = doc.tokens().out(its.type);
    const tokens = new Array(values.length);
    for (let i = 0; i < values.length; i++) tokens[i] = { value: values[i], tag: types[i] };
    let t1 = performance.now();
    timing.tokenise += t1 - t0;
    const out = ner.recognize(tokens);
    timing.recognize += performance.now() - t1;
    if (!wantSpans) return out;
    const starts = tokenOffsets(text, values);
    const spans = [];
    let k = 0; // index into the input tokens
    for (const t of out) {
      const n = t.originalSeq ? t.originalSeq.length : 1;
      if (t.entityType && TYPES.has(t.entityType)) {
        const last = k + n - 1;
        spans.push({ start: starts[k], end: starts[last] + values[last].length, type: t.entityType, kind: 'name', id: t.uid });
      }
      k += n;
    }
    return spans;
  }
  return { run, learnt, timing };
}

/**
 * @nlpjs/ner: one enum rule per type, one option per entry (option = id,
 * texts = canonical + aliases). `threshold` 1 = exact dictionary lookup,
 * the library default 0.8 = Levenshtein similarity against every text.
 */
export function createNlpjsNer(entries, { threshold }) {
  const { Ner } = require('@nlpjs/ner');
  const ner = new Ner({ threshold });
  for (const e of entries) ner.addRuleOptionTexts('de', e.type, e.id, namesOf(e));
  async function run(text) {
    const r = await ner.process({ locale: 'de', text, threshold });
    const spans = [];
    for (const e of r.entities ?? []) {
      if (!TYPES.has(e.entity)) continue;
      spans.push({ start: e.start, end: e.end + 1, type: e.entity, kind: 'name', id: e.option });
    }
    return spans;
  }
  return { run };
}
