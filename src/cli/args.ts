/** Minimal argv parser: --flag, --key value, --key=value, positionals. */
export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  flags: Map<string, string | true>;
}

const VALUED = new Set(['format', 'gazetteer', 'workers', 'min-score', 'input-format', 'limit']);

export function parseArgs(argv: string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags.set(key, a.slice(eq + 1));
      else if (VALUED.has(key)) {
        const v = argv[i + 1];
        if (v === undefined) throw new UsageError(`--${key} needs a value`);
        flags.set(key, v);
        i++;
      } else flags.set(key, true);
    } else if (a === '-h') flags.set('help', true);
    else if (command === undefined && a !== '-') command = a;
    else positionals.push(a);
  }
  return { command, positionals, flags };
}

export class UsageError extends Error {}
