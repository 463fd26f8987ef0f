// Minimal strict scorer (same conventions as src/eval: a hit needs the same
// start, end, type and kind; GermEval OTH = MISC; one sentence per document).
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '“', '«']);
const NO_SPACE_AFTER = new Set(['(', '[', '„', '»']);

function parseTag(tag) {
  const m = /^([BI])-(PER|LOC|ORG|OTH)(deriv|part)?$/.exec(tag);
  if (!m) return undefined;
  return { bio: m[1], type: m[2] === 'OTH' ? 'MISC' : m[2], kind: m[3] ?? 'name' };
}

/** Sentence text (spaces between tokens except before , . ; : ! ? ) ] “ « and after ( [ „ ») and gold spans. */
export function goldDoc(sentence) {
  let text = '';
  const gold = [];
  let prev;
  let open;
  const close = () => { if (open) gold.push(open); open = undefined; };
  sentence.tokens.forEach((token, i) => {
    if (text.length > 0 && !NO_SPACE_BEFORE.has(token) && !(prev !== undefined && NO_SPACE_AFTER.has(prev))) text += ' ';
    const start = text.length;
    text += token;
    prev = token;
    const t = parseTag(sentence.tags[i]);
    if (!t) { close(); return; }
    if (open && t.bio === 'I' && open.type === t.type && open.kind === t.kind) { open.end = text.length; return; }
    close();
    open = { start, end: text.length, type: t.type, kind: t.kind };
  });
  close();
  return { text, gold };
}

const ROWS = ['PER', 'LOC', 'ORG', 'MISC', 'core', 'all'];
const rowsOf = (s) => {
  const rows = ['all'];
  if (s.kind === 'name') { rows.push(s.type); if (s.type !== 'MISC') rows.push('core'); }
  return rows;
};

/** Strict scores; rows PER/LOC/ORG/MISC (names), core (PER+LOC+ORG names), all (every label incl. deriv/part). */
export function score(docs, predictions) {
  const raw = Object.fromEntries(ROWS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const key = (s) => `${s.start}:${s.end}:${s.type}:${s.kind ?? 'name'}`;
  docs.forEach((doc, i) => {
    const gold = new Set(doc.gold.map(key));
    const pred = predictions[i] ?? [];
    const predKeys = new Set(pred.map(key));
    for (const p of pred) for (const r of rowsOf(p)) raw[r][gold.has(key(p)) ? 'tp' : 'fp']++;
    for (const g of doc.gold) if (!predKeys.has(key(g))) for (const r of rowsOf(g)) raw[r].fn++;
  });
  const out = {};
  for (const r of ROWS) {
    const c = raw[r];
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    out[r] = { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return out;
}
