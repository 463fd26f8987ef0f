import type { DocView, Mention } from '../candidates/types.js';
import type { WordFacts } from '../model/word-info.js';
import { startsUpper, tokenStartsUpper } from '../candidates/case-check.js';

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
    const name = m.entry !== undefined ? model.entries.canonical(m.entry) : m.canonical ?? doc.text.slice(m.start, m.end);
    for (let t = m.startToken; t < m.endToken; t++) {
      const tok = doc.tokens[t]!;
      if (tok.kind !== 'word' || tok.end - tok.start < 2 || !tokenStartsUpper(doc.text, tok)) continue;
      const info = pieces[view.tokenPiece[t]!]!.info as WordFacts;
      // Particle or ordinary word: a property of the folded word, asked once per word.
      let stop = info.memoryStop;
      if (stop === 0) stop = info.memoryStop = PARTICLES.has(info.f) || model.common.has(info.f) || model.lower.has(info.f) ? 1 : 2;
      if (stop === 1) continue;
      const f = info.f;
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
    const mem = memory.get(f) ?? (endsWithGenitive(f) ? memory.get(f.slice(0, -1)) : undefined);
    if (!mem || mem.type !== m.type) continue;
    if (mem.entry !== undefined) { m.entry = mem.entry; m.docId = undefined; }
    else { m.docId = mem.docId; m.canonical = mem.canonical; }
    if (view.explain) m.evidence.push(`document memory: same as "${mem.name}"`);
  }
  // Weak single-word guesses (a first name alone) give way to what the document already knows.
  const weak = (m: Mention) => m.source === 'context' && m.score <= 0.5 && m.endToken - m.startToken === 1;
  const taken = cleared(0, doc.tokens.length);
  for (const m of chosen) if (!weak(m)) for (let t = m.startToken; t < m.endToken; t++) taken[t] = 1;
  const added: Mention[] = [];
  const { tokens } = doc;
  const { tokenPiece } = view;
  const filter = rememberedBeginnings(memory);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const tok = tokens[i]!;
    if (tok.kind !== 'word' || tok.parts || !tokenStartsUpper(doc.text, tok)) continue;
    if (filter && !mayBeRemembered(doc.text, tok)) continue;
    const f = pieces[tokenPiece[i]!]!.f;
    let mem = memory.get(f);
    let genitive = false;
    if (!mem && endsWithGenitive(f)) { mem = memory.get(f.slice(0, -1)); genitive = !!mem; }
    if (!mem) continue;
    const m: Mention = {
      startToken: i, endToken: i + 1, start: tok.start, end: tok.end, type: mem.type, kind: 'name',
      score: 0.8, source: 'memory', coverage: 1,
      evidence: [`document memory: short form of "${mem.name}" seen earlier${genitive ? ' (genitive)' : ''}`],
    };
    if (mem.entry !== undefined) m.entry = mem.entry;
    if (mem.docId) { m.docId = mem.docId; m.canonical = mem.canonical; }
    added.push(m);
  }
  if (added.length === 0) return chosen;
  const replaced = new Set(added.map((m) => m.startToken));
  return [...chosen.filter((m) => !(weak(m) && replaced.has(m.startToken))), ...added].sort((a, b) => a.start - b.start);
}

/** Two reusable token flag arrays (allocating one per document cost more than the loops using it). */
const scratch = [new Uint8Array(1024), new Uint8Array(1024)];

/** Scratch array `k`, its first n flags cleared: used like a new Uint8Array(n) until the next call. */
function cleared(k: number, n: number): Uint8Array {
  let a = scratch[k]!;
  if (a.length < n) a = scratch[k] = new Uint8Array(Math.max(n, a.length * 2));
  else a.fill(0, 0, n);
  return a;
}

/** Bit 26·a + b: some remembered word begins with the letters a, b (0 = "a" … 25 = "z"). */
const beginnings = new Uint32Array(22);

/**
 * Fills `beginnings` from the remembered words; false (no filter) if one is shorter than two letters.
 * A token whose first two characters are ASCII letters has a folded form beginning with the same
 * two letters in lower case (fold lower-cases, and its other steps keep a base letter in its
 * place: ä from a + U+0308 becomes "ae"), and so do the genitive stems of that form that are
 * two letters or longer; without its two letters among the beginnings it is neither remembered
 * nor a genitive of a remembered word, and need not be looked up.
 */
function rememberedBeginnings(memory: DocumentMemory): boolean {
  beginnings.fill(0);
  for (const f of memory.keys()) {
    if (f.length < 2) return false;
    const a = f.charCodeAt(0) - 97;
    const b = f.charCodeAt(1) - 97;
    if (a >= 0 && a < 26 && b >= 0 && b < 26) { const k = a * 26 + b; beginnings[k >>> 5]! |= 1 << (k & 31); }
  }
  return true;
}

/** False when the token begins with two ASCII letters that begin no remembered word (see rememberedBeginnings). */
function mayBeRemembered(text: string, tok: { start: number; end: number }): boolean {
  if (tok.end - tok.start < 2) return true;
  const c0 = text.charCodeAt(tok.start);
  const c1 = text.charCodeAt(tok.start + 1);
  if (!isAsciiLetter(c0) || !isAsciiLetter(c1)) return true;
  // c | 32 lower-cases an ASCII letter.
  const k = ((c0 | 32) - 97) * 26 + ((c1 | 32) - 97);
  return (beginnings[k >>> 5]! & (1 << (k & 31))) !== 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A capitalised first part of three letters or more (Velmark-Chefin). */
function isHead(head: string): boolean {
  return head.length >= 3 && startsUpper(head);
}

/** /(s|')$/: a genitive ending. */
function endsWithGenitive(f: string): boolean {
  const c = f.charCodeAt(f.length - 1);
  return c === 115 || c === 39;
}

/**
 * "Velmark-Chefin", "Kranich-Sprecher": a hyphenated word whose first part is a
 * name found elsewhere in the document (by any rule) and whose rest is no name is
 * a word containing that name (kind `part`, same type and id). Only tokens no
 * other mention covers are filled.
 */
function findRememberedCompounds(view: DocView, chosen: Mention[], memory: DocumentMemory): Mention[] {
  const { doc, pieces, model, tokenPiece } = view;
  const n = doc.tokens.length;
  // Only a token of exactly two pieces (a hyphen compound: parts.length 2, one piece per part)
  // whose first part is capitalised and three letters or more can match; most documents have
  // few, and without one nothing below needs to be built.
  let first = -1;
  for (let i = 0; i < n; i++) if (tokenPiece[i + 1]! - tokenPiece[i]! === 2 && isHead(pieces[tokenPiece[i]!]!.text)) { first = i; break; }
  if (first < 0) return [];
  const names = new Map<string, Mention>();
  for (const m of chosen) {
    if (m.kind !== 'name' || m.type === 'MISC' || m.endToken - m.startToken !== 1) continue;
    const t = doc.tokens[m.startToken]!;
    if (t.parts || t.kind !== 'word') continue;
    const f = pieces[tokenPiece[m.startToken]!]!.f;
    if (!names.has(f)) names.set(f, m);
  }
  if (names.size === 0 && memory.size === 0) return [];
  const taken = cleared(1, n);
  for (const m of chosen) for (let t = m.startToken; t < m.endToken; t++) taken[t] = 1;
  const out: Mention[] = [];
  for (let i = first; i < n; i++) {
    if (tokenPiece[i + 1]! - tokenPiece[i]! !== 2 || taken[i]) continue;
    // The token's two pieces are its parts: their text and folded forms (view.fold is fold, as piece.f).
    const headPiece = pieces[tokenPiece[i]!]!;
    const head = headPiece.text;
    if (!isHead(head)) continue;
    const tok = doc.tokens[i]!;
    if (!tok.parts || tok.parts.length !== 2) continue;
    const f = headPiece.f;
    // (All tests here are pure: the small per-document maps are asked before the word lists.)
    const seen = names.get(f);
    let mem = seen ? undefined : memory.get(f);
    // A remembered person lends only the surname ("Thomas-Kirche" is no part of Thomas Müller).
    if (mem && mem.type === 'PER' && view.fold(mem.name.split(' ').pop() ?? '') !== f) mem = undefined;
    if (!seen && !mem) continue;
    const tailPiece = pieces[tokenPiece[i]! + 1]!;
    const tail = tailPiece.text;
    const ft = tailPiece.f;
    // The rest is an ordinary word (Chefin, Sprecher, nahen), not a second name.
    if (model.names.has(ft) || !(model.common.has(ft) || model.lower.has(ft) || model.personTitles.has(tail) || /^\p{Ll}/u.test(tail))) continue;
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
  }
  return out;
}
