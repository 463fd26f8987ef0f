import type { Token } from '../../tokenize/types.js';
import type { DocView, Mention } from '../types.js';
import { wordInfo, type WordFacts } from '../../model/word-info.js';
import type { EntityType } from '../../types.js';
import type { Model } from '../../model/types.js';
import { TRIGGER } from './trigger-bits.js';

/** Name particles allowed inside a person's name (Ursula von der Leyen). */
export const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'zu', 'ten', 'ter', 'vom', 'dos', 'das']);

/** Particles that are also articles or prepositions: inside a name only after another particle (von der Leyen, de la Matrona). */
const ARTICLE_PARTICLES = new Set(['der', 'den', 'das', 'dem', 'zu', 'vom', 'dos']);

/** Articles, determiners and article contractions: a noun follows them far more often than a name. */
export const DETERMINERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs', 'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jeder', 'jede', 'jedes', 'jeden', 'jedem', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere', 'mein', 'meine', 'Der', 'Die', 'Das', 'Ein', 'Eine', 'Im', 'Am', 'Keine', 'Kein']);

const ROLE_CACHE = new WeakMap<Model, Map<string, boolean>>();

/**
 * A role or title before a name: listed (Botschafter, Polizeisprecherin), the last
 * part of a hyphenated one (SPD-Chef) or a closed compound ending in a listed role
 * of four letters or more (Bäderleiter, Ölminister, Vereinssprecherin).
 */
export function isRoleWord(model: Model, w: string): boolean {
  if (model.personTitles.has(w)) return true;
  let cache = ROLE_CACHE.get(model);
  if (!cache) ROLE_CACHE.set(model, (cache = new Map()));
  let r = cache.get(w);
  if (r === undefined) {
    r = roleBase(model, w);
    // Weak declension: "dem Parteikollegen X", "den Präsidenten X" (Kollege → Kollegen, Präsident → Präsidenten).
    if (!r && w.length > 5 && w.endsWith('en')) {
      r = (/(ent|ant|ist|at|og|ot|et)en$/.test(w) && roleBase(model, w.slice(0, -2))) || roleBase(model, w.slice(0, -1));
    }
    if (cache.size > 50_000) cache.clear();
    cache.set(w, r);
  }
  return r;
}

/**
 * A role word in the genitive before a name: "des Trainers X", "des Bürgermeisters X".
 * Kept apart from isRoleWord: a genitive surname (Richters, Kaisers) stays name-like.
 */
export function isGenitiveRoleWord(model: Model, w: string): boolean {
  return w.length > 5 && w.endsWith('s') && !isRoleWord(model, w) && roleBase(model, w.slice(0, -1));
}

/** A listed role, or a compound or hyphenated word ending in one (Teamchef, Ex-Präsident). */
function roleBase(model: Model, w: string): boolean {
  if (model.personTitles.has(w)) return true;
  if (/[-‐‑]/.test(w)) return model.personTitles.has(w.split(/[-‐‑]/).pop()!);
  if (/^\p{Lu}\p{Ll}{6,}$/u.test(w)) {
    for (let k = 3; k <= w.length - 4; k++) {
      const tail = w[k]!.toUpperCase() + w.slice(k + 1);
      // Four-letter tails only as "-chef" (Teamchef): "Interlocking" holds no King.
      if ((tail.length >= 5 || tail === 'Chef') && model.personTitles.has(tail)) return true;
    }
  }
  return false;
}

/** A known first name, also hyphenated from first names (Karl-Heinz, Anna-Lena, Jean-François-Marie). */
export function isFirstName(model: Model, w: string): boolean {
  if (model.firstNames.has(w)) return true;
  if (w.length < 5 || !/^\p{Lu}[^-‐‑]+[-‐‑]\p{Lu}/u.test(w)) return false;
  const parts = w.split(/[-‐‑]/);
  return parts.length <= 3 && parts.every((p) => model.firstNames.has(p));
}

/**
 * An -er word derived from a place used as a surname: right after a role word and not
 * before a noun ("der CSU-Politiker Straubinger,"; but "Bürgermeister Berliner Bezirke").
 */
export function isSurnameAfterRole(view: DocView, i: number): boolean {
  const { tokens } = view.doc;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t || t.kind !== 'word' || t.parts || !/^\p{Lu}\p{Ll}+er$/u.test(t.text) || !view.model.derivations.has(view.pieces[view.tokenPiece[i]!]!.f) || !prev || prev.kind !== 'word' || prev.sentence !== t.sentence || !isRoleWord(view.model, prev.text)) return false;
  return !next || next.sentence !== t.sentence || !/^\p{Lu}/u.test(next.text);
}

/** Folded whole-token form. */
export function tokenFold(view: DocView, i: number): string {
  const t = view.doc.tokens[i]!;
  return t.parts ? view.fold(t.text) : view.pieces[view.tokenPiece[i]!]!.f;
}

export function isCapitalised(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** First token of its sentence (capitalised for grammar, not as a name). */
export function isSentenceInitial(view: DocView, i: number): boolean {
  const { tokens } = view.doc;
  const sentence = tokens[i]!.sentence;
  // Opening quotes, brackets and dashes before the word do not count (iterative: inputs may hold thousands).
  for (let k = i - 1; ; k--) {
    const prev = tokens[k];
    if (!prev || prev.sentence !== sentence) return true;
    if (!OPENING.test(prev.text)) return false;
  }
}

const OPENING = /^[„"»«‚'(–—:-]$/;

/** The word info of token `i`'s whole written form: a plain token's is its only piece's;
 *  a hyphenated token's is looked up for the whole form (its pieces carry the parts'). */
export function tokenInfo(view: DocView, i: number): WordFacts {
  const t = view.doc.tokens[i]!;
  // Pieces are built by createDocView from wordInfo, so their info is WordFacts.
  return t.parts ? wordInfo(view.model, t.text) : (view.pieces[view.tokenPiece[i]!]!.info as WordFacts);
}

/**
 * A capitalised word that is not an ordinary German word, not a derived
 * adjective or inhabitant noun, and not a role or organisation head: the
 * material unknown names are made of.
 */
export function isNameLike(view: DocView, i: number): boolean {
  const t = view.doc.tokens[i];
  if (!t || t.kind !== 'word' || t.abbr || t.text.length < 2) return false;
  // Cached on the word's info (one per written form and model): rules ask this many times per token.
  const info = tokenInfo(view, i);
  if (info.nameLike === undefined) info.nameLike = nameLikeWord(view, t.text, t.parts !== undefined);
  return info.nameLike;
}

function nameLikeWord(view: DocView, w: string, hyphenated: boolean): boolean {
  // Roman numerals (II, XII) number chapters and rulers; they are not names by themselves.
  if (!/^\p{Lu}/u.test(w) || /^[IVXLCDM]{2,}$/.test(w)) return false;
  const m = view.model;
  const f = view.fold(w);
  if (m.common.has(f) || m.lower.has(f) || m.derivations.has(f) || isRoleWord(m, w) || m.orgHeads.has(w)) return false;
  if (hyphenated && m.common.has(view.fold(w.slice(w.search(/[-\u2010\u2011][^-\u2010\u2011]*$/) + 1)))) return false;
  return !NOUN_SUFFIX.test(f) && !ADJECTIVE_SUFFIX.test(f);
}

/** Adjective and participle endings (erforderlich, einwilligungsfähig → -ig is left
 *  out: Ludwig, Leipzig); a capitalised adjective starts a sentence, not a name. */
const ADJECTIVE_SUFFIX = /(lich|isch|bar|sam|haft|los|voll|faehig)(e|er|es|en|em)?$|[a-z]end(e|er|es|en|em)$/;

/** True when the folded word ends in a productive noun suffix (Erklärung, Wahrheit, Querung). */
export function hasNounSuffix(f: string): boolean {
  return NOUN_SUFFIX.test(f);
}

/** Productive German noun suffixes: words ending so are ordinary nouns (Erklärung, Wahrheit). */
const NOUN_SUFFIX = /(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ismus|itaet|itaeten|nisse|tum|tuemer|chen|lein|ierung|logie|urgie|kratie|nomie|graphie|metrie|thek|theken)$/;

/** A compound of ordinary nouns (Telekomkonzernen = … + konzernen). */
export function isNounCompound(view: DocView, i: number, minTail = 5): boolean {
  // The answer depends only on the token's text, the tail length and the model: the two lengths
  // the rules use are memoised on the whole form's word info.
  if (minTail !== 5 && minTail !== 4) return nounCompoundWord(view, view.doc.tokens[i]!.text, minTail);
  const info = tokenInfo(view, i);
  if (minTail === 4) {
    if (info.nounCompound4 < 0) info.nounCompound4 = nounCompoundWord(view, view.doc.tokens[i]!.text, 4) ? 1 : 0;
    return info.nounCompound4 === 1;
  }
  if (info.nounCompound < 0) info.nounCompound = nounCompoundWord(view, view.doc.tokens[i]!.text, 5) ? 1 : 0;
  return info.nounCompound === 1;
}

function nounCompoundWord(view: DocView, word: string, minTail: number): boolean {
  const w = word.toLowerCase();
  // Tails of five letters or more by default: shorter ones (-mann, -berg, -hof) end surnames and towns too.
  for (let k = 3; k <= w.length - minTail; k++) {
    const tail = view.fold(w.slice(k));
    // Compounds end in a noun; a short function word as the tail is chance (Riederer ≠ Ri + derer).
    if (view.model.common.has(tail) || (tail.length >= 6 && view.model.lower.has(tail))) return true;
  }
  return false;
}


/** A mention found by a context rule, with a document-local id. */
export function contextMention(view: DocView, from: number, to: number, type: EntityType, score: number, rule: string, why: string): Mention {
  const tokens = view.doc.tokens;
  const text = view.doc.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  return {
    startToken: from,
    endToken: to,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    type,
    kind: 'name',
    score,
    source: 'context',
    coverage: to - from,
    evidence: view.explain ? [`context:${rule}: ${why}`] : [],
    docId: `doc:${type.toLowerCase()}:`,
    canonical: text,
  };
}

/** Arabic and Berber name particles written with a hyphen (al-Nuaimi, el-Sisi, bin-Laden). */
const HYPHEN_PARTICLE = /^(al|el|ad|as|asch|at|an|ibn|bin|ben|abu|abd)[-\u2010\u2011]\p{Lu}/u;

/** Titles of nobility that stand between first name and surname. */
const NOBLE_TITLES = new Set(['Graf', 'Gräfin', 'Freiherr', 'Freifrau', 'Freiin', 'Reichsfreiherr', 'Reichsgraf', 'Fürst', 'Fürstin', 'Prinz', 'Prinzessin', 'Ritter', 'Edler', 'Edle', 'Baron', 'Baronin', 'Herzog', 'Herzogin', 'Landgraf', 'Markgraf', 'Erbprinz', 'Erbgraf']);

/** A single capital initial with its full stop (R., G.). */
export function isInitial(t: Token | undefined): boolean {
  return t !== undefined && t.abbr === true && /^\p{Lu}\.$/u.test(t.text);
}

/**
 * Extends a person's name from token `i` over further name-like words and particles.
 * `afterFirstName`: token `i - 1` is a known first name, so particles and middle
 * initials may follow it at once (Giacomo della Porta, Robert R. Livingston), an
 * initial may end the name (Nico G.) and a regnal number closes it (Elisabeth II.).
 */
export function personNameEnd(view: DocView, i: number, max = 4, afterFirstName = false, bits?: Uint32Array): number {
  const tokens = view.doc.tokens;
  // The name continues the sentence of the word that announced it (first name, role, verb).
  const sentence = (tokens[i - 1] ?? tokens[i])?.sentence;
  const inside = (k: number) => afterFirstName || k > i;
  let end = i;
  let k = i;
  while (k < tokens.length && k - i < max) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    // The firstName bit of a token (triggers.ts) is isFirstName on its text.
    if (isNameLike(view, k) || (k > i && (bits ? (bits[k]! & TRIGGER.firstName) !== 0 : isFirstName(view.model, t.text)))) {
      end = k + 1;
      k++;
      // A possessive genitive ends the name: "Heidi Klums Modelsuche".
      if ((afterFirstName || k - 1 > i) && /[^s]s$/.test(t.text) && /^\p{Lu}/u.test(tokens[k]?.text ?? '')) break;
      continue;
    }
    if (inside(k) && end === k && HYPHEN_PARTICLE.test(t.text)) { end = k + 1; k++; continue; }
    if (inside(k) && PARTICLES.has(t.text) && !ARTICLE_PARTICLES.has(t.text) && isNameLike(view, k + 1)) { k++; continue; }
    if (inside(k) && PARTICLES.has(t.text) && PARTICLES.has(tokens[k + 1]?.text ?? '') && isNameLike(view, k + 2)) { k += 2; continue; }
    // Middle initials: John F. Kennedy.
    if (inside(k) && isInitial(t) && isNameLike(view, k + 1)) { k++; continue; }
    // A title of nobility inside the name: "Otto Graf Lambsdorff", "Franz Freiherr Gedult von Jungenfeld".
    if (inside(k) && NOBLE_TITLES.has(t.text) && (isNameLike(view, k + 1) || PARTICLES.has(tokens[k + 1]?.text ?? '')) && tokens[k + 1]?.sentence === sentence) { k++; continue; }
    // A final initial (Nico G.) right after the first name, unless a new sentence starts with the next word.
    if (afterFirstName && k === i && end === k && isInitial(t) && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) { end = k + 1; break; }
    break;
  }
  // Regnal numbers: Elisabeth II., Ludwig XIV.
  const r = tokens[end];
  if (afterFirstName && end > 0 && r && r.sentence === sentence && /^[IVX]{1,5}$/.test(r.text) && tokens[end + 1]?.text === '.' && tokens[end + 1]!.start === r.end) end += 2;
  return end;
}
