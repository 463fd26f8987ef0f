import type { DocView, Mention } from '../candidates/types.js';

/** Name particles that never stand for the person alone. */
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'del', 'da', 'di', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'zu', 'und', 'ten', 'vom']);

interface Memory {
  type: Mention['type'];
  entry?: number;
  docId?: string;
  canonical?: string;
  name: string;
}

/** What a document has taught so far; pass the same object to every window of one long document. */
export type DocumentMemory = Map<string, Memory>;

export function createDocumentMemory(): DocumentMemory {
  return new Map();
}

/**
 * Document memory: once "Kim Jong Un" or "Alexander Matsegora" is found, a
 * later "Kim", "Kims" or "Matsegora" alone is the same person; a later "Ria"
 * after "Ria Nowosti" the same agency. Only capitalised pieces that are not
 * ordinary words are remembered, and only uncovered tokens are filled.
 */
export function applyDocumentMemory(view: DocView, chosen: Mention[], memory: DocumentMemory = createDocumentMemory()): Mention[] {
  const { doc, model, pieces } = view;
  for (const m of chosen) {
    if (m.kind !== 'name' || (m.type !== 'PER' && m.type !== 'ORG') || m.endToken - m.startToken < 2) continue;
    if (m.source === 'memory') continue;
    const entry = m.entry !== undefined ? model.entries[m.entry] : undefined;
    const name = entry?.canonical ?? m.canonical ?? doc.text.slice(m.start, m.end);
    for (let t = m.startToken; t < m.endToken; t++) {
      const tok = doc.tokens[t]!;
      if (tok.kind !== 'word' || !/^\p{Lu}/u.test(tok.text) || tok.text.length < 2) continue;
      const f = pieces[view.tokenPiece[t]!]!.f;
      if (PARTICLES.has(f) || model.common.has(f) || model.lower.has(f)) continue;
      if (m.type === 'ORG' && t !== m.startToken) continue;
      if (!memory.has(f)) memory.set(f, { type: m.type, entry: m.entry, docId: m.docId, canonical: m.canonical, name });
    }
  }
  const compounds = findRememberedCompounds(view, chosen, memory);
  if (compounds.length > 0) chosen = [...chosen, ...compounds].sort((a, b) => a.start - b.start);
  if (memory.size === 0) return chosen;
  // A short form found by a context rule ("sagte Matsegora") is the remembered entity.
  for (const m of chosen) {
    if (m.source !== 'context' || m.endToken - m.startToken !== 1) continue;
    const f = pieces[view.tokenPiece[m.startToken]!]!.f;
    const mem = memory.get(f) ?? (/(s|')$/.test(f) ? memory.get(f.slice(0, -1)) : undefined);
    if (!mem || mem.type !== m.type) continue;
    if (mem.entry !== undefined) { m.entry = mem.entry; m.docId = undefined; }
    else { m.docId = mem.docId; m.canonical = mem.canonical; }
    if (view.explain) m.evidence.push(`document memory: same as "${mem.name}"`);
  }
  // Weak single-word guesses (a first name alone) give way to what the document already knows.
  const weak = (m: Mention) => m.source === 'context' && m.score <= 0.5 && m.endToken - m.startToken === 1;
  const taken = new Uint8Array(doc.tokens.length);
  for (const m of chosen) if (!weak(m)) for (let t = m.startToken; t < m.endToken; t++) taken[t] = 1;
  const added: Mention[] = [];
  doc.tokens.forEach((tok, i) => {
    if (taken[i] || tok.kind !== 'word' || tok.parts || !startsUpper(tok.text)) return;
    const f = pieces[view.tokenPiece[i]!]!.f;
    let mem = memory.get(f);
    let genitive = false;
    if (!mem && /(s|')$/.test(f)) { mem = memory.get(f.slice(0, -1)); genitive = !!mem; }
    if (!mem) return;
    const m: Mention = {
      startToken: i, endToken: i + 1, start: tok.start, end: tok.end, type: mem.type, kind: 'name',
      score: 0.8, source: 'memory', coverage: 1,
      evidence: [`document memory: short form of "${mem.name}" seen earlier${genitive ? ' (genitive)' : ''}`],
    };
    if (mem.entry !== undefined) m.entry = mem.entry;
    if (mem.docId) { m.docId = mem.docId; m.canonical = mem.canonical; }
    added.push(m);
  });
  if (added.length === 0) return chosen;
  const replaced = new Set(added.map((m) => m.startToken));
  return [...chosen.filter((m) => !(weak(m) && replaced.has(m.startToken))), ...added].sort((a, b) => a.start - b.start);
}

/** Capital first letter; ASCII and Latin-1 by char code (this runs on every token), the rest by regex. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  return /^\p{Lu}/u.test(w);
}

/**
 * "Velmark-Chefin", "Kranich-Sprecher": a hyphenated word whose first part is a
 * name found elsewhere in the document (by any rule) and whose rest is no name is
 * a word containing that name (kind `part`, same type and id). Only tokens no
 * other mention covers are filled.
 */
function findRememberedCompounds(view: DocView, chosen: Mention[], memory: DocumentMemory): Mention[] {
  const { doc, pieces, model } = view;
  const names = new Map<string, Mention>();
  for (const m of chosen) {
    if (m.kind !== 'name' || m.type === 'MISC' || m.endToken - m.startToken !== 1) continue;
    const t = doc.tokens[m.startToken]!;
    if (t.parts || t.kind !== 'word') continue;
    const f = pieces[view.tokenPiece[m.startToken]!]!.f;
    if (!names.has(f)) names.set(f, m);
  }
  if (names.size === 0 && memory.size === 0) return [];
  const taken = new Uint8Array(doc.tokens.length);
  for (const m of chosen) for (let t = m.startToken; t < m.endToken; t++) taken[t] = 1;
  const out: Mention[] = [];
  doc.tokens.forEach((tok, i) => {
    if (taken[i] || !tok.parts || tok.parts.length !== 2) return;
    const [a, b] = tok.parts;
    const head = doc.text.slice(a![0], a![1]);
    const tail = doc.text.slice(b![0], b![1]);
    if (!startsUpper(head) || head.length < 3) return;
    const f = view.fold(head);
    const ft = view.fold(tail);
    // The rest is an ordinary word (Chefin, Sprecher, nahen), not a second name.
    if (model.names.has(ft) || !(model.common.has(ft) || model.lower.has(ft) || model.personTitles.has(tail) || /^\p{Ll}/u.test(tail))) return;
    const seen = names.get(f);
    let mem = seen ? undefined : memory.get(f);
    // A remembered person lends only the surname ("Thomas-Kirche" is no part of Thomas Müller).
    if (mem && mem.type === 'PER' && view.fold(mem.name.split(' ').pop() ?? '') !== f) mem = undefined;
    if (!seen && !mem) return;
    const m: Mention = {
      startToken: i, endToken: i + 1, start: tok.start, end: tok.end, type: (seen ?? mem)!.type, kind: 'part',
      score: 0.75, source: 'memory', coverage: 1,
      evidence: [`document memory: "${head}" was found earlier in the document, here inside a compound`],
    };
    if (seen) {
      if (seen.entry !== undefined) m.entry = seen.entry;
      else { m.docId = seen.docId; m.canonical = seen.canonical ?? doc.text.slice(seen.start, seen.end); }
    } else if (mem) {
      if (mem.entry !== undefined) m.entry = mem.entry;
      else if (mem.docId) { m.docId = mem.docId; m.canonical = mem.canonical; }
    }
    out.push(m);
  });
  return out;
}
