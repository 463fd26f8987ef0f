import type { Derivation, Entity, ExtractManyOptions, GazetteerEntry, ExtractOptions, Extractor, ExtractorOptions, TextSource } from './types.js';
import type { DictionaryData, Model } from './model/types.js';
import { compileModel, mergeById } from './model/compile.js';
import { loadBuiltinData } from './model/builtin.js';
import { ID, entryFault } from './model/parse-tsv.js';
import { createFolder } from './model/fold.js';
import { describe, nerError } from './errors.js';
import type { ResolvedOptions } from './pipeline.js';
import { createDocumentMemory } from './resolve/memory.js';
import { isSpace, limits, runWindow, windowsOf } from './window.js';
import { checkSource, streamEntities } from './stream.js';
import { createTextPool, defaultWorkers, runOnPool } from './many.js';

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

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkStringList(v: unknown, where: string, what: string): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) throw nerError('E010', where, `${what} must be an array of strings, not ${describe(v)}`);
  for (let k = 0; k < v.length; k++) {
    const x: unknown = v[k];
    if (typeof x !== 'string') throw nerError('E010', where, `${what}[${k}] must be a string, not ${describe(x)}`);
  }
}

/** Where user entry i is, for an error message (built only on error: no string per entry). */
const entryPlace = (i: number) => `options.entries[${i}]`;

function isStringList(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (let k = 0; k < v.length; k++) if (typeof v[k] !== 'string') return false;
  return true;
}

/** Compiler input, plus where the caller's own data went (for worker threads). */
interface BuiltData extends DictionaryData {
  /** Indices (in `entries`) of the caller's entries, in the caller's order. */
  user: Int32Array<ArrayBuffer>;
  /** Private copies of the caller's derivations. */
  userDerivations: Derivation[];
}

/**
 * Validates everything the caller passed before anything is compiled: a bad entry leaves no state behind.
 * Each field of a user entry is read once into a private copy, and the copy is what is checked and
 * compiled. Entries come back merged by id (a user entry replaces a built-in one in its place).
 */
function buildData(options: ExtractorOptions): BuiltData {
  const builtin = options.builtin === false ? undefined : loadBuiltinData();
  const extra = options.entries ?? [];
  if (!Array.isArray(extra)) throw nerError('E010', 'options.entries', `expected an array, not ${describe(extra)}`);
  const { merged: entries, byId } = mergeById(builtin?.entries ?? []);
  const nBuiltin = entries.length;
  let replaced: Set<number> | undefined;
  const user = new Int32Array(extra.length);
  for (let i = 0; i < extra.length; i++) {
    const e: unknown = extra[i];
    if (!isPlainObject(e)) throw nerError('E010', entryPlace(i), `expected an entry object, not ${describe(e)}`);
    const aliases = e.aliases;
    if (aliases !== undefined && !isStringList(aliases)) checkStringList(aliases, entryPlace(i), 'aliases');
    const copy = {
      id: e.id,
      type: e.type,
      canonical: e.canonical,
      aliases: aliases === undefined ? undefined : (aliases as string[]).slice(),
      country: e.country,
      category: e.category,
    } as GazetteerEntry;
    const fault = entryFault(copy);
    if (fault) throw fault(entryPlace(i));
    const id = copy.id;
    const at = byId.get(id);
    if (at === undefined) { byId.set(id, entries.length); user[i] = entries.length; entries.push(copy); }
    else if (at >= nBuiltin || replaced?.has(at)) throw nerError('E010', entryPlace(i), nerError('E011', id).message);
    else { entries[at] = copy; user[i] = at; (replaced ??= new Set()).add(at); }
  }
  const derivations = options.derivations ?? [];
  if (!Array.isArray(derivations)) throw nerError('E010', 'options.derivations', `expected an array, not ${describe(derivations)}`);
  derivations.forEach((d: unknown, i) => {
    const where = `options.derivations[${i}]`;
    if (!isPlainObject(d)) throw nerError('E010', where, `expected a derivation object, not ${describe(d)}`);
    if (typeof d.target !== 'string' || !ID.test(d.target)) throw nerError('E010', where, nerError('E014', String(d.target)).message);
    if (!byId.has(d.target)) throw nerError('E010', where, nerError('E016', d.target).message);
    checkStringList(d.adjectives, where, 'adjectives');
    checkStringList(d.inhabitants, where, 'inhabitants');
  });
  const userDerivations = derivations.map((d) => ({ target: d.target, adjectives: [...(d.adjectives ?? [])], inhabitants: [...(d.inhabitants ?? [])] }));
  return {
    entries,
    byId,
    user,
    userDerivations,
    derivations: [...(builtin?.derivations ?? []), ...userDerivations],
    // The German lexicon (ordinary words, first names, cues) is language knowledge, not a gazetteer:
    // it stays with builtin: false so the rules keep their precision.
    lexicon: loadBuiltinData().lexicon,
  };
}

/** Entities of a whole in-memory text; above `limits.wholeText` in windows sharing one document memory. */
function extractText(model: Model, fold: (w: string) => string, text: string, o: ResolvedOptions): Entity[] {
  if (text.length <= limits.wholeText) return runWindow(model, fold, text, 0, o, undefined);
  const memory = createDocumentMemory();
  const out: Entity[] = [];
  let openHead = false;
  for (const { start, end } of windowsOf(text)) {
    const openTail = end < text.length && !isSpace(text.charCodeAt(end)) && !isSpace(text.charCodeAt(end - 1));
    for (const e of runWindow(model, fold, text.slice(start, end), start, o, memory, openHead, openTail)) out.push(e);
    openHead = openTail;
  }
  return out;
}

function splitManyOptions(options: unknown): { workers: number | undefined; rest: ExtractOptions | undefined } {
  if (options === undefined) return { workers: undefined, rest: undefined };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw nerError('E002', describe(options));
  const { workers, ...rest } = options as ExtractManyOptions;
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 256)) {
    throw nerError('E010', 'options.workers', `expected an integer in 0..256, not ${String(workers)}`);
  }
  return { workers, rest };
}

/**
 * A reusable extractor: dictionaries are compiled once, on first use. The extractor keeps
 * no reference to the caller's entries: once compiled, their strings live in the model's
 * own compact tables, and worker threads get entries rebuilt from those.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const base = resolveOptions(DEFAULTS, options);
  const builtin = options.builtin !== false;
  let model: Model | undefined;
  /** The options until the model is compiled (then dropped: no caller data stays reachable). */
  let pending: ExtractorOptions | undefined = options;
  let user: Int32Array<ArrayBuffer> = new Int32Array(0);
  let userDerivations: Derivation[] = [];
  const getModel = (): Model => {
    if (model) return model;
    const data = buildData(pending!);
    model = compileModel(data);
    user = data.user;
    userDerivations = data.userDerivations;
    pending = undefined;
    return model;
  };
  /** What a worker thread needs to build the same extractor. */
  const workerConfig = (): ExtractorOptions => {
    const m = getModel();
    const config: ExtractorOptions = { ...base, builtin };
    if (user.length > 0) config.entries = Array.from(user, (i) => m.entries.entry(i));
    if (userDerivations.length > 0) config.derivations = userDerivations;
    return config;
  };
  const fold = createFolder();
  // Custom data is validated (and compiled) at once, so a bad entry fails here.
  if (options.entries !== undefined || options.derivations !== undefined || !builtin) getModel();
  const extractor: Extractor = {
    extract(text: string, opts?: ExtractOptions): Entity[] {
      if (typeof text !== 'string') throw nerError('E001', describe(text));
      const o = resolveOptions(base, opts);
      if (text.trim() === '') return [];
      return extractText(getModel(), fold, text, o);
    },
    extractStream(source: TextSource, opts?: ExtractOptions): AsyncGenerator<Entity, void, undefined> {
      checkSource(source);
      const o = resolveOptions(base, opts);
      return streamEntities(getModel, fold, source, o);
    },
    async extractMany(texts: readonly string[], opts?: ExtractManyOptions): Promise<Entity[][]> {
      if (!Array.isArray(texts)) throw nerError('E010', 'extractMany', `expected an array of strings, not ${describe(texts)}`);
      texts.forEach((t, i) => {
        if (typeof t !== 'string') throw nerError('E001', `${describe(t)} (texts[${i}])`);
      });
      const { workers: asked, rest } = splitManyOptions(opts);
      resolveOptions(base, rest); // validate before any worker starts
      let total = 0;
      for (const t of texts) total += t.length;
      const workers = Math.min(asked ?? (await defaultWorkers(total)), texts.length);
      if (workers > 1) {
        const pool = await createTextPool(workerConfig(), workers);
        if (pool) {
          try {
            return await runOnPool(pool, [...texts], rest);
          } finally {
            await pool.destroy();
          }
        }
      }
      return texts.map((t) => extractor.extract(t, rest));
    },
    get size() {
      return getModel().entries.length;
    },
  };
  return extractor;
}

let shared: Extractor | undefined;

/** Extracts entities with the built-in gazetteers (a shared extractor). */
export function extract(text: string, options?: ExtractOptions): Entity[] {
  shared ??= createExtractor();
  return shared.extract(text, options);
}

/** Entities of a long text given in chunks (built-in gazetteers); see `Extractor.extractStream`. */
export function extractStream(source: TextSource, options?: ExtractOptions): AsyncGenerator<Entity, void, undefined> {
  shared ??= createExtractor();
  return shared.extractStream(source, options);
}

/** Entities of many texts in input order, on `workers` threads (built-in gazetteers). */
export function extractMany(texts: readonly string[], options?: ExtractManyOptions): Promise<Entity[][]> {
  shared ??= createExtractor();
  return shared.extractMany(texts, options);
}
