import type { Entity, TextSource } from './types.js';
import type { Model } from './model/types.js';
import type { ResolvedOptions } from './pipeline.js';
import { createDocumentMemory } from './resolve/memory.js';
import { describe, nerError } from './errors.js';
import { findCut, isSpace, limits, runWindow } from './window.js';

/** How much text after a window end must be buffered before the window is cut. */
const LOOKAHEAD = 4096;

/** Checks `source` eagerly so a wrong argument fails at the call, not at the first `next()`. */
export function checkSource(source: unknown): void {
  if (typeof source === 'string') return;
  const o = source as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown } | null;
  if (o !== null && typeof o === 'object' && (typeof o[Symbol.asyncIterator] === 'function' || typeof o[Symbol.iterator] === 'function')) return;
  throw nerError('E010', 'extractStream', `expected a string, an (async) iterable of string chunks or a Readable, not ${describe(source)}`);
}

async function* chunksOf(source: TextSource): AsyncGenerator<string> {
  if (typeof source === 'string') { yield source; return; }
  const decoder = new TextDecoder('utf-8');
  let k = 0;
  for await (const chunk of source as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') yield chunk;
    else if (chunk instanceof Uint8Array) yield decoder.decode(chunk, { stream: true });
    else throw nerError('E010', `extractStream chunk ${k}`, `expected a string or bytes, not ${describe(chunk)}`);
    k++;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * Entities of a text arriving in chunks, with UTF-16 offsets into the whole
 * (concatenated, decoded) text. Windows of about `limits.window` are cut at
 * paragraph or sentence boundaries and share one document memory.
 */
export async function* streamEntities(getModel: () => Model, fold: (w: string) => string, source: TextSource, opts: ResolvedOptions): AsyncGenerator<Entity> {
  const model = getModel();
  const memory = createDocumentMemory();
  let buf = '';
  let base = 0;
  let openHead = false;
  const emit = (end: number, final: boolean): Entity[] => {
    const openTail = !final && end < buf.length && !isSpace(buf.charCodeAt(end)) && end > 0 && !isSpace(buf.charCodeAt(end - 1));
    const es = runWindow(model, fold, buf.slice(0, end), base, opts, memory, openHead, openTail);
    openHead = openTail;
    base += end;
    buf = buf.slice(end);
    return es;
  };
  for await (const chunk of chunksOf(source)) {
    buf += chunk;
    while (buf.length >= limits.window + LOOKAHEAD) {
      yield* emit(findCut(buf, limits.window >> 1, limits.window), false);
    }
  }
  while (buf.length > limits.window) yield* emit(findCut(buf, limits.window >> 1, limits.window), false);
  if (buf.length > 0 && buf.trim() !== '') yield* emit(buf.length, true);
}
