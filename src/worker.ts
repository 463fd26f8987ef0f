/**
 * Worker thread for extractMany() and `extract --jsonl --workers N`. Built as
 * dist/worker.js; it imports the built package (./index.js), never the sources.
 * The extractor's configuration arrives once, as the pool's workerData (one
 * pool per extractMany call or CLI run), and is compiled on the first batch.
 */
import Tinypool from 'tinypool';
import { createExtractor, type Extractor } from './index.js';
import type { WorkerResult, WorkerSetup, WorkerTask } from './many.js';

let extractor: Extractor | undefined;

export default function run(task: WorkerTask): WorkerResult {
  extractor ??= createExtractor((Tinypool.workerData as WorkerSetup | undefined)?.config ?? {});
  const ex = extractor;
  return task.texts.map((text) => {
    try {
      return ex.extract(text, task.options);
    } catch (err) {
      const e = err as Error & { code?: string };
      return { error: e.message, code: e.code };
    }
  });
}
