import type { GazetteerEntry } from '../types.js';
import { checkEntry, parseEntriesTsv } from '../model/parse-tsv.js';
import { nerError } from '../errors.js';

/**
 * Reads a gazetteer file: TSV as in dictionaries/FORMAT.md, or JSON Lines with
 * one entry object per line (`.jsonl`). The whole file is validated before any
 * entry is returned; the error names file and line. Node only.
 */
export async function loadGazetteerFile(file: string): Promise<GazetteerEntry[]> {
  let text: string;
  try {
    // Imported on demand so the browser bundle carries no Node built-in.
    const fs = await import('node:fs/promises');
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw nerError('E010', file, `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (!file.endsWith('.jsonl')) return parseEntriesTsv(text, file);
  return parseEntriesJsonl(text, file);
}

/** Parses gazetteer entries given as JSON Lines. */
export function parseEntriesJsonl(text: string, file: string): GazetteerEntry[] {
  const seen = new Set<string>();
  const out: GazetteerEntry[] = [];
  text.split(/\r?\n/).forEach((line, k) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw nerError('E010', `${file}:${k + 1}`, 'not valid JSON');
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw nerError('E010', `${file}:${k + 1}`, 'expected an object');
    const o = raw as Record<string, unknown>;
    const entry: GazetteerEntry = {
      id: o.id as string,
      type: o.type as GazetteerEntry['type'],
      canonical: o.canonical as string,
      aliases: aliasList(o.aliases, `${file}:${k + 1}`),
    };
    for (const key of ['country', 'category'] as const) {
      if (o[key] !== undefined && typeof o[key] !== 'string') throw nerError('E010', `${file}:${k + 1}`, `"${key}" must be a string`);
    }
    if (typeof o.country === 'string') entry.country = o.country;
    if (typeof o.category === 'string') entry.category = o.category;
    checkEntry(entry, `${file}:${k + 1}`);
    if (seen.has(entry.id)) throw nerError('E010', `${file}:${k + 1}`, nerError('E011', entry.id).message);
    seen.add(entry.id);
    out.push(entry);
  });
  return out;
}

function aliasList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  // Element types are checked with the rest of the entry (checkEntry).
  if (!Array.isArray(value)) throw nerError('E010', where, `"aliases" must be an array of strings, not ${JSON.stringify(value).slice(0, 40)}`);
  return value as string[];
}
