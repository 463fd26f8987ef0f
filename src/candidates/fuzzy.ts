import levenshtein from 'fast-levenshtein';
import type { DocView, Mention, Piece } from './types.js';
import type { Bucket, FuzzyIndex } from '../model/fuzzy-index.js';
import { FUZZY_MIN_LENGTH, bucketWords } from '../model/fuzzy-index.js';
import { colognePhonetic } from '../model/phonetic.js';
import { findGazetteerMentions } from './gazetteer.js';
import { WORD_NONE_FUZZY, wordInfo, type WordFacts } from '../model/word-info.js';
import type { Model } from '../model/types.js';
import { DETERMINERS, isNameLike } from './context/words.js';
import { PieceObject } from './piece.js';

/** How far around a corrected piece a multi-word name may start or end. */
const WINDOW = 3;

/** Edit distance allowed for a word of this length (longer words tolerate more). */
export function maxEdits(length: number): number {
  return length < FUZZY_MIN_LENGTH ? 0 : length < 9 ? 1 : 2;
}

/** Vocabulary words within the allowed distance, best first; ties are kept. */
export function fuzzyCandidates(index: FuzzyIndex, word: string, writtenLength = word.length): Array<{ word: string; edits: number }> {
  const limit = maxEdits(writtenLength);
  if (limit === 0) return [];
  const seen = new Set<string>();
  const add = (b: Bucket | undefined) => { for (const w of bucketWords(b)) seen.add(w); };
  add(index.deletions.get(word));
  for (let i = 0; i < word.length; i++) add(index.deletions.get(word.slice(0, i) + word.slice(i + 1)));
  const key = colognePhonetic(word);
  const phonetic = new Set(bucketWords(index.phonetic.get(key)));
  for (const w of phonetic) seen.add(w);
  let best = Infinity;
  const out: Array<{ word: string; edits: number }> = [];
  for (const w of seen) {
    if (w === word) continue;
    const d = levenshtein.get(word, w);
    // Two edits only for words that also sound alike (Vladivostok ~ Wladiwostok).
    if (d > limit || (d === 2 && !phonetic.has(w)) || d > best) continue;
    if (d < best) { best = d; out.length = 0; }
    out.push({ word: w, edits: d });
  }
  return out;
}

/**
 * Fuzzy matches for transliterations and typos (Sergei Schojgu, Vladivostok,
 * Wladimir Puttin): a capitalised piece that is neither an ordinary word nor
 * covered by an exact match is corrected to a vocabulary word, and the names
 * around it are matched again with the correction. Different types from
 * equally good corrections cancel each other out.
 */
export function findFuzzyMentions(view: DocView, index: FuzzyIndex, covered: Uint8Array): Mention[] {
  const { pieces, model } = view;
  const out: Mention[] = [];
  // A word known never to be corrected (fuzzy 1, flagged on the word) is skipped without loading its facts.
  const flags = view.flags;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    if (covered[piece.token]) continue;
    if (flags !== undefined && (flags[p]! & WORD_NONE_FUZZY) !== 0) continue;
    // Whether a word may be corrected at all depends on the word alone: asked once per word.
    const info = piece.info as WordFacts;
    let may = info.fuzzy;
    if (may === undefined || may === 0) {
      may = info.fuzzy = mayBeCorrected(model, piece) ? 2 : 1;
      if (may === 1) info.gazFlags |= WORD_NONE_FUZZY;
    }
    if (may !== 2) continue;
    // The memo's answer, kept on the word while the memo keeps it (the memo is keyed by the
    // folded form and computed with the first spelling's length: asking it again would return the same).
    const memo = model.memo.fuzzy;
    let candidates = info.fuzzyCandidates;
    if (candidates === undefined || info.fuzzyGeneration !== memo.generation) {
      candidates = memoCandidates(memo, index, piece);
      info.fuzzyCandidates = candidates;
      info.fuzzyGeneration = memo.generation;
    }
    if (candidates.length === 0) continue;
    const found = correctedMentions(view, p, candidates);
    if (found !== undefined) for (const m of found) out.push(m);
  }
  return out;
}

/** The memo's corrections of a piece (computed on a miss; a function of its own so the piece loop holds no closure). */
function memoCandidates(memo: Model['memo']['fuzzy'], index: FuzzyIndex, piece: Piece): Array<{ word: string; edits: number }> {
  return memo.get(piece.f, (w) => fuzzyCandidates(index, w, piece.text.length));
}

/**
 * The gazetteer mentions over piece p when it is read as each of its corrections,
 * undefined when there are none or their types differ (a function of its own: the
 * callback below captures variables, which in the piece loop would cost a context
 * allocation for every piece).
 */
function correctedMentions(view: DocView, p: number, candidates: Array<{ word: string; edits: number }>): Mention[] | undefined {
  const { pieces, model } = view;
  const piece = pieces[p]!;
  // "im Rahmen", "keine Miene": a word after a determiner is a noun, not a misspelt name.
  const prev = view.doc.tokens[piece.token - 1];
  const afterDeterminer = prev !== undefined && DETERMINERS.has(prev.text);
  const found: Mention[] = [];
  // The pieces around p, with p replaced by each correction in turn (one window per piece).
  const lo = Math.max(0, p - WINDOW);
  const window: Piece[] = pieces.slice(lo, p + WINDOW + 1);
  const sub: DocView = { ...view, pieces: window, flags: undefined };
  for (const c of candidates) {
    const corrected = wordInfo(model, c.word);
    window[p - lo] = new PieceObject(piece.text, corrected.f, corrected, piece.token, piece.first, piece.last);
    // (Restricted to mentions covering piece.token, the first test below: it holds for all.)
    findGazetteerMentions(sub, (m) => {
      if (m.startToken > piece.token || m.endToken <= piece.token || m.rule) return;
      // A correction that stands alone (no other name piece around it) must be long and look like a
      // name, not a German noun missing from the lexicon ("Knoten" is not Kloten, "Foren" not Foden).
      const alone = m.startToken === piece.token && m.endToken === piece.token + 1 && m.coverage === 1;
      if (alone && (afterDeterminer || piece.text.length < 8 || !isNameLike(view, piece.token))) return;
      m.source = 'fuzzy';
      m.score = Math.min(m.score, 0.75) - 0.1 * (c.edits - 1);
      if (view.explain) m.evidence.push(`fuzzy: "${piece.text}" read as "${c.word}" (${c.edits} edit${c.edits > 1 ? 's' : ''})`);
      found.push(m);
    }, piece.token);
  }
  if (found.length === 0) return undefined;
  // Different types from equally good corrections cancel each other out.
  let mixed = false;
  for (let k = 1; k < found.length; k++) if (found[k]!.type !== found[0]!.type) { mixed = true; break; }
  if (mixed) return undefined;
  return found;
}

/** A capitalised piece of at least FUZZY_MIN_LENGTH letters that is no known word, name, derivation or first name. */
function mayBeCorrected(model: Model, piece: Piece): boolean {
  if (piece.f.length < FUZZY_MIN_LENGTH || !isCandidateWord(piece)) return false;
  return !(model.common.has(piece.f) || model.lower.has(piece.f) || model.names.has(piece.f) || model.derivations.has(piece.f) || model.firstNames.has(piece.text) || model.english.has(piece.f) || isNounForm(model, piece.f));
}

/** Plural and case endings of German nouns: a word that is a listed noun plus one of them is that noun (Kontakte). */
const NOUN_ENDINGS = ['e', 'en', 'n', 'er', 'es', 's', 'ern'];

function isNounForm(model: Model, f: string): boolean {
  for (const end of NOUN_ENDINGS) if (f.length > end.length + 3 && f.endsWith(end) && model.common.has(f.slice(0, -end.length))) return true;
  return false;
}

function isCandidateWord(p: Piece): boolean {
  const c = p.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || (c > 0x100 && p.text[0] !== p.text[0]!.toLowerCase());
}
