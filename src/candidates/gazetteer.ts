import type { DocView, Mention } from './types.js';
import type { AmbiguityRule, NameHit } from '../model/types.js';
import type { EntityType } from '../types.js';
import { caseFit } from './case-check.js';
import { mentionOverPieces } from './mention.js';
import type { WordFacts } from '../model/word-info.js';

/**
 * Exact and inflected gazetteer matches: every run of pieces whose folded form
 * is a known name, with genitive endings on the last piece. A run is extended
 * only by a piece that continues some name, so the cost per word is a map
 * read or two whatever the gazetteer's size.
 *
 * `cover` (fuzzy matching): only the mentions that cover this token are made
 * (those from a piece of a token ≤ cover to one of a token ≥ cover); the others
 * are not built at all. Pieces' tokens never decrease.
 */
export function findGazetteerMentions(view: DocView, onHit?: (m: Mention) => void, cover = -1): Mention[] {
  const { pieces, model } = view;
  const { tokens } = view.doc;
  const names = model.names;
  const out: Mention[] = [];
  const emit = onHit ?? ((m: Mention) => out.push(m));
  for (let p = 0; p < pieces.length; p++) {
    const info = pieces[p]!.info as WordFacts;
    const token = pieces[p]!.token;
    if (cover >= 0 && token > cover) break;
    if (cover >= 0 && token !== cover) {
      // Only multi-piece names from here can reach the covered token.
    } else if (info.hits) emitOne(view, p, info.hits, undefined, emit, cover);
    else if (info.stems.length > 0) {
      // The first genitive stem that is a name, looked up once per word.
      let g = info.stemHits;
      if (g === undefined) {
        g = null;
        // "Ohres" is the genitive of the noun "Ohr", not of the river Ohre; "Polens" stays Polen's
        // (the noun stem is the name itself, whose ambiguity rule decides elsewhere).
        const ofNoun = info.stems.some((stem) => model.common.has(stem) && !model.names.has(stem));
        for (const stem of info.stems) {
          if (ofNoun) break;
          const h = model.names.get(stem);
          if (h) { g = h; break; }
        }
        info.stemHits = g;
      }
      if (g) emitOne(view, p, g, 'genitive ending', emit, cover);
    } else {
      // "in den Niederlanden": the word's part of the test is asked once per word.
      let d = info.gazDative;
      if (d === undefined) d = info.gazDative = dativePluralHits(view, info.f);
      if (d !== null && isAfterDen(view, p)) emitOne(view, p, d, 'dative plural ending', emit, cover);
    }
    // The walk over multi-piece names by key id (NameIndex.step/stepIn: the same as
    // follow/extends on the joined string "key piece", without building it).
    if (!info.followed) continue;
    let node = info.gazKey;
    // The sentence test comes after the (pure) step: a piece that continues nothing ends the
    // walk either way, so only pieces that would extend it or try genitive stems need it.
    let sentence = -1;
    for (let q = p + 1; q < pieces.length; q++) {
      const piece = pieces[q]!;
      const pinfo = piece.info as WordFacts;
      const child = names.stepIn(node, pinfo.gazFrom, pinfo.gazTo);
      if (child < 0 && pinfo.stems.length === 0) break;
      if (sentence < 0) sentence = tokens[pieces[p]!.token]!.sentence;
      if (tokens[piece.token]!.sentence !== sentence) break;
      if (child < 0) {
        let stemKeys = pinfo.gazStemKeys;
        if (stemKeys === undefined) stemKeys = pinfo.gazStemKeys = pinfo.stems.map((stem) => names.keyOf(stem));
        for (const stemKey of stemKeys) {
          const s = names.step(node, stemKey);
          if (s < 0) continue;
          const g = names.hitsAt(s);
          if (g) {
            if (cover < 0 || piece.token >= cover) emitHits(view, p, q, g, 'genitive ending', emit);
            break;
          }
        }
        break;
      }
      node = child;
      const multi = names.hitsAt(node);
      if (multi && (cover < 0 || piece.token >= cover)) emitHits(view, p, q, multi, undefined, emit);
      if (!names.isFollowed(node)) break;
    }
  }
  return out;
}

/** "in den Niederlanden": a plural place name in -e takes -n in the dative plural after "den".
 *  The part that depends on the word alone: the place's hits, or null. */
function dativePluralHits(view: DocView, f: string): NameHit[] | null {
  if (!f.endsWith('en') || f.length < 6) return null;
  const hits = view.model.names.get(f.slice(0, -1));
  return hits !== undefined && hits.every((h) => !h.rule && view.model.entries.type(h.entry) === 'LOC' && !view.model.entries.weak(h.entry)) ? hits : null;
}

/** The part that depends on the place in the text: right after "den", and the first piece of its token. */
function isAfterDen(view: DocView, p: number): boolean {
  const piece = view.pieces[p]!;
  return view.doc.tokens[piece.token - 1]?.text === 'den' && piece.first !== false;
}

function isAcronym(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

const EXACT = 0;
const UPPER = 1;
const NO_FIT = 2;

/** How the document's pieces p0..p1 fit the case of one written form of a name. */
function fitHit(view: DocView, p0: number, p1: number, hit: NameHit): number {
  const { pieces, model } = view;
  let result = EXACT;
  // The k-th written piece is the k-th space-separated part of hit.written (hit.written.split(' ')[k]),
  // compared in place: most pieces match exactly, and then no substring is made.
  let at = 0;
  for (let k = 0; k <= p1 - p0; k++) {
    const piece = pieces[p0 + k]!;
    let written = hit.written;
    if (p1 === p0) {
      if (piece.text === written) continue;
    } else {
      const all = written;
      let end = all.indexOf(' ', at);
      if (end < 0) end = all.length;
      const from = at;
      at = end + 1;
      if (end - from === piece.text.length && all.startsWith(piece.text, from)) continue;
      written = all.slice(from, end);
    }
    // Short acronyms and short all-caps words must match exactly in case (Fr ≠ FR, Vw ≠ VW, ROM ≠ Rom).
    if (written.length <= 3 && piece.text.length <= 3 && (isAcronym(written) || isAcronym(piece.text))) return NO_FIT;
    const fit = caseFit(piece.text, written);
    // A later hyphen part may be lower-case (Kim Jong-un, Kreml-nahen).
    if (fit === 'none' && !(piece.first === false && /^\p{Ll}/u.test(piece.text))) return NO_FIT;
    // An acronym written like a word must not be an ordinary word (MIT ≠ "Mit", MAN ≠ "Man").
    if (isAcronym(written) && (model.common.has(piece.f) || model.lower.has(piece.f))) return NO_FIT;
    if (fit === 'upper') result = UPPER;
  }
  return result;
}

/** What emitHits takes from one hit and its entry for one mention: all but the place in the text. */
interface GazPlan {
  hit: NameHit;
  entry: number;
  type: EntityType;
  score: number;
  upper: boolean;
  weak: boolean;
  rule: AmbiguityRule | undefined;
  /** Later entries of this key with the same type, score and flags and no rule (see Mention.alts). */
  alts: number[] | undefined;
}

/**
 * One-piece matches: the plan depends only on the hits, the ending, the piece's text and
 * folded form (those of the word its WordFacts belong to, as createDocView builds pieces),
 * `piece.first === false` (fitHit's hyphen-part case) and the model, and each word takes one
 * of the three branches above with hits fixed per word (info.hits, stemHits, gazDative):
 * so it is kept on the word, and a repeated word (100 firms with the alias "LINE" in the 1M
 * benchmark) reads neither the hits' written forms nor model.entries again.
 * Not under `cover` (fuzzy): there the piece's text is the misspelt word and its info the correction's.
 */
function emitOne(view: DocView, p: number, hits: NameHit[], ending: string | undefined, emit: (m: Mention) => void, cover: number): void {
  if (cover >= 0) return emitHits(view, p, p, hits, ending, emit);
  const piece = view.pieces[p]!;
  const info = piece.info as WordFacts;
  let plan: GazPlan[];
  if (piece.first === false) plan = (info.gazOneLater ??= planHits(view, p, p, hits, ending)) as GazPlan[];
  else plan = (info.gazOne ??= planHits(view, p, p, hits, ending)) as GazPlan[];
  emitPlan(view, p, p, plan, ending, emit);
}

function emitHits(view: DocView, p0: number, p1: number, hits: NameHit[], ending: string | undefined, emit: (m: Mention) => void): void {
  emitPlan(view, p0, p1, planHits(view, p0, p1, hits, ending), ending, emit);
}

function emitPlan(view: DocView, p0: number, p1: number, plan: GazPlan[], ending: string | undefined, emit: (m: Mention) => void): void {
  for (let i = 0; i < plan.length; i++) {
    const x = plan[i]!;
    const evidence: string[] = [];
    if (view.explain) {
      evidence.push(`gazetteer: "${x.hit.written}" → ${view.model.entries.id(x.entry)}`);
      if (ending) evidence.push(ending);
      if (x.hit.declined) evidence.push('declined adjective');
      if (x.upper) evidence.push('all-caps text');
      if (x.weak) evidence.push('bulk-imported entry');
    }
    const m = mentionOverPieces(view, p0, p1, { type: x.type, entry: x.entry, score: x.score, source: 'gazetteer', evidence });
    if (x.rule) m.rule = x.rule;
    if (x.alts) m.alts = x.alts;
    emit(m);
  }
}

/** `ending`: the inflection read off the last piece (for the score and the evidence), if any. */
function planHits(view: DocView, p0: number, p1: number, hits: NameHit[], ending: string | undefined): GazPlan[] {
  const { model } = view;
  const plan: GazPlan[] = [];
  // The fit depends only on the pieces and the written form, and many entries under one key
  // share it (100 firms with the alias "DANK", 40 people called Müller): one check per form.
  let lastWritten: string | undefined;
  let lastFit = NO_FIT;
  const fitOf = (h: NameHit): number => {
    if (h.written !== lastWritten) {
      lastWritten = h.written;
      lastFit = fitHit(view, p0, p1, h);
    }
    return lastFit;
  };
  for (let i = 0; i < hits.length; i++) {
    let hit = hits[i]!;
    let fit = fitOf(hit);
    // One entry may be written two ways under one key ("Uno", "UNO"): the best fit wins.
    while (hits[i + 1]?.entry === hit.entry) {
      const other = hits[++i]!;
      const otherFit = fitOf(other);
      if (otherFit < fit) { hit = other; fit = otherFit; }
    }
    if (fit === NO_FIT) continue;
    const upper = fit === UPPER;
    const weak = model.entries.weak(hit.entry);
    let score = p1 > p0 ? 0.95 : 0.9;
    if (ending) score -= 0.05;
    if (hit.declined) score -= 0.05;
    if (upper) score -= 0.15;
    if (weak) score -= 0.1;
    const type = model.entries.type(hit.entry);
    // An unruled entry that ties with an earlier one in everything the resolution compares
    // (same span, type, score; both unruled) can never be chosen over it: one mention, the
    // later entries ride along. A gazetteer with many namesakes (a 1M-entry list has 100
    // firms with the alias "LINE") would otherwise build and sort one mention per namesake.
    let same: GazPlan | undefined;
    if (hit.rule === undefined) {
      for (let j = 0; j < plan.length; j++) {
        const y = plan[j]!;
        if (y.rule === undefined && y.type === type && y.score === score && y.upper === upper && y.weak === weak) { same = y; break; }
      }
    }
    if (same) (same.alts ??= []).push(hit.entry);
    else plan.push({ hit, entry: hit.entry, type, score, upper, weak, rule: hit.rule, alts: undefined });
  }
  return plan;
}
