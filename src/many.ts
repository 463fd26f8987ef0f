import type { Entity, ExtractOptions, ExtractorOptions } from './types.js';

/** What every worker of a pool gets once, when it starts (tinypool's workerData; see src/worker.ts). */
export interface WorkerSetup {
  config: ExtractorOptions;
}

/** One batch of texts for a worker. The extractor's configuration is not repeated per batch:
 *  with a million custom entries it would be copied to the worker for every batch. */
export interface WorkerTask {
  texts: string[];
  options?: ExtractOptions;
}

/** Per text: its entities, or the error it raised. */
export type WorkerResult = Array<Entity[] | { error: string; code?: string }>;

/** A pool of worker threads, each with its own extractor. Node only. */
export interface TextPool {
  run(texts: string[], options?: ExtractOptions): Promise<WorkerResult>;
  destroy(): Promise<void>;
  readonly workers: number;
}

declare const __filename: string | undefined;

/**
 * import() of a Node-only module through a variable specifier: bundlers (the
 * browser bundle) neither follow nor inline it, and browsers just fail to load it.
 */
function importNodeOnly<T>(name: string): Promise<T> {
  return import(/* @vite-ignore */ /* webpackIgnore: true */ name) as Promise<T>;
}

/** dist/worker.js next to the running bundle (ESM or CJS). */
function workerFile(): string {
  if (typeof __filename === 'string' && /\.c?js$/.test(__filename)) return __filename.replace(/[^/\\]+$/, 'worker.js');
  // Running from the TypeScript sources (tests, tsx): use the built worker.
  if (import.meta.url.endsWith('.ts')) return new URL('../dist/worker.js', import.meta.url).href;
  return new URL('./worker.js', import.meta.url).href;
}

/**
 * Texts below this many UTF-16 units in total run in-process when the caller does not ask
 * for workers: every worker compiles the gazetteers first (≈ 2 s, more when several start
 * at once), and one warm thread does 5 MB of news in 1.2–1.5 s (`npm run bench`, section 7:
 * 2 workers took 7 s for the same 5 MB). Above it the threads pay off on fresh text.
 */
export const WORKERS_FROM_CHARS = 8_000_000;

/** The default number of worker threads for a batch of `totalChars` UTF-16 units:
 *  1 (in-process) below WORKERS_FROM_CHARS, else the number of CPUs. */
export async function defaultWorkers(totalChars = Infinity): Promise<number> {
  if (totalChars < WORKERS_FROM_CHARS) return 1;
  return cpuCount();
}

/** Number of CPUs, or 1 where that is unknown (browsers without navigator.hardwareConcurrency). */
async function cpuCount(): Promise<number> {
  try {
    const os = await importNodeOnly<typeof import('node:os')>('node:os');
    return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  } catch {
    const hc = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
    return typeof hc === 'number' && hc > 0 ? hc : 1;
  }
}

/**
 * Starts `workers` worker threads (tinypool), or returns undefined where
 * worker threads are unavailable (browsers). tinypool is loaded lazily with a
 * computed specifier so the browser bundle never references it.
 */
export async function createTextPool(config: ExtractorOptions, workers: number): Promise<TextPool | undefined> {
  let Tinypool: typeof import('tinypool').default;
  try {
    Tinypool = (await importNodeOnly<typeof import('tinypool')>('tinypool')).default;
  } catch {
    return undefined;
  }
  const setup: WorkerSetup = { config };
  const pool = new Tinypool({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000, workerData: setup });
  return {
    workers,
    run: (texts, options) => pool.run({ texts, options } satisfies WorkerTask) as Promise<WorkerResult>,
    destroy: () => pool.destroy(),
  };
}

/** Splits `texts` into batches of similar size, several per worker so the load balances. */
export function batches(texts: string[], workers: number): Array<[number, number]> {
  let total = 0;
  for (const t of texts) total += t.length;
  const target = Math.min(1 << 20, Math.max(16 << 10, Math.ceil(total / (workers * 4))));
  const out: Array<[number, number]> = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < texts.length; i++) {
    size += texts[i]!.length + 64;
    if (size >= target || i - start + 1 >= 1000) {
      out.push([start, i + 1]);
      start = i + 1;
      size = 0;
    }
  }
  if (start < texts.length) out.push([start, texts.length]);
  return out;
}

/** Runs `texts` on a pool in batches and reassembles the results in input order. */
export async function runOnPool(pool: TextPool, texts: string[], options: ExtractOptions | undefined): Promise<Entity[][]> {
  const parts = await Promise.all(batches(texts, pool.workers).map(([s, e]) => pool.run(texts.slice(s, e), options)));
  const out: Entity[][] = [];
  for (const part of parts) {
    for (const r of part) {
      if (!Array.isArray(r)) throw Object.assign(new Error(r.error), { name: r.code ? 'NerError' : 'Error', code: r.code });
      out.push(r);
    }
  }
  return out;
}
