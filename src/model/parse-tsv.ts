import type { Derivation, EntityType, GazetteerEntry } from '../types.js';
import { nerError } from '../errors.js';

const TYPES: ReadonlySet<string> = new Set(['PER', 'LOC', 'ORG', 'MISC']);
export const ENTRY_HEADER = ['id', 'type', 'canonical', 'aliases', 'country', 'category'];
export const DERIVATION_HEADER = ['target', 'adjectives', 'inhabitants'];
/** Entry ids: `<per|org|loc|misc>:<slug>`. */
export const ID = /^(per|org|loc|misc):[a-z0-9][a-z0-9-]*$/;
const MAX_NAME = 200;

function split(field: string | undefined): string[] {
  if (!field) return [];
  return field.split('|').map((s) => s.trim()).filter(Boolean);
}

function rows(text: string, file: string, header: string[]): Array<{ line: number; cols: string[] }> {
  const out: Array<{ line: number; cols: string[] }> = [];
  const lines = text.split(/\r?\n/);
  let sawHeader = false;
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k]!;
    if (!raw.trim() || raw.startsWith('#')) continue;
    const cols = raw.split('\t');
    if (!sawHeader) {
      if (cols.join('\t') !== header.join('\t')) {
        throw nerError('E010', `${file}:${k + 1}`, `expected header "${header.join('\\t')}", not "${raw.slice(0, 80)}"`);
      }
      sawHeader = true;
      continue;
    }
    if (cols.length !== header.length) {
      throw nerError('E010', `${file}:${k + 1}`, `expected ${header.length} tab-separated columns, not ${cols.length}`);
    }
    out.push({ line: k + 1, cols });
  }
  if (!sawHeader) throw nerError('E010', file, `missing header "${header.join('\\t')}"`);
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{Sc}]/u;

/** What is wrong with an entry, as a maker of the error for a place (`where`); undefined if nothing. */
export function entryFault(e: GazetteerEntry): ((where: string) => Error) | undefined {
  if (typeof e.id !== 'string' || !ID.test(e.id)) return (where) => nerError('E010', where, nerError('E014', String(e.id)).message);
  if (!TYPES.has(e.type)) return (where) => nerError('E010', where, nerError('E012', String(e.type)).message);
  if (typeof e.canonical !== 'string' || !e.canonical.trim()) return (where) => nerError('E010', where, nerError('E013', e.id).message);
  if (e.canonical.length > MAX_NAME) return (where) => nerError('E015', where);
  // A name without a letter or digit ("-", "…") would match punctuation all over the text; currency signs (€) count as names.
  if (!LETTER_OR_DIGIT.test(e.canonical)) return (where) => nerError('E010', where, `canonical name "${e.canonical}" of "${e.id}" has no letter or digit`);
  const aliases = e.aliases;
  if (aliases) {
    for (let k = 0; k < aliases.length; k++) {
      const a = aliases[k];
      if (typeof a !== 'string') return (where) => nerError('E010', where, `alias of "${e.id}" is not a string`);
      if (a.length > MAX_NAME) return (where) => nerError('E015', where);
      if (!LETTER_OR_DIGIT.test(a)) return (where) => nerError('E010', where, `alias "${a}" of "${e.id}" has no letter or digit`);
    }
  }
  return undefined;
}

/** Checks one entry; `where` names file and line for the message. */
export function checkEntry(e: GazetteerEntry, where: string): void {
  const fault = entryFault(e);
  if (fault) throw fault(where);
}

/** Parses an entity TSV file (see dictionaries/FORMAT.md). Throws on the first bad line. */
export function parseEntriesTsv(text: string, file: string): GazetteerEntry[] {
  const seen = new Set<string>();
  return rows(text, file, ENTRY_HEADER).map(({ line, cols }) => {
    const [id, type, canonical, aliases, country, category] = cols.map((c) => c.trim());
    const entry: GazetteerEntry = { id: id!, type: type as EntityType, canonical: canonical!, aliases: split(aliases) };
    if (country) entry.country = country;
    if (category) entry.category = category;
    checkEntry(entry, `${file}:${line}`);
    if (seen.has(entry.id)) throw nerError('E010', `${file}:${line}`, nerError('E011', entry.id).message);
    seen.add(entry.id);
    return entry;
  });
}

/** Parses a derivations TSV file. */
export function parseDerivationsTsv(text: string, file: string): Derivation[] {
  return rows(text, file, DERIVATION_HEADER).map(({ line, cols }) => {
    const [target, adjectives, inhabitants] = cols.map((c) => c.trim());
    if (!target || !ID.test(target)) throw nerError('E010', `${file}:${line}`, nerError('E014', String(target)).message);
    return { target, adjectives: split(adjectives).map((a) => a.toLowerCase()), inhabitants: split(inhabitants) };
  });
}

/** Parses a one-item-per-line list. */
export function parseList(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
