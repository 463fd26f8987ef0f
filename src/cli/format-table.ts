import type { Entity } from '../types.js';

/** A readable fixed-width table of entities. */
export function formatTable(entities: Entity[]): string {
  const rows = entities.map((e) => [
    `${e.start}-${e.end}`,
    e.type,
    e.kind,
    e.text.replace(/\s+/g, ' '),
    e.canonical && e.canonical !== e.text ? e.canonical : '',
    e.source,
    e.score.toFixed(2),
  ]);
  const head = ['span', 'type', 'kind', 'text', 'canonical', 'source', 'score'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const evidence = entities.some((e) => e.evidence);
  if (evidence) {
    out.push('', 'evidence:');
    for (const e of entities) out.push(`  ${e.text} (${e.start}-${e.end}): ${(e.evidence ?? []).join('; ')}`);
  }
  return out.join('\n') + '\n';
}
