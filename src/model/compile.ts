import type { GazetteerEntry } from '../types.js';
import type { AmbiguityRule, DictionaryData, Model, NameHit } from './types.js';
import { fold } from './fold.js';
import { namePieces } from './pieces.js';
import { WordMemo } from './memo.js';
import { isFuzzyTarget } from './fuzzy-index.js';

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

/** Merges entries by id: later entries (user entries) replace earlier ones. */
function mergeById(entries: GazetteerEntry[]): GazetteerEntry[] {
  const byId = new Map<string, GazetteerEntry>();
  for (const e of entries) byId.set(e.id, e);
  return [...byId.values()];
}

/**
 * Compiles dictionary data into the lookup structures the matchers use. Names
 * are keyed by folded pieces, so "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN"
 * share one key; the case check happens at match time against `pieces`.
 */
export function compileModel(data: DictionaryData): Model {
  const entries = mergeById(data.entries);
  const common = new Set(data.lexicon.common.map(fold));
  const lower = new Set(data.lexicon.lower.map(fold));
  const explicitRules = new Map(data.lexicon.ambiguous.map(([w, r]) => [fold(w), r] as const));
  const model: Model = {
    entries: entries.map((e) => (isBulk(e) ? { id: e.id, type: e.type, canonical: e.canonical, weak: true } : { id: e.id, type: e.type, canonical: e.canonical })),
    byId: new Map(),
    names: new Map(),
    follow: new Map(),
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
    memo: { nounCompound: new WordMemo(), compound: new WordMemo(), fuzzy: new WordMemo(), words: new WordMemo(200_000) },
  };
  entries.forEach((e, i) => model.byId.set(e.id, i));
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

  const add = (key: string[], hit: NameHit) => {
    const k = key.length === 1 ? key[0]! : key.join(' ');
    const list = model.names.get(k);
    if (!list) model.names.set(k, [hit]);
    else if (list.some((h) => h.entry === hit.entry)) return;
    else list.push(hit);
    let prefix = key[0]!;
    for (let i = 1; i < key.length; i++) {
      let next = model.follow.get(prefix);
      if (!next) model.follow.set(prefix, (next = new Set()));
      next.add(key[i]!);
      prefix += ' ' + key[i];
    }
  };

  entries.forEach((e, entry) => {
    const bulk = isBulk(e);
    const names = e.aliases && e.aliases.length ? new Set([e.canonical, ...e.aliases]) : [e.canonical];
    for (const name of names) {
      const pieces = namePieces(name);
      if (pieces.length === 0) continue;
      const key = pieces.length === 1 ? [fold(pieces[0]!)] : pieces.map(fold);
      let rule: AmbiguityRule | undefined;
      if (key.length === 1) {
        rule = explicitRules.get(key[0]!) ?? (common.has(key[0]!) ? defaultRule(e.type) : lower.has(key[0]!) ? 'initial' : undefined);
        // A town named like a person (David, Martin, Jackson) needs a place cue.
        if (!rule && bulk && (firstNames.has(pieces[0]!) || isPersonPiece(key[0]!))) rule = 'place';
        if ((!rule || rule === 'initial') && bulk) rule = pieces[0]!.length <= 3 ? 'place' : 'bare';
        if (e.type === 'PER' && pieces[0]!.length < 3) rule = 'never';
      }
      const written = pieces.length === 1 ? pieces[0]! : pieces.join(' ');
      if (!rule && !bulk) for (let k = 0; k < key.length; k++) if (isFuzzyTarget(model, key[k]!, pieces[k]!)) model.fuzzyVocabulary.add(key[k]!);
      add(key, rule ? { entry, written, rule } : { entry, written });
      if (key.length === 1 && !rule && isCompoundHead(e, pieces[0]!)) {
        const head = pieces[0]!.toLowerCase();
        if (!model.compoundHeads.has(head) && !common.has(key[0]!) && !lower.has(key[0]!)) model.compoundHeads.set(head, entry);
      }
      // Persons' names do not decline ("Peter Berg" has no "Petern Berg").
      if (key.length > 1 && e.type !== 'PER') addDeclined(pieces, entry, add);
    }
  });

  for (const d of data.derivations) {
    const entry = model.byId.get(d.target);
    if (entry === undefined) continue;
    for (const stem of d.adjectives) {
      for (const end of ['', ...ADJ_ENDINGS]) {
        const k = fold(stem + end);
        if (!model.derivations.has(k)) model.derivations.set(k, { entry, form: 'adj' });
      }
    }
    for (const noun of d.inhabitants) {
      const k = fold(noun);
      if (!model.derivations.has(k) && !model.names.has(k)) model.derivations.set(k, { entry, form: 'inh' });
    }
  }
  return model;
}

/** "Ferner Osten" is also "Fernen Osten", "Fernem Osten": declined adjective pieces. */
function addDeclined(pieces: string[], entry: number, add: (key: string[], hit: NameHit) => void): void {
  const adj = pieces.map((p, i) => i < pieces.length - 1 && ADJ_PIECE.test(p));
  if (!adj.some(Boolean)) return;
  const stems = pieces.map((p, i) => (adj[i] ? p.replace(/(e|er|es)$/u, '') : null));
  for (const end of ADJ_ENDINGS) {
    const variant = pieces.map((p, i) => (stems[i] !== null ? stems[i] + end : p));
    add(variant.map(fold), { entry, written: variant.join(' '), declined: true });
  }
}
