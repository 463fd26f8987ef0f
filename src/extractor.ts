import type { Entity, ExtractOptions, Extractor, ExtractorOptions } from './types.js';
import type { DictionaryData, Model } from './model/types.js';
import { compileModel } from './model/compile.js';
import { loadBuiltinData } from './model/builtin.js';
import { checkEntry } from './model/parse-tsv.js';
import { createFolder } from './model/fold.js';
import { describe, nerError } from './errors.js';
import { runPipeline, type ResolvedOptions } from './pipeline.js';

const DEFAULTS: ResolvedOptions = { nested: false, explain: false, fuzzy: true, context: true, minScore: 0 };
const OPTION_KEYS = new Set(['nested', 'explain', 'fuzzy', 'context', 'minScore', 'builtin', 'entries', 'derivations']);

function resolveOptions(base: ResolvedOptions, options: unknown): ResolvedOptions {
  if (options === undefined) return base;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw nerError('E002', describe(options));
  const o = options as ExtractOptions;
  for (const k of Object.keys(o)) if (!OPTION_KEYS.has(k)) throw nerError('E010', 'options', `unknown option "${k}"`);
  return {
    nested: o.nested ?? base.nested,
    explain: o.explain ?? base.explain,
    fuzzy: o.fuzzy ?? base.fuzzy,
    context: o.context ?? base.context,
    minScore: o.minScore ?? base.minScore,
  };
}

function buildData(options: ExtractorOptions): DictionaryData {
  const builtin = options.builtin === false ? undefined : loadBuiltinData();
  const extra = options.entries ?? [];
  if (!Array.isArray(extra)) throw nerError('E010', 'options.entries', `expected an array, not ${describe(extra)}`);
  const seen = new Set<string>();
  extra.forEach((e, i) => {
    checkEntry(e, `options.entries[${i}]`);
    if (seen.has(e.id)) throw nerError('E010', `options.entries[${i}]`, nerError('E011', e.id).message);
    seen.add(e.id);
  });
  const empty = { common: [], lower: [], firstNames: [], personTitles: [], orgHeads: [], legalForms: [], locationCues: [], ambiguous: [] };
  return {
    entries: [...(builtin?.entries ?? []), ...extra.map((e) => ({ ...e, aliases: [...(e.aliases ?? [])] }))],
    derivations: [...(builtin?.derivations ?? []), ...(options.derivations ?? [])],
    lexicon: builtin?.lexicon ?? empty,
  };
}

/** A reusable extractor: dictionaries are compiled once, on first use. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const base = resolveOptions(DEFAULTS, options);
  let model: Model | undefined;
  const getModel = () => (model ??= compileModel(buildData(options)));
  const fold = createFolder();
  if (options.entries !== undefined || options.builtin === false) getModel();
  return {
    extract(text: string, opts?: ExtractOptions): Entity[] {
      if (typeof text !== 'string') throw nerError('E001', describe(text));
      const o = resolveOptions(base, opts);
      if (text.trim() === '') return [];
      return runPipeline(getModel(), fold, text, o);
    },
    get size() {
      return getModel().entries.length;
    },
  };
}

let shared: Extractor | undefined;

/** Extracts entities with the built-in gazetteers (a shared extractor). */
export function extract(text: string, options?: ExtractOptions): Entity[] {
  shared ??= createExtractor();
  return shared.extract(text, options);
}
