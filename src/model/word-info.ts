import type { Model, NameHit, WordInfo } from './types.js';
import { fold } from './fold.js';

/** Genitive endings German adds to names: Putins, des Bundestages, Scholz'. */
const GENITIVE: Array<[string, number]> = [["'", 1], ['’', 1], ['es', 2], ['s', 1]];
const NONE: string[] = [];

/** WordInfo plus per-word answers of the matchers in candidates/ (gazetteer, fuzzy),
 *  filled in on first use; like the rest of WordInfo they depend only on the word and the model. */
export interface WordFacts extends WordInfo {
  /** Names of the first genitive stem that is one (Putins → putin); null: none; undefined: not yet asked. */
  stemHits: NameHit[] | null | undefined;
  /** Fuzzy matching: 0 not yet asked, 1 never corrected (short, lower-case or a known word), 2 may be corrected. */
  fuzzy: number;
  /** The fuzzy memo's candidates for this word's folded form, valid while the memo's generation is `fuzzyGeneration`. */
  fuzzyCandidates: Array<{ word: string; edits: number }> | undefined;
  fuzzyGeneration: number;
  /** Closed compound with a name as head (candidates/compounds.ts); null: none; undefined: not yet asked. */
  compound: CompoundHit | null | undefined;
  /** Surname of a listed person (candidates/surnames.ts): the entry, -1 several, -2 none,
   *  -3 not yet asked; `surnameGenitive` when read off a genitive -s. */
  surname: number;
  surnameGenitive: boolean;
  // --- Context rules (candidates/context/**) ---------------------------------------------
  /** isNounCompound with the default five-letter tail (candidates/context/words.ts):
   *  1 yes, 0 no, -1 not yet asked. */
  nounCompound: number;
  /** The same with a four-letter tail (the place-preposition rule): 1 yes, 0 no, -1 not yet asked. */
  nounCompound4: number;
  /** The folded form is a name key, an ordinary or lower-case word or a frequent English word
   *  (person-rules' isLoneFirstName): 1 yes, 0 no, -1 not yet asked. */
  knownWord: number;

  // --- Gazetteer and candidate speed-ups (filled in computeWordInfo or on first use) ---
  /** model.names.keyOf(f): this word as a key or key piece, -1 if it is in no name. */
  gazKey: number;
  /** model.names.pieceFrom/pieceTo(gazKey): where this word continues a multi-piece name (empty: nowhere). */
  gazFrom: number;
  gazTo: number;
  /** model.names.keyOf of each of `stems` (genitive readings), computed on first use. */
  gazStemKeys: number[] | undefined;
  /** Dative plural reading (in den Niederlanden): the hits of the place in -e, null: none; undefined: not yet asked. */
  gazDative: NameHit[] | null | undefined;
  /** Document memory (resolve/memory.ts): 1 a particle or ordinary word (never remembered), 2 not, 0 not yet asked. */
  memoryStop: number;
  /** Place adjective (candidates/place-adjectives.ts): the place's entry, -1 none, -2 not yet asked. */
  placeAdjective: number;
  /** The gazetteer's one-piece matches of this word (candidates/gazetteer.ts, `GazPlan`): what each
   *  emitted mention takes from the hits and their entries, for the word as a first piece
   *  (`gazOne`) and as a later hyphen part (`gazOneLater`); undefined: not yet asked. */
  gazOne: unknown[] | undefined;
  gazOneLater: unknown[] | undefined;
  /** Answers of the candidate stages that are "nothing for this word", once asked (WORD_NONE_* bits;
   *  only ever set). createDocView copies it into a per-document array (DocView.flags), so the later
   *  stages skip such words without loading their facts again. */
  gazFlags: number;
}

/** gazFlags bits: the word is no surname (surname -2), place adjective (-1), closed compound with a
 *  name head (null), never fuzzy-corrected (fuzzy 1), no derivation (derivation undefined). */
export const WORD_NONE_SURNAME = 1;
export const WORD_NONE_PLACE_ADJECTIVE = 2;
export const WORD_NONE_COMPOUND = 4;
export const WORD_NONE_FUZZY = 8;
export const WORD_NONE_DERIVATION = 16;

/** A closed compound: name head + linker + ordinary noun tail (Russlandreise). */
export interface CompoundHit {
  entry: number;
  tail: string;
  linker: string;
}

function computeWordInfo(model: Model, w: string): WordFacts {
  const f = fold(w);
  let stems = NONE;
  if (f.length >= 4) {
    for (const [end, cut] of GENITIVE) {
      if (!f.endsWith(end)) continue;
      if (stems === NONE) stems = [];
      stems.push(f.slice(0, -cut));
    }
  }
  const gazKey = model.names.keyOf(f);
  const derivation = model.derivations.get(f);
  return { f, hits: model.names.get(f), gazFlags: derivation === undefined ? WORD_NONE_DERIVATION : 0, followed: model.names.isFollowed(gazKey), stems, derivation, triggers: -1, nameLike: undefined, stemHits: undefined, fuzzy: 0, fuzzyCandidates: undefined, fuzzyGeneration: -1, compound: undefined, surname: -3, surnameGenitive: false, nounCompound: -1, nounCompound4: -1, knownWord: -1, gazKey, gazFrom: model.names.pieceFrom(gazKey), gazTo: model.names.pieceTo(gazKey), gazStemKeys: undefined, placeAdjective: -2, gazDative: undefined, memoryStop: 0, gazOne: undefined, gazOneLater: undefined };
}

/** What the model knows about a written form; cached per model, so the hot
 *  path pays one small-map read per word instead of several big-map reads. */
export function wordInfo(model: Model, word: string): WordFacts {
  const memo = model.memo.words;
  let v = memo.peek(word) as WordFacts | undefined;
  if (v === undefined) {
    v = computeWordInfo(model, word);
    memo.put(word, v);
  }
  return v;
}
