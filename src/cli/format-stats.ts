import type { DictionaryStats } from '../model/stats.js';

/** `dictionaries --stats` output. */
export function formatStats(stats: DictionaryStats, json: boolean): string {
  if (json) return JSON.stringify(stats, null, 2) + '\n';
  const lines = [`${stats.entries} entries, ${stats.aliases} aliases, ${stats.derivations} derivations`, '', 'per type:'];
  for (const t of ['PER', 'LOC', 'ORG', 'MISC']) lines.push(`  ${t.padEnd(5)} ${String(stats.byType[t] ?? 0).padStart(7)}`);
  lines.push('', 'per source:');
  for (const [src, row] of Object.entries(stats.bySource)) {
    const total = Object.values(row).reduce((a, b) => a + b, 0);
    lines.push(`  ${src.padEnd(44)} ${String(total).padStart(7)}  ${Object.entries(row).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  }
  lines.push('', 'lexicon:');
  for (const [k, v] of Object.entries(stats.lexicon)) lines.push(`  ${k.padEnd(14)} ${String(v).padStart(7)}`);
  return lines.join('\n') + '\n';
}
