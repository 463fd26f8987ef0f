import type { GazetteerEntry } from '../types.js';
import type { AmbiguityRule, DictionaryData, Model } from './types.js';
import { fold } from './fold.js';
import { isPlainAsciiName, namePieces } from './pieces.js';
import { WordMemo } from './memo.js';
import { isFuzzyTarget } from './fuzzy-index.js';
import { NameIndex } from './name-index.js';
import { EntryTable } from './entry-table.js';

const ADJ_ENDINGS = ['e', 'en', 'er', 'es', 'em'];
/** A piece that looks like a declinable adjective in a multi-word name (Ferner, Vereinigte, Rotes). */
const ADJ_PIECE = /^\p{Lu}\p{Ll}{2,}(e|er|es)$/u;

/** Bulk imports mark their category with a -geonames suffix (scripts/import-places.ts). */
function isBulk(e: GazetteerEntry): boolean {
  return e.category?.endsWith('-geonames') === true;
}

/** Names that start closed compounds (Russlandreise, Ukrainekrieg): curated
 *  places of four letters or more. Persons and organisations join compounds
 *  with a hyphen in German news (Putin-Kritiker, SPD-Chef), which the
 *  gazetteer matches on hyphen parts; as closed-compound heads their short
 *  forms split ordinary words (Inter → "Interessen"). */
function isCompoundHead(e: GazetteerEntry, piece: string): boolean {
  return !isBulk(e) && e.type === 'LOC' && /^\p{Lu}/u.test(piece) && piece.length >= 4;
}

function defaultRule(type: GazetteerEntry['type']): AmbiguityRule {
  return type === 'LOC' ? 'place' : 'never';
}

/** Merges entries by id: later entries (user entries) replace earlier ones,
 *  in the place of the first. Returns the merged list and id → index. */
export function mergeById(entries: GazetteerEntry[]): { merged: GazetteerEntry[]; byId: Map<string, number> } {
  const byId = new Map<string, number>();
  const merged: GazetteerEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const at = byId.get(e.id);
    if (at === undefined) { byId.set(e.id, merged.length); merged.push(e); }
    else merged[at] = e;
  }
  return { merged, byId };
}

/** One way to write one entry, as the matchers see it. */
type AddName = (key: string[], k: string, entry: number, written: string, rule: AmbiguityRule | undefined, declined: boolean) => void;

/**
 * Compiles dictionary data into the lookup structures the matchers use. Names
 * are keyed by folded pieces, so "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN"
 * share one key; the case check happens at match time against `pieces`.
 */
export function compileModel(data: DictionaryData): Model {
  const { merged: entries, byId } = data.byId ? { merged: data.entries, byId: data.byId } : mergeById(data.entries);
  const common = new Set(data.lexicon.common.map(fold));
  const lower = new Set(data.lexicon.lower.map(fold));
  const english = new Set((data.lexicon.english ?? []).map(fold));
  const explicitRules = new Map(data.lexicon.ambiguous.map(([w, r]) => [fold(w), r] as const));
  const index = new NameIndex(entries.length);
  const model: Model = {
    entries: new EntryTable(entries, isBulk),
    names: index,
    fuzzyVocabulary: new Set(),
    compoundHeads: new Map(),
    derivations: new Map(),
    common,
    lower,
    // A first name that is also a noun (Rose, Kai) says nothing about a name.
    firstNames: new Set(data.lexicon.firstNames.filter((n) => !common.has(fold(n)))),
    personTitles: new Set(data.lexicon.personTitles),
    orgHeads: new Set(data.lexicon.orgHeads),
    legalForms: new Set(data.lexicon.legalForms),
    locationCues: new Set(data.lexicon.locationCues),
    english,
    memo: { compound: new WordMemo(), fuzzy: new WordMemo(), words: new WordMemo(200_000) },
  };
  const firstNames = model.firstNames;
  // Pieces of person names, needed only to guard bulk-imported towns (built on first need).
  let personPieces: Set<string> | undefined;
  const isPersonPiece = (f: string) => {
    if (!personPieces) {
      personPieces = new Set();
      for (const e of entries) if (e.type === 'PER') for (const n of [e.canonical, ...(e.aliases ?? [])]) for (const p of namePieces(n)) personPieces.add(fold(p));
    }
    return personPieces.has(f);
  };
  const add: AddName = (key, k, entry, written, rule, declined) => index.add(key, k, entry, written, rule, declined);

  const addName = (e: GazetteerEntry, entry: number, bulk: boolean, name: string) => {
    const pieces = namePieces(name);
    if (pieces.length === 0) return;
    const plain = isPlainAsciiName(name);
    const folded = plain ? name.toLowerCase() : undefined;
    const key = folded !== undefined ? (pieces.length === 1 ? [folded] : folded.split(' ')) : pieces.length === 1 ? [fold(pieces[0]!)] : pieces.map(fold);
    let rule: AmbiguityRule | undefined;
    if (key.length === 1) {
      rule = explicitRules.get(key[0]!) ?? (common.has(key[0]!) ? defaultRule(e.type) : lower.has(key[0]!) ? 'initial' : undefined);
      // A town named like a person (David, Martin, Jackson) needs a place cue.
      if (!rule && bulk && (firstNames.has(pieces[0]!) || isPersonPiece(key[0]!))) rule = 'place';
      if ((!rule || rule === 'initial') && bulk) rule = pieces[0]!.length <= 3 ? 'place' : 'bare';
      if (e.type === 'PER' && pieces[0]!.length < 3) rule = 'never';
      // A bulk-imported town spelt like an ordinary word (Brand, Stein, Saal, Auch, Alle) or the
      // genitive of a noun (Mutters) is too rarely the town: only an unambiguous mention confirms it.
      const k0 = key[0]!;
      if (bulk && (common.has(k0) || lower.has(k0) || (k0.endsWith('s') && common.has(k0.slice(0, -1))))) rule = 'never';
      // An imported town spelt like an English word (Hook, Spring, Pack) is far more often the word in English titles and quotes.
      if (bulk && english.has(k0)) rule = 'never';
    }
    // Most names are written as given: keep the caller's string, not a copy.
    let written = plain ? name : pieces.length === 1 ? pieces[0]! : pieces.join(' ');
    if (written === name) written = name;
    if (!rule && !bulk) for (let k = 0; k < key.length; k++) if (isFuzzyTarget(model, key[k]!, pieces[k]!)) model.fuzzyVocabulary.add(key[k]!);
    add(key, folded ?? (key.length === 1 ? key[0]! : key.join(' ')), entry, written, rule, false);
    if (key.length === 1 && !rule && isCompoundHead(e, pieces[0]!)) {
      const head = pieces[0]!.toLowerCase();
      if (!model.compoundHeads.has(head) && !common.has(key[0]!) && !lower.has(key[0]!)) model.compoundHeads.set(head, entry);
    }
    // Persons' names do not decline ("Peter Berg" has no "Petern Berg").
    if (key.length > 1 && e.type !== 'PER') addDeclined(pieces, entry, add);
  };

  for (let entry = 0; entry < entries.length; entry++) {
    const e = entries[entry]!;
    const bulk = isBulk(e);
    // Each distinct name once, canonical first (adding a name twice changes nothing: see NameIndex.add).
    addName(e, entry, bulk, e.canonical);
    const aliases = e.aliases;
    if (aliases) for (let a = 0; a < aliases.length; a++) if (aliases[a] !== e.canonical) addName(e, entry, bulk, aliases[a]!);
  }
  index.seal();

  for (const d of data.derivations) {
    const entry = byId.get(d.target);
    if (entry === undefined) continue;
    for (const stem of d.adjectives) {
      for (const end of ['', ...ADJ_ENDINGS]) {
        const k = fold(stem + end);
        if (!model.derivations.has(k)) model.derivations.set(k, { entry, form: 'adj' });
      }
    }
    for (const noun of d.inhabitants) {
      const k = fold(noun);
      if (!model.derivations.has(k) && !index.has(k)) model.derivations.set(k, { entry, form: 'inh' });
    }
  }
  return model;
}

/** "Ferner Osten" is also "Fernen Osten", "Fernem Osten": declined adjective pieces. */
function addDeclined(pieces: string[], entry: number, add: AddName): void {
  const adj = pieces.map((p, i) => i < pieces.length - 1 && ADJ_PIECE.test(p));
  if (!adj.some(Boolean)) return;
  const stems = pieces.map((p, i) => (adj[i] ? p.replace(/(e|er|es)$/u, '') : null));
  for (const end of ADJ_ENDINGS) {
    const variant = pieces.map((p, i) => (stems[i] !== null ? stems[i] + end : p));
    const key = variant.map(fold);
    add(key, key.join(' '), entry, variant.join(' '), undefined, true);
  }
}
