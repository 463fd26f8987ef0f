import { loadBuiltinData } from './builtin.js';

export interface DictionaryStats {
  entries: number;
  aliases: number;
  byType: Record<string, number>;
  bySource: Record<string, Record<string, number>>;
  derivations: number;
  lexicon: Record<string, number>;
}

/** Counts of the built-in dictionaries, per type and per source file. */
export function dictionaryStats(): DictionaryStats {
  const data = loadBuiltinData();
  const byType: Record<string, number> = {};
  const bySource: Record<string, Record<string, number>> = {};
  data.entries.forEach((e, i) => {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    const row = (bySource[data.sources?.[i] ?? '?'] ??= {});
    row[e.type] = (row[e.type] ?? 0) + 1;
  });
  const lex = data.lexicon;
  return {
    entries: data.entries.length,
    aliases: data.entries.reduce((n, e) => n + (e.aliases?.length ?? 0), 0),
    byType,
    bySource,
    derivations: data.derivations.length,
    lexicon: {
      commonNouns: lex.common.length, otherWords: lex.lower.length, firstNames: lex.firstNames.length, personTitles: lex.personTitles.length,
      orgHeads: lex.orgHeads.length, legalForms: lex.legalForms.length, locationCues: lex.locationCues.length,
      ambiguous: lex.ambiguous.length, englishWords: lex.english?.length ?? 0,
    },
  };
}
