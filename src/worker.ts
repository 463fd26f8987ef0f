/**
 * Worker thread for extractMany() and `extract --jsonl --workers N`. Built as
 * dist/worker.js; it imports the built package (./index.js), never the sources.
 */
import { createExtractor, type Extractor } from './index.js';
import type { WorkerResult, WorkerTask } from './many.js';

const extractors = new Map<string, Extractor>();

export default function run(task: WorkerTask): WorkerResult {
  let extractor = extractors.get(task.key);
  if (!extractor) {
    extractor = createExtractor(task.config);
    extractors.set(task.key, extractor);
  }
  return task.texts.map((text) => {
    try {
      return extractor.extract(text, task.options);
    } catch (err) {
      const e = err as Error & { code?: string };
      return { error: e.message, code: e.code };
    }
  });
}
