import type { Entity } from '../types.js';
import type { DocView, Mention } from '../candidates/types.js';
import { fold } from '../model/fold.js';

function slug(s: string): string {
  const f = fold(s);
  // The same as f.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''), without the regular expressions: runs of
  // letters and digits joined by one '-' for each run of other code units between them (the runs at the
  // ends, whose '-' the second replace drops, add none). A one-word name is returned as it is.
  let out = '';
  let k = 0;
  const n = f.length;
  while (k < n) {
    while (k < n && !alnum(f.charCodeAt(k))) k++;
    if (k === n) break;
    const from = k;
    while (k < n && alnum(f.charCodeAt(k))) k++;
    if (from === 0 && k === n) return f;
    out = out === '' ? f.slice(from, k) : out + '-' + f.slice(from, k);
  }
  return out;
}

/** a–z or 0–9. */
function alnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Turns resolved mentions into the public entity objects. */
export function toEntities(view: DocView, mentions: Mention[], explain: boolean, minScore: number): Entity[] {
  const out: Entity[] = [];
  const { text } = view.doc;
  for (const m of mentions) {
    if (m.score < minScore) continue;
    const e: Entity = {
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      type: m.type,
      kind: m.kind,
      score: Math.round(m.score * 100) / 100,
      source: m.source,
    };
    if (m.entry !== undefined) {
      e.id = view.model.entries.id(m.entry);
      e.canonical = view.model.entries.canonical(m.entry);
    } else if (m.docId) {
      // Document-local id: type prefix plus the slug of the name it was first found as.
      e.id = m.docId.endsWith(':') ? m.docId + slug(m.canonical ?? e.text) : m.docId;
      e.canonical = m.canonical;
    }
    if (explain) e.evidence = m.evidence;
    out.push(e);
  }
  return out;
}
