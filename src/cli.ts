import fs from 'node:fs';
import readline from 'node:readline';
import { createExtractor, dictionaryStats, loadGazetteerFile, renderHtml, type Entity, type Extractor, type ExtractorOptions } from './index.js';
import { createTextPool, type TextPool } from './many.js';
import { HELP } from './cli/help.js';
import { parseArgs, UsageError, type ParsedArgs } from './cli/args.js';
import { formatTable } from './cli/format-table.js';
import { formatStats } from './cli/format-stats.js';

const VERSION = '0.1.0';

async function extractorFrom(args: ParsedArgs): Promise<Extractor> {
  return createExtractor(await extractorOptions(args));
}

async function extractorOptions(args: ParsedArgs): Promise<ExtractorOptions> {
  const f = args.flags;
  const options: ExtractorOptions = {
    explain: f.has('explain'),
    nested: f.has('nested'),
    fuzzy: !f.has('no-fuzzy'),
    context: !f.has('no-context'),
    builtin: !f.has('no-builtin'),
  };
  const min = f.get('min-score');
  if (min !== undefined) {
    const v = Number(min);
    if (!(v >= 0 && v <= 1)) throw new UsageError(`--min-score expects a number in 0..1, not "${String(min)}"`);
    options.minScore = v;
  }
  const gaz = f.get('gazetteer');
  if (typeof gaz === 'string') options.entries = await loadGazetteerFile(gaz);
  return options;
}

async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
}

type JsonlItem = { id: unknown; text: string } | { id: unknown; error: string };

/** Parses one input line; `n` is its 1-based line number (the default id). */
function parseJsonlLine(line: string, n: number): JsonlItem {
  let id: unknown = n;
  try {
    const o = JSON.parse(line) as { id?: unknown; text?: unknown };
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new Error('expected a JSON object {"id": …, "text": …}');
    if (o.id !== undefined) id = o.id;
    if (typeof o.text !== 'string') throw new Error(`expected "text" to be a string, not ${o.text === undefined ? 'missing' : typeof o.text}`);
    return { id, text: o.text };
  } catch (err) {
    return { id, error: err instanceof SyntaxError ? `line ${n}: not valid JSON (${err.message})` : `line ${n}: ${(err as Error).message}` };
  }
}

/** Lines/s on stderr, only for a human watching a terminal. */
function progress(): { tick(lines: number): void; done(): void } {
  if (!process.stderr.isTTY) return { tick() {}, done() {} };
  const t0 = Date.now();
  let last = 0;
  let count = 0;
  const show = () => {
    const s = (Date.now() - t0) / 1000;
    process.stderr.write(`\r${count} lines, ${s > 0 ? Math.round(count / s) : 0} lines/s   `);
  };
  return {
    tick(lines) {
      count += lines;
      if (Date.now() - last >= 500) { last = Date.now(); show(); }
    },
    done() { show(); process.stderr.write('\n'); },
  };
}

async function runJsonl(extractor: Extractor): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const meter = progress();
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    const item = parseJsonlLine(line, n);
    let out: Record<string, unknown>;
    if ('error' in item) out = item;
    else {
      try {
        out = { id: item.id, entities: extractor.extract(item.text) };
      } catch (err) {
        out = { id: item.id, error: `line ${n}: ${(err as Error).message}` };
      }
    }
    await write(JSON.stringify(out) + '\n');
    meter.tick(1);
  }
  meter.done();
}

/** Lines per batch and characters per batch sent to one worker. */
const BATCH_LINES = 256;
const BATCH_CHARS = 256 * 1024;

/**
 * --jsonl --workers N: batches of lines go to a worker pool; output stays in
 * input order and streams. At most 2·N batches are in flight (input is paused
 * beyond that), so memory stays bounded however long the input is.
 */
async function runJsonlParallel(pool: TextPool): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const meter = progress();
  const maxInFlight = pool.workers * 2;
  let inFlight = 0;
  let paused = false;
  let failure: unknown;
  let writer: Promise<void> = Promise.resolve();
  let batch: Array<{ n: number; item: JsonlItem }> = [];
  let chars = 0;
  let timer: NodeJS.Timeout | undefined;

  const submit = () => {
    if (timer) { clearTimeout(timer); timer = undefined; }
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    chars = 0;
    const texts: string[] = [];
    for (const { item } of items) if ('text' in item) texts.push(item.text);
    const results = texts.length ? pool.run(texts) : Promise.resolve([]);
    results.catch(() => {}); // handled in order by the writer
    inFlight++;
    if (inFlight >= maxInFlight && !paused) { paused = true; rl.pause(); }
    writer = writer.then(async () => {
      let lines: string;
      try {
        const res = await results;
        let k = 0;
        lines = items.map(({ n, item }) => {
          if ('error' in item) return JSON.stringify(item);
          const r = res[k++]!;
          return JSON.stringify(Array.isArray(r) ? { id: item.id, entities: r } : { id: item.id, error: `line ${n}: ${r.error}` });
        }).join('\n') + '\n';
      } catch (err) {
        failure ??= err;
        lines = items.map(({ n, item }) => JSON.stringify('error' in item ? item : { id: item.id, error: `line ${n}: ${(err as Error).message}` })).join('\n') + '\n';
      }
      await write(lines);
      meter.tick(items.length);
      inFlight--;
      if (paused && inFlight < maxInFlight) { paused = false; rl.resume(); }
    });
  };

  let n = 0;
  rl.on('line', (line) => {
    n++;
    if (!line.trim()) return;
    const item = parseJsonlLine(line, n);
    batch.push({ n, item });
    if ('text' in item) chars += item.text.length;
    if (batch.length >= BATCH_LINES || chars >= BATCH_CHARS) submit();
    else if (!timer) timer = setTimeout(submit, 25); // slow input: do not hold lines back
  });
  await new Promise<void>((resolve) => rl.once('close', () => resolve()));
  submit();
  await writer;
  meter.done();
  if (failure && (failure as { name?: string }).name !== 'NerError') process.stderr.write(`german-news-ner: worker failed: ${(failure as Error).message}\n`);
}

function workersFlag(args: ParsedArgs): number {
  const w = args.flags.get('workers');
  if (w === undefined) return 1;
  const v = Number(w);
  if (!(Number.isInteger(v) && v >= 0 && v <= 256)) throw new UsageError(`--workers expects an integer in 0..256, not "${String(w)}"`);
  return v;
}

function readInputs(files: string[]): Array<{ name: string; text: string }> {
  if (files.length === 0) return [{ name: '<stdin>', text: fs.readFileSync(0, 'utf8') }];
  return files.map((name) => {
    try {
      return { name, text: fs.readFileSync(name, 'utf8') };
    } catch (err) {
      const e = new Error(`cannot read ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      (e as Error & { exitCode: number }).exitCode = 1;
      throw e;
    }
  });
}

async function runExtract(args: ParsedArgs): Promise<void> {
  const format = (args.flags.get('format') as string | undefined) ?? 'table';
  if (!['table', 'json', 'html'].includes(format)) throw new UsageError(`--format must be table, json or html, not "${format}"`);
  const workers = workersFlag(args);
  if (args.flags.has('workers') && !args.flags.has('jsonl')) throw new UsageError('--workers only works with --jsonl');
  const options = await extractorOptions(args);
  if (args.flags.has('jsonl') && workers > 1) {
    const pool = await createTextPool(options, workers);
    if (!pool) throw new Error('worker threads are not available');
    try {
      return await runJsonlParallel(pool);
    } finally {
      await pool.destroy();
    }
  }
  const extractor = createExtractor(options);
  if (args.flags.has('jsonl')) return runJsonl(extractor);
  const inputs = readInputs(args.positionals);
  const results: Array<{ name: string; text: string; entities: Entity[] }> = inputs.map((i) => ({ ...i, entities: extractor.extract(i.text) }));
  if (format === 'json') {
    const json = results.length === 1 ? results[0]!.entities : results.map((r) => ({ file: r.name, entities: r.entities }));
    await write(JSON.stringify(json, null, 2) + '\n');
  } else if (format === 'html') {
    await write(results.map((r) => renderHtml(r.text, r.entities, { title: r.name })).join('\n'));
  } else {
    for (const r of results) {
      if (results.length > 1) await write(`== ${r.name}\n`);
      await write(formatTable(r.entities));
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.flags.has('version')) { await write(VERSION + '\n'); return 0; }
  if (args.flags.has('help') || args.command === undefined || args.command === 'help') { await write(HELP); return args.command === undefined && !args.flags.has('help') ? 2 : 0; }
  switch (args.command) {
    case 'extract': await runExtract(args); return 0;
    case 'dictionaries': await write(formatStats(dictionaryStats(), args.flags.has('json'))); return 0;
    case 'eval': { const { runEval } = await import('./cli/eval.js'); return runEval(args, await extractorFrom(args), write); }
    default: throw new UsageError(`unknown command "${args.command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: Error & { exitCode?: number }) => {
    if (err instanceof UsageError) {
      process.stderr.write(`german-news-ner: ${err.message}\nRun german-news-ner --help for usage.\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`german-news-ner: ${err.message}\n`);
      process.exitCode = err.exitCode ?? (err.name === 'NerError' ? 2 : 1);
    }
  },
);
