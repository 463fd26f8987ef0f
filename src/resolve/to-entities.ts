import type { Entity } from '../types.js';
import type { DocView, Mention } from '../candidates/types.js';
import { fold } from '../model/fold.js';

const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

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
      const entry = view.model.entries[m.entry]!;
      e.id = entry.id;
      e.canonical = entry.canonical;
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
