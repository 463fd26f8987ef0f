import type { EntityKind, EntityType } from '../types.js';

export interface GoldSpan {
  start: number;
  end: number;
  type: EntityType;
  kind: EntityKind;
}

export interface GoldDoc {
  id: string;
  text: string;
  gold: GoldSpan[];
  /** GermEval source URL, when known. */
  source?: string;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '“', '«']);
const NO_SPACE_AFTER = new Set(['(', '[', '„', '»']);

/** "B-LOCderiv" → { bio: 'B', type: 'LOC', kind: 'deriv' }; OTH is MISC. */
export function parseTag(tag: string): { bio: string; type: EntityType; kind: EntityKind } | undefined {
  const m = /^([BI])-(PER|LOC|ORG|OTH|MISC)(deriv|part)?$/.exec(tag);
  if (!m) return undefined;
  const type = (m[2] === 'OTH' ? 'MISC' : m[2]) as EntityType;
  return { bio: m[1]!, type, kind: (m[3] as EntityKind | undefined) ?? 'name' };
}

/** Rebuilds text from tokens (spaces between tokens, none around brackets and
 *  before punctuation) and turns BIO tags into character spans. */
export function assemble(id: string, sentences: Array<Array<{ token: string; tag: string }>>): GoldDoc {
  let text = '';
  const gold: GoldSpan[] = [];
  for (const sentence of sentences) {
    let prev: string | undefined;
    let open: GoldSpan | undefined;
    const close = () => { if (open) gold.push(open); open = undefined; };
    for (const { token, tag } of sentence) {
      if (text.length > 0 && !NO_SPACE_BEFORE.has(token) && !(prev !== undefined && NO_SPACE_AFTER.has(prev))) text += ' ';
      const start = text.length;
      text += token;
      prev = token;
      const t = parseTag(tag);
      if (!t) { close(); continue; }
      if (open && t.bio === 'I' && open.type === t.type && open.kind === t.kind) { open.end = text.length; continue; }
      close();
      open = { start, end: text.length, type: t.type, kind: t.kind };
    }
    close();
  }
  return { id, text, gold };
}

/** GermEval 2014 TSV: one sentence per document. */
export function readGermEval(content: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let tokens: Array<{ token: string; tag: string }> = [];
  let source: string | undefined;
  const flush = () => {
    if (tokens.length) { const d = assemble(`s${docs.length + 1}`, [tokens]); if (source) d.source = source; docs.push(d); }
    tokens = [];
    source = undefined;
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.startsWith('#')) { flush(); source = line.split('\t')[1]?.trim(); continue; }
    if (!line.trim()) { flush(); continue; }
    const cols = line.split('\t');
    tokens.push({ token: cols[1] ?? '', tag: cols[2] ?? 'O' });
  }
  flush();
  return docs;
}

/** CoNLL (IOB1 or IOB2, tag in the last column); -DOCSTART- splits documents. */
export function readConll(content: string): GoldDoc[] {
  const docs: Array<Array<Array<{ token: string; tag: string }>>> = [];
  let doc: Array<Array<{ token: string; tag: string }>> | undefined;
  let sentence: Array<{ token: string; tag: string }> = [];
  const endSentence = () => { if (sentence.length) { (doc ??= (docs.push([]), docs[docs.length - 1]!)).push(sentence); } sentence = []; };
  for (const line of content.split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) { endSentence(); doc = []; docs.push(doc); continue; }
    if (!line.trim()) { endSentence(); continue; }
    const cols = line.trim().split(/\s+/);
    let tag = cols[cols.length - 1]!;
    // IOB1: an I- tag that does not continue the previous span starts one.
    const prev = sentence[sentence.length - 1]?.tag ?? 'O';
    if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) tag = 'B-' + tag.slice(2);
    sentence.push({ token: cols[0]!, tag });
  }
  endSentence();
  return docs.filter((d) => d.length).map((d, i) => assemble(`d${i + 1}`, d));
}

/** JSON Lines: {"id"?, "text", "entities": [{start, end, type, kind?}]}. */
export function readJsonlGold(content: string): GoldDoc[] {
  return content.split(/\r?\n/).filter((l) => l.trim()).map((line, i) => {
    const o = JSON.parse(line) as { id?: unknown; text: string; entities: Array<{ start: number; end: number; type: string; kind?: EntityKind }> };
    return {
      id: o.id === undefined ? `j${i + 1}` : String(o.id),
      text: o.text,
      gold: o.entities.map((e) => ({ start: e.start, end: e.end, type: (e.type === 'OTH' ? 'MISC' : e.type) as EntityType, kind: e.kind ?? 'name' })),
    };
  });
}

export function readGold(content: string, format: 'germeval' | 'conll' | 'jsonl'): GoldDoc[] {
  return format === 'germeval' ? readGermEval(content) : format === 'conll' ? readConll(content) : readJsonlGold(content);
}
