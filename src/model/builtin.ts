import type { EntityType, GazetteerEntry } from '../types.js';
import type { DictionaryData } from './types.js';
import { DICTIONARY_JSON } from '../generated/dictionaries.js';
import { nerError } from '../errors.js';

/** The compiled artifact's layout (written by scripts/build-dictionaries.ts). */
export interface PackedDictionaries {
  version: 1;
  sources: string[];
  /** [id, type, canonical, aliases joined by "|", country, category, source index] */
  entries: Array<[string, EntityType, string, string, string, string, number]>;
  /** [target, adjective stems joined by "|", inhabitants joined by "|"] */
  derivations: Array<[string, string, string]>;
  lexicon: DictionaryData['lexicon'];
}

let cached: DictionaryData | undefined;

/** Unpacks the built-in dictionaries once; throws rather than return half of them. */
export function loadBuiltinData(): DictionaryData {
  if (cached) return cached;
  let packed: PackedDictionaries;
  try {
    packed = JSON.parse(DICTIONARY_JSON) as PackedDictionaries;
  } catch (err) {
    throw nerError('E020', (err as Error).message);
  }
  if (packed?.version !== 1 || !Array.isArray(packed.entries) || !packed.lexicon) throw nerError('E020', 'unexpected layout');
  const entries: GazetteerEntry[] = [];
  const sources: string[] = [];
  for (const [id, type, canonical, aliases, country, category, src] of packed.entries) {
    const e: GazetteerEntry = { id, type, canonical, aliases: aliases ? aliases.split('|') : [] };
    if (country) e.country = country;
    if (category) e.category = category;
    entries.push(e);
    sources.push(packed.sources[src] ?? '?');
  }
  const derivations = packed.derivations.map(([target, adj, inh]) => ({
    target,
    adjectives: adj ? adj.split('|') : [],
    inhabitants: inh ? inh.split('|') : [],
  }));
  cached = { entries, derivations, lexicon: packed.lexicon, sources };
  return cached;
}
