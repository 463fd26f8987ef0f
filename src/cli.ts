import fs from 'node:fs';
import readline from 'node:readline';
import { createExtractor, dictionaryStats, loadGazetteerFile, renderHtml, type Entity, type Extractor, type ExtractorOptions } from './index.js';
import { HELP } from './cli/help.js';
import { parseArgs, UsageError, type ParsedArgs } from './cli/args.js';
import { formatTable } from './cli/format-table.js';
import { formatStats } from './cli/format-stats.js';

const VERSION = '0.1.0';

async function extractorFrom(args: ParsedArgs): Promise<Extractor> {
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
  return createExtractor(options);
}

async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
}

async function runJsonl(extractor: Extractor): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = n;
    let out: Record<string, unknown>;
    try {
      const o = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new Error('expected a JSON object {"id": …, "text": …}');
      if (o.id !== undefined) id = o.id;
      if (typeof o.text !== 'string') throw new Error(`expected "text" to be a string, not ${o.text === undefined ? 'missing' : typeof o.text}`);
      out = { id, entities: extractor.extract(o.text) };
    } catch (err) {
      const msg = err instanceof SyntaxError ? `line ${n}: not valid JSON (${err.message})` : `line ${n}: ${(err as Error).message}`;
      out = { id, error: msg };
    }
    await write(JSON.stringify(out) + '\n');
  }
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
  const extractor = await extractorFrom(args);
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
