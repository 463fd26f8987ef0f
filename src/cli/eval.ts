import fs from 'node:fs';
import type { Extractor } from '../types.js';
import type { ParsedArgs } from './args.js';
import { UsageError } from './args.js';
import { readGold } from '../eval/read-gold.js';
import { scoreDocs } from '../eval/score.js';

type Format = 'germeval' | 'conll' | 'jsonl';

function guessFormat(file: string): Format {
  if (file.endsWith('.jsonl')) return 'jsonl';
  if (file.endsWith('.tsv')) return 'germeval';
  return 'conll';
}

/** `eval FILE`: strict P/R/F1 per label against gold data. */
export async function runEval(args: ParsedArgs, extractor: Extractor, write: (s: string) => Promise<void>): Promise<number> {
  const file = args.positionals[0];
  if (!file) throw new UsageError('eval needs a gold FILE (GermEval TSV, CoNLL or JSON Lines)');
  const format = (args.flags.get('input-format') as Format | undefined) ?? guessFormat(file);
  if (!['germeval', 'conll', 'jsonl'].includes(format)) throw new UsageError(`--input-format must be germeval, conll or jsonl, not "${format}"`);
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw Object.assign(new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code}`), { exitCode: 1 });
  }
  const docs = readGold(content, format);
  const t0 = process.hrtime.bigint();
  const predictions = docs.map((d) => extractor.extract(d.text));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const report = scoreDocs(docs, predictions);
  if (args.flags.has('json')) {
    await write(JSON.stringify({ file, format, seconds, docs: report.docs, rows: report.rows, plain: report.plain, ...(args.flags.has('errors') ? { errors: report.errors } : {}) }, null, 2) + '\n');
    return 0;
  }
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = [`${file}: ${docs.length} documents, ${seconds.toFixed(2)} s`, '', 'label        P      R     F1     tp     fp     fn'];
  for (const [label, c] of Object.entries(report.rows)) {
    lines.push(`${label.padEnd(8)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)} ${String(c.tp).padStart(6)} ${String(c.fp).padStart(6)} ${String(c.fn).padStart(6)}`);
  }
  const p = report.plain;
  lines.push('', 'core = PER+LOC+ORG names; all = every label incl. MISC, deriv, part (strict span+type+kind)');
  lines.push(`documents without gold entities: ${p.docs}, ${p.tokens} tokens, ${p.falsePositives} false positives = ${p.perThousandTokens.toFixed(2)} per 1,000 tokens`);
  if (args.flags.has('errors')) {
    lines.push('', 'errors:');
    for (const e of report.errors) lines.push(`${e.error} ${e.label.padEnd(9)} ${e.doc.padEnd(6)} ${e.context.replace(/\s+/g, ' ')}`);
  }
  await write(lines.join('\n') + '\n');
  return 0;
}
