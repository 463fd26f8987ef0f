import type { DocView, Mention } from './types.js';
import type { Token } from '../tokenize/types.js';
import type { Model } from '../model/types.js';
import { namePieces } from '../model/pieces.js';
import { WORD_NONE_SURNAME, type WordFacts } from '../model/word-info.js';
import { DETERMINERS, isFirstName, isNameLike, isNounCompound, isRoleWord, isSentenceInitial } from './context/words.js';

/** Foreign articles and particles before a title or place name (the Sun, el Valle). */
const FOREIGN_ARTICLES = new Set(['the', 'of', 'el', 'la', 'los', 'las', 'il', 'lo', 'del', 'della']);

/** Folded surname → the one person entry carrying it, or -1 when several do. */
type SurnameIndex = Map<string, number>;
const INDEX = new WeakMap<Model, SurnameIndex>();

/**
 * The surnames of the gazetteer's persons (Köhler from Horst Köhler), built
 * once per model: news name a person by surname alone after the first mention,
 * and often only so. Surnames that are ordinary words (Fischer, Koch), first
 * names, roles (Herr), organisation heads and derived words are left out, and so are
 * words after a particle (von Aquitanien), and names of other types.
 */
function surnameIndex(view: DocView): SurnameIndex {
  const { model } = view;
  let index = INDEX.get(model);
  if (index) return index;
  index = new Map();
  const entries = model.entries;
  for (let i = 0; i < entries.length; i++) {
    if (entries.type(i) !== 'PER') continue;
    const pieces = namePieces(entries.canonical(i));
    if (pieces.length < 2) continue;
    const last = pieces[pieces.length - 1]!;
    // "Eleonore von Aquitanien", "Joseph von Fraunhofer": after a particle the last word is a place or title.
    if (/^\p{Ll}/u.test(pieces[pieces.length - 2]!)) continue;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(last) || model.firstNames.has(last) || model.personTitles.has(last) || model.orgHeads.has(last) || model.locationCues.has(last) || model.legalForms.has(last)) continue;
    const f = view.fold(last);
    if (model.common.has(f) || model.lower.has(f) || model.derivations.has(f)) continue;
    // A surname that is also a listed place, organisation or work (Wine, Aragon) is left to that entry.
    const other = model.names.get(f);
    if (other && other.some((h) => model.entries.type(h.entry) !== 'PER' && !model.entries.weak(h.entry))) continue;
    index!.set(f, index!.has(f) && index!.get(f) !== i ? -1 : i);
  }
  INDEX.set(model, index);
  return index;
}

/**
 * A bare surname of a listed person ("sagte Köhler", "Madoffs Anwälte") is a
 * person: linked when one entry carries the surname, document-local otherwise.
 * Weaker than any full gazetteer name, so a town or company of the same
 * spelling (Hagen, Porsche) wins the overlap.
 */
export function findSurnameMentions(view: DocView): Mention[] {
  const { tokens } = view.doc;
  const index = surnameIndex(view);
  const out: Mention[] = [];
  // A word known to be no surname (surname -2, flagged on the word) is skipped without loading its facts.
  const flags = view.flags;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.parts) continue;
    const tp = view.tokenPiece[i]!;
    if (flags !== undefined && (flags[tp]! & WORD_NONE_SURNAME) !== 0) continue;
    // Asked once per written form (the answer depends only on the word and the model).
    const info = view.pieces[tp]!.info as WordFacts;
    if (info.surname === -3) {
      info.surname = -2;
      if (/^\p{Lu}\p{Ll}/u.test(t.text)) {
        const f = info.f;
        let e = index.get(f);
        if (e === undefined && f.length > 4 && f.endsWith('s')) {
          e = index.get(f.slice(0, -1));
          info.surnameGenitive = e !== undefined;
        }
        if (e !== undefined) info.surname = e;
      }
      if (info.surname === -2) info.gazFlags |= WORD_NONE_SURNAME;
    }
    if (info.surname === -2) continue;
    // A surname spelt like an English word among English words is the word ("Black or White", "Forever Young").
    if (view.model.english.has(info.f) && (isEnglishNeighbour(view, i - 1) || isEnglishNeighbour(view, i + 1))) continue;
    const entry = info.surname;
    const genitive = info.surnameGenitive;
    const prev = tokens[i - 1];
    if (prev && DETERMINERS.has(prev.text) && prev.sentence === t.sentence) continue;
    // A surname alone stands between lower-case words or punctuation; next to another capitalised
    // word it is part of a longer name or title ("Angry Young Men", "Bilfinger Berger", "Rock & Pop").
    const next = tokens[i + 1];
    // An unlisted first name before a listed surname: "Sigismund Krause", "Volkbert Keßler".
    const pi = i - 1;
    if (prev && glued(prev, t) && !glued(next, t) && !genitive && prev.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && isNameLike(view, pi) && !isNounCompound(view, pi) && !view.model.names.has(view.pieces[view.tokenPiece[pi]!]!.f)) {
      // Further first names before it belong to the person ("Johann Wilhelm Krause").
      let s = pi;
      while (s > 0 && tokens[s - 1]!.sentence === t.sentence && isFirstName(view.model, tokens[s - 1]!.text)) s--;
      // One more unknown name word before belongs to it too ("Hagar Shmoulefeld Finer").
      if (s === pi && s > 1 && tokens[s - 1]!.sentence === t.sentence && /^\p{Lu}\p{Ll}+$/u.test(tokens[s - 1]!.text) && isNameLike(view, s - 1) && !isNounCompound(view, s - 1) && !view.model.names.has(view.pieces[view.tokenPiece[s - 1]!]!.f) && !isSentenceInitial(view, s - 1)) s--;
      // Any other capitalised word before is a noun (a role: "Trainer Quendolin Krause") or a
      // function word at a sentence start ("Als Quendolin Krause …"); a name word there makes
      // the boundary unclear.
      const before = tokens[s - 1];
      const unclear = before !== undefined && glued(before, t) && isNameLike(view, s - 1);
      if (!unclear && !DETERMINERS.has(before?.text ?? '')) {
        const first = tokens[s]!;
        out.push({
          startToken: s, endToken: i + 1, start: first.start, end: t.end, type: 'PER', kind: 'name', score: 0.6, source: 'gazetteer', coverage: i + 1 - s,
          evidence: view.explain ? [`gazetteer: "${t.text}" is the surname of a listed person, "${view.doc.text.slice(first.start, prev.end)}" a name before it`] : [],
          docId: 'doc:per:', canonical: view.doc.text.slice(first.start, t.end),
        });
      }
      continue;
    }
    // A role word before the surname is no longer name: "Parteikollege McCain", "Trainer Klopp".
    const afterRole = prev !== undefined && prev.kind === 'word' && isRoleWord(view.model, prev.text);
    if ((glued(prev, t) && !isSentenceInitial(view, i) && !afterRole) || (glued(next, t) && !genitive) || (next?.text === '-' || next?.text === '‐')) continue;
    const linked = entry >= 0;
    const canonical = linked ? view.model.entries.canonical(entry) : undefined;
    out.push({
      startToken: i,
      endToken: i + 1,
      start: t.start,
      end: t.end,
      type: 'PER',
      kind: 'name',
      entry: linked ? entry : undefined,
      score: linked ? 0.6 : 0.55,
      source: 'gazetteer',
      coverage: 1,
      evidence: view.explain ? [`gazetteer: surname of ${linked ? canonical : 'several listed persons'}${genitive ? '; genitive ending' : ''}`] : [],
      ...(linked ? {} : { docId: 'doc:per:', canonical: genitive ? t.text.slice(0, -1) : t.text }),
    });
  }
  return out;
}

/** A capitalised word, "&" or a foreign article next to token t in its sentence: t is glued to it
 *  (a module function, not a closure in the token loop, which would cost an allocation per token). */
function glued(n: Token | undefined, t: Token): boolean {
  return n !== undefined && n.sentence === t.sentence && ((n.kind === 'word' && /^\p{Lu}/u.test(n.text) && !DETERMINERS.has(n.text)) || n.text === '&' || FOREIGN_ARTICLES.has(n.text));
}

/** Short English function words (the list in english-words.txt starts at three letters). */
const ENGLISH_SHORT = new Set(['or', 'of', 'on', 'in', 'to', 'is', 'at', 'my', 'me', 'we', 'be', 'by', 'it', 'an', 'and', 'the', 'for', 'you']);

function isEnglishNeighbour(view: DocView, k: number): boolean {
  const t = view.doc.tokens[k];
  if (!t || t.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  return ENGLISH_SHORT.has(w) || (view.model.english.has(w) && !view.model.common.has(w) && !view.model.lower.has(w));
}
