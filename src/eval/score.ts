import type { Entity } from '../types.js';
import type { GoldDoc, GoldSpan } from './read-gold.js';

export interface Counts { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export interface ScoreReport {
  docs: number;
  /** PER, LOC, ORG, MISC (names only), then "deriv", "part" (all types), "core", "all". */
  rows: Record<string, Counts>;
  errors: Array<{ doc: string; error: 'FP' | 'FN'; label: string; text: string; context: string }>;
  /** Precision on ordinary text: predictions in documents without any gold entity. */
  plain: { docs: number; tokens: number; falsePositives: number; perThousandTokens: number };
}

export function labelOf(e: { type: string; kind: string }): string {
  return e.kind === 'name' ? e.type : e.type + e.kind;
}

function finish(c: { tp: number; fp: number; fn: number }): Counts {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Strict span scoring: a hit needs the same start, end, type and kind. */
export function scoreDocs(docs: GoldDoc[], predictions: Entity[][]): ScoreReport {
  const raw: Record<string, { tp: number; fp: number; fn: number }> = {};
  const bump = (row: string, k: 'tp' | 'fp' | 'fn') => { (raw[row] ??= { tp: 0, fp: 0, fn: 0 })[k]++; };
  const rowsOf = (s: { type: string; kind: string }) => {
    const rows = ['all', s.kind === 'name' ? s.type : s.kind];
    if (s.kind === 'name' && s.type !== 'MISC') rows.push('core');
    return rows;
  };
  const errors: ScoreReport['errors'] = [];
  const plain = { docs: 0, tokens: 0, falsePositives: 0, perThousandTokens: 0 };
  docs.forEach((doc, i) => {
    if (doc.gold.length === 0) {
      plain.docs++;
      plain.tokens += doc.text.split(/\s+/).filter(Boolean).length;
      plain.falsePositives += (predictions[i] ?? []).length;
    }
    const key = (s: GoldSpan | Entity) => `${s.start}:${s.end}:${labelOf(s)}`;
    const gold = new Set(doc.gold.map(key));
    const pred = predictions[i] ?? [];
    const predKeys = new Set(pred.map(key));
    const context = (s: { start: number; end: number }) =>
      `${doc.text.slice(Math.max(0, s.start - 40), s.start)}[[${doc.text.slice(s.start, s.end)}]]${doc.text.slice(s.end, s.end + 40)}`;
    for (const p of pred) {
      const hit = gold.has(key(p));
      for (const r of rowsOf(p)) bump(r, hit ? 'tp' : 'fp');
      if (!hit) errors.push({ doc: doc.id, error: 'FP', label: labelOf(p), text: p.text, context: context(p) });
    }
    for (const g of doc.gold) {
      if (predKeys.has(key(g))) continue;
      for (const r of rowsOf(g)) bump(r, 'fn');
      errors.push({ doc: doc.id, error: 'FN', label: labelOf(g), text: doc.text.slice(g.start, g.end), context: context(g) });
    }
  });
  const rows: Record<string, Counts> = {};
  for (const r of ['PER', 'LOC', 'ORG', 'MISC', 'deriv', 'part', 'core', 'all']) rows[r] = finish(raw[r] ?? { tp: 0, fp: 0, fn: 0 });
  plain.perThousandTokens = plain.tokens ? (1000 * plain.falsePositives) / plain.tokens : 0;
  return { docs: docs.length, rows, errors, plain };
}
