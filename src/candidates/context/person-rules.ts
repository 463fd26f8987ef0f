import type { DocView, Mention } from '../types.js';
import { TRIGGER } from './trigger-bits.js';
import type { Model } from '../../model/types.js';
import type { WordFacts } from '../../model/word-info.js';
import { DETERMINERS, contextMention, isFirstName, isGenitiveRoleWord, isInitial, isSurnameAfterRole, isNameLike, isNounCompound, isRoleWord, isSentenceInitial, personNameEnd } from './words.js';

/** Verbs of saying that introduce or follow a speaker ("sagte Müller", "Müller sagte"). */
const SPEECH = new Set(['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'sagten', 'fügte', 'kritisierte', 'warnte', 'forderte', 'teilte', 'berichtete', 'schrieb', 'so', 'erzählt', 'erzählte', 'ergänzt', 'ergänzte', 'glaubt', 'glaubte', 'findet', 'fand', 'weiß', 'schätzt', 'schätzte', 'sagen', 'räumt', 'räumte', 'versichert', 'versicherte', 'bestätigt', 'bestätigte', 'erinnert', 'erinnerte', 'berichtet', 'schreibt', 'hofft', 'hoffte', 'fragt', 'fragte', 'kommentiert', 'kommentierte', 'bilanziert', 'bilanzierte', 'resümiert', 'resümierte']);

/** Personal pronouns: after a finite verb they are its subject (verb-second inversion). */
const PRONOUNS = new Set(['er', 'sie', 'es', 'ich', 'wir', 'ihr', 'man', 'du']);

/** Subordinating conjunctions: a bare name right after one is the subject of its clause. */
const CLAUSE_OPENERS = new Set(['dass', 'weil', 'obwohl', 'nachdem', 'bevor', 'damit', 'sodass', 'falls', 'sobald', 'solange', 'ob', 'wenn']);

/** Words that follow a clause's subject before the object (dass Madoff sich …, weil Walzer nicht …, dass Arcadelt in Florenz lebte). */
const CLAUSE_FOLLOWERS = new Set(['sich', 'nicht', 'nie', 'ihn', 'ihm', 'ihr', 'sie', 'es', 'uns', 'mich', 'dir', 'mir', 'damals', 'heute', 'gestern', 'morgen', 'selbst', 'allein']);

/** Sentence-initial words after which the subject comes first: "Doch Bermúdez wurde …". */
const SENTENCE_OPENERS = new Set(['Und', 'Aber', 'Doch', 'Denn', 'Oder', 'Auch', 'Selbst', 'Sogar', 'Nur']);

/** Words after which a clause's subject follows directly. */
const SUBORDINATORS = new Set(['und', 'dass', 'weil', 'als', 'ob', 'wenn', 'während', 'nachdem', 'bevor', 'obwohl', 'sondern', 'aber', 'denn', 'wie', 'wo']);

/** Frequent finite verbs in third person singular (a person is one subject): a bare unknown name right before one is its subject ("Kolb war …"). */
const FINITE_VERBS = new Set([
  'ist', 'war', 'hat', 'hatte', 'wird', 'wurde', 'kann', 'konnte', 'muss', 'musste',
  'soll', 'sollte', 'will', 'wollte', 'darf', 'durfte', 'mag', 'kam', 'kommt', 'ging', 'geht', 'gab', 'gibt', 'sagte', 'sagt', 'erklärte',
  'stellte', 'stellt', 'schied', 'spielte', 'spielt', 'gewann', 'verlor', 'starb', 'lebte', 'lebt', 'arbeitete', 'arbeitet', 'schrieb',
  'schreibt', 'studierte', 'wechselte', 'trat', 'tritt', 'blieb', 'bleibt', 'erhielt', 'erhält', 'übernahm', 'diente', 'gründete',
  'begann', 'beginnt', 'führte', 'führt', 'leitete', 'leitet', 'heiratete', 'zog', 'fand', 'findet', 'traf', 'trifft', 'sah', 'sieht',
  'weiß', 'wusste', 'meinte', 'meint', 'betonte', 'betont', 'forderte', 'fordert', 'kritisierte', 'kritisiert', 'warnte', 'warnt',
]);

/**
 * Persons nobody listed:
 *  - a known first name followed by name-like words (Alexander Matsegora);
 *  - a role before a name (Botschafter Matsegora, Polizeisprecherin Anna Beck),
 *    also across an apposition ("Russlands Botschafter in Nordkorea, Alexander Matsegora,");
 *  - a speaker after a verb of saying ("sagte Matsegora").
 */
export function findPersonMentions(view: DocView, bits: Uint32Array): Mention[] {
  const { tokens } = view.doc;
  const { model } = view;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The word tests below read the token's bits (triggers.ts): the same answers, once per written form.
    const b = bits[i]!;
    if (!(b & TRIGGER.person) && !((bits[i + 1] ?? 0) & TRIGGER.personNext)) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (b & TRIGGER.firstName) {
      // "7,4 Mio Euro": a first name right after a number (not a year: "1801 Robert …") is a unit or an abbreviation.
      if (tokens[i - 1]?.kind === 'num' && !/^\d{4}$/.test(tokens[i - 1]!.text)) continue;
      // A known currency, event or work after a first name is not its surname ("3,9 Mio CHF"); a town or company
      // name is, far more often than not (Uta Hagen, Rudolf Skoda).
      if (isKnownOtherName(view, i + 1)) continue;
      let end = personNameEnd(view, i + 1, 4, true, bits);
      // Surnames are often ordinary nouns (Max Herbst, Peter Stein, Lars Müller).
      // Also after a double first name (Fritz Rudolf Körper).
      if ((end === i + 1 || (end === i + 2 && bits[i + 1]! & TRIGGER.firstName)) && isSurnameSlot(view, end)) end++;
      if (end > i + 1) out.push(contextMention(view, i, end, 'PER', 0.75, 'first-name', `"${t.text}" is a known first name`));
      else if (isLoneFirstName(view, i)) out.push(contextMention(view, i, i + 1, 'PER', 0.5, 'first-name', `"${t.text}" alone is a known first name`));
      continue;
    }
    // An initial before a surname: "W. Müller".
    if (isInitial(t) && isNameLike(view, i + 1) && tokens[i + 1]!.sentence === t.sentence) {
      const end = personNameEnd(view, i + 1, 2, false, bits);
      out.push(contextMention(view, i, end, 'PER', 0.6, 'initial', `initial "${t.text}" before a name`));
      continue;
    }
    // A role word, also in the genitive after "des" ("des Trainers X").
    if (b & TRIGGER.role || (b & TRIGGER.genitiveRole && tokens[i - 1]?.text === 'des')) {
      let j = i + 1;
      // Apposition: up to four words ("in Nordkorea"), then a comma, then the name.
      for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
        if (tokens[k]!.text === ',') { j = k + 1; break; }
        if (tokens[k]!.kind === 'punct') break;
      }
      for (const start of j === i + 1 ? [j] : [i + 1, j]) {
        // isFirstName('') is false, as are the bits past the last token.
        const begin = (bits[start] ?? 0) & TRIGGER.firstName ? start + 1 : start;
        // "der CSU-Politiker Straubinger": a place's -er word right after the role is the surname.
        if (start === i + 1 && isSurnameAfterRole(view, start)) {
          out.push(contextMention(view, start, start + 1, 'PER', 0.8, 'role', `after the role word "${t.text}"`));
          break;
        }
        if (begin === start && (!isNameLike(view, start) || isNounCompound(view, start))) continue;
        const end = personNameEnd(view, begin, 4, false, bits);
        if (end > start) { out.push(contextMention(view, start, end, 'PER', 0.85, 'role', `after the role word "${t.text}"`)); break; }
      }
      continue;
    }
    // "der Brasilianer Quenildo", "des Esten Rahn": an inhabitant noun after an article, then the name.
    if (b & TRIGGER.inhabitant && ARTICLES.has(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.sentence === t.sentence) {
      const start = i + 1;
      // info.hits is model.names.get(f) (once per word): defined exactly when model.names.has(f). The start
      // token exists (its sentence was read above), so its piece does.
      const known = (k: number) => view.pieces[view.tokenPiece[k]!]!.info.hits !== undefined;
      if (tokens[start]!.kind === 'word' && !tokens[start]!.parts && (model.firstNames.has(tokens[start]!.text) || (isNameLike(view, start) && !isNounCompound(view, start) && !known(start)))) {
        const end = personNameEnd(view, model.firstNames.has(tokens[start]!.text) ? start + 1 : start, 4, false, bits);
        if (end > start) out.push(contextMention(view, start, end, 'PER', 0.7, 'role', `after the inhabitant noun "${t.text}"`));
      }
      continue;
    }
    if (b & TRIGGER.speech && isNameLike(view, i + 1) && !isNounCompound(view, i + 1)) {
      const end = personNameEnd(view, i + 1, 2, false, bits);
      const next = tokens[end];
      // "sagte Müller." / "sagte Müller," / "sagte Müller der …": the name ends the clause.
      if (!next || next.kind === 'punct' || /^[a-zäöü]/.test(next.text)) {
        out.push(contextMention(view, i + 1, end, 'PER', 0.6, 'speaker', `speaker after "${t.text}"`));
      }
      continue;
    }
    // "Kolb war seit 1986 …", "…, dass Angermayer diente": a bare unknown name as the subject of a finite verb.
    const next = tokens[i + 1];
    if (next && bits[i + 1]! & TRIGGER.personNext && next.sentence === t.sentence && b & TRIGGER.capitalised && /^\p{Lu}\p{Ll}/u.test(t.text) && isNameLike(view, i) && !isNounCompound(view, i)) {
      const prev = tokens[i - 1];
      // "Kreideweiss soll er gewesen sein": a pronoun after the verb is the subject; the first word is not.
      if (PRONOUNS.has(tokens[i + 2]?.text ?? '')) continue;
      // Also after a sentence-initial conjunction or focus particle: "Doch Bermúdez wurde …", "Auch Geillis hat …".
      const bare = isSentenceInitial(view, i) || (prev !== undefined && (prev.kind === 'punct' || SUBORDINATORS.has(prev.text) || (isSentenceInitial(view, i - 1) && SENTENCE_OPENERS.has(prev.text))));
      if (bare) out.push(subjectMention(view, i, 0.5, `bare name as the subject of "${next.text}"`));
    }
  }
  return out;
}

/** The word after a first name can be a surname that is also a noun, but not a
 *  function word, verb form, role or a new clause. */
function isSurnameSlot(view: DocView, k: number): boolean {
  const t = view.doc.tokens[k];
  if (!t || t.kind !== 'word' || t.sentence !== view.doc.tokens[k - 1]!.sentence || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  const m = view.model;
  const piece = view.pieces[view.tokenPiece[k]!]!;
  const f = piece.f;
  // A known name after a first name stops the person unless it is an ambiguous or bulk one (Peter Stein).
  // (A piece's info.hits is model.names.get(piece.f), looked up once per word.)
  const hits = piece.info.hits;
  if (hits && hits.some((h) => !h.rule && !m.entries.weak(h.entry))) return false;
  if (DETERMINERS.has(t.text) || m.personTitles.has(t.text) || m.orgHeads.has(t.text)) return false;
  // Mid-sentence, a capitalised adjective or adverb is a name (Joachim Fest, Edgar Jung, Anna Schwarz) —
  // but not a function word that starts a new clause in a headline.
  if (m.lower.has(f) && (f.length < 4 || SLOT_FUNCTION_WORDS.has(f))) return false;
  // Inhabitant nouns are frequent surnames (Stefan Schwabe, Christiane Holländer); adjectives are not.
  const d = m.derivations.get(f);
  return d === undefined || d.form === 'inh';
}

/** Capitalised function words that can follow a first name at a clause boundary. */
const SLOT_FUNCTION_WORDS = new Set(['aber', 'auch', 'dann', 'doch', 'denn', 'noch', 'nach', 'nun', 'sonst', 'sowie', 'sowohl', 'weder', 'oder', 'wenn', 'weil', 'dass', 'ohne', 'unter', 'ueber', 'gegen', 'durch', 'fuer', 'bald', 'heute', 'hier', 'dort', 'jetzt', 'immer', 'schon', 'sehr', 'gern', 'allein', 'selbst', 'zwar', 'etwa']);

/** A known MISC name (currency, event, work), not ambiguous. */
function isKnownOtherName(view: DocView, k: number): boolean {
  const t = view.doc.tokens[k];
  if (!t || t.kind !== 'word' || t.parts) return false;
  const m = view.model;
  const hits = view.pieces[view.tokenPiece[k]!]!.info.hits;
  return hits !== undefined && hits.every((h) => m.entries.type(h.entry) === 'MISC') && hits.some((h) => !h.rule && !m.entries.weak(h.entry));
}


/** A first name standing alone is a person only mid-sentence and not after an
 *  article ("der Earl", "einer Tom") or when it is also a function word (Davon). */
function isLoneFirstName(view: DocView, i: number): boolean {
  const m = view.model;
  // An English word alone (Line, Royal, Will) is a first name too rarely.
  // The four set tests depend on the piece's folded form f only: kept on its word info (pieces' info is WordFacts).
  // (info.hits is model.names.get(f), read once per word: defined exactly when model.names.has(f).)
  const info = view.pieces[view.tokenPiece[i]!]!.info as WordFacts;
  if (info.knownWord < 0) {
    const f = info.f;
    info.knownWord = info.hits !== undefined || m.lower.has(f) || m.common.has(f) || m.english.has(f) ? 1 : 0;
  }
  if (info.knownWord === 1) return false;
  const next = view.doc.tokens[i + 1];
  // At a sentence start only before a finite verb: "Judith hat sich getraut", "Antoine stellt ihn".
  if (isSentenceInitial(view, i)) return next !== undefined && next.sentence === view.doc.tokens[i]!.sentence && (FINITE_VERBS.has(next.text) || V2_VERBS.has(next.text) || /^\p{Ll}+t$/u.test(next.text));
  const prev = view.doc.tokens[i - 1];
  // After another unknown name word it ends a longer name ("Mærsk Line", "G-A-G Line").
  if (prev && prev.sentence === view.doc.tokens[i]!.sentence && isNameLike(view, i - 1) && !isSentenceInitial(view, i - 1)) return false;
  return !prev || !DETERMINERS.has(prev.text);
}

/** The person rules' bits of a word `w` folded to `f` (see triggers.ts): the word facts they test,
 *  `person` when the word can start a rule, `personNext` when it lets the word before it start one. */
export function personWordBits(model: Model, w: string, f: string): number {
  let b = 0;
  if (isFirstName(model, w)) b |= TRIGGER.firstName;
  if (isRoleWord(model, w)) b |= TRIGGER.role;
  if (isGenitiveRoleWord(model, w)) b |= TRIGGER.genitiveRole;
  if (SPEECH.has(w)) b |= TRIGGER.speech;
  if (isInhabitantNoun(model, w, f)) b |= TRIGGER.inhabitant;
  if (b !== 0 || /^\p{Lu}\.$/u.test(w)) b |= TRIGGER.person;
  if (FINITE_VERBS.has(w)) b |= TRIGGER.personNext;
  if (endsInSingleS(w) && !model.firstNames.has(w) && model.firstNames.has(w.slice(0, -1))) b |= TRIGGER.genitiveFirstName;
  if (FINITE_VERBS.has(w) || V2_VERBS.has(w)) b |= TRIGGER.verb;
  if (MIDDLE_ADVERBS.has(w)) b |= TRIGGER.middleAdverb;
  if (CLAUSE_OPENERS.has(w)) b |= TRIGGER.clauseOpener;
  if (endsInSingleS(f)) b |= TRIGGER.foldedGenitiveS;
  return b;
}

/** Singular articles before an inhabitant noun ("der Brasilianer X"); "die Hamburger Towers" is a team. */
const ARTICLES = new Set(['der', 'des', 'dem', 'Der', 'Des', 'Dem', 'ein', 'eines', 'einem', 'Ein']);

/** An inhabitant noun of a listed place (Brasilianer, Esten, Franzosen); `f` is fold(w). */
function isInhabitantNoun(model: Model, w: string, f: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(w)) return false;
  return model.derivations.get(f)?.form === 'inh';
}

/** Frequent news verbs (third person singular, present and past) that put the subject after them. */
const V2_VERBS = new Set([
  'erreichte', 'erreicht', 'beendete', 'beendet', 'stieg', 'steigt', 'führte', 'holte', 'holt', 'schoss', 'schießt', 'traf', 'erzielte',
  'erzielt', 'vergab', 'vergibt', 'verpasste', 'rettete', 'bestätigte', 'bestätigt', 'betonte', 'erklärte', 'sagte', 'meinte', 'erwartet',
  'erwartete', 'fordert', 'forderte', 'kündigte', 'verkündete', 'berichtete', 'schreibt', 'schrieb', 'komponierte', 'gründete', 'leitete',
  'entdeckte', 'erfand', 'malte', 'drehte', 'spielte', 'sang', 'gewann', 'verlor', 'besiegte', 'wechselte', 'heiratete', 'starb', 'verließ',
  'übernahm', 'bekam', 'erhielt', 'gab', 'nahm', 'lebte', 'wohnte', 'arbeitete', 'studierte', 'unterrichtete', 'bezeichnete', 'nannte',
]);

/** Adverbs that may stand between a verb and its subject ("vergab aber Börner"). */
const MIDDLE_ADVERBS = new Set(['auch', 'aber', 'dann', 'nun', 'jedoch', 'schließlich', 'zudem', 'erneut', 'sogar', 'bereits', 'noch', 'erst', 'nur', 'wieder', 'dort', 'damals']);

/**
 * Two word-order cues German gives for names no rule above catches:
 *  - verb-second order: a finite verb (past tense in -te, or a frequent form),
 *    optionally an adverb, then a bare name-like word as the subject
 *    ("stieg Spies mit …", "erwartet auch Heinze");
 *  - the possessive genitive: a bare name-like word in -s right before a
 *    capitalised noun ("Kádárs Werke", "Hardeknuts Halbbruder") — ordinary nouns
 *    take an article there.
 */
export function findWordOrderPersons(view: DocView, bits: Uint32Array): Mention[] {
  const { tokens } = view.doc;
  const { model } = view;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Every cue below needs a capitalised word (/^\p{Lu}\p{Ll}/ or isNameLike, which tests /^\p{Lu}/ on the
    // token's text) or a genitive first name: the token's bits rule the other two thirds out unread.
    const b = bits[i]!;
    if (!(b & (TRIGGER.capitalised | TRIGGER.genitiveFirstName))) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // A first name in the genitive before a noun, also at a sentence start: "Melanies Eltern".
    const nx = tokens[i + 1];
    // The genitiveFirstName bit is /[^s]s$/, no first name, a first name without the -s; info.hits is model.names.get(f), memoised.
    if (b & TRIGGER.genitiveFirstName && view.pieces[view.tokenPiece[i]!]!.info.hits === undefined && !model.lower.has(view.pieces[view.tokenPiece[i]!]!.f) && !model.common.has(view.pieces[view.tokenPiece[i]!]!.f) && nx && nx.kind === 'word' && nx.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(nx.text) && model.common.has(view.pieces[view.tokenPiece[i + 1]!]!.f) && !DETERMINERS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) {
      out.push(contextMention(view, i, i + 1, 'PER', 0.6, 'genitive', `first name in the possessive genitive before "${nx.text}"`));
      continue;
    }
    // "Trebuschat (45) wurde festgenommen", "Quandtmeier, der Bürgermeister von X, …": an age in
    // brackets or an apposition with a role right after an unknown name (also at a sentence start).
    // The bracket or comma is tested first: this runs on every token.
    // The bits of the next token say whether it is "(" or "," (none past the last token).
    if ((bits[i + 1] ?? 0) & (TRIGGER.paren | TRIGGER.comma) && !t.parts && /^\p{Lu}\p{Ll}/u.test(t.text) && isNameLike(view, i) && !isNounCompound(view, i) && view.pieces[view.tokenPiece[i]!]!.info.hits === undefined) {
      const why = ageInBrackets(view, i + 1) ? 'an age in brackets after the name' : roleApposition(view, i + 1) ? 'an apposition with a role after the name' : undefined;
      if (why) {
        // One more unknown name word before it belongs to the person ("Hagar Shmoulefeld (23)").
        const p = tokens[i - 1];
        const start = p && p.sentence === t.sentence && (bits[i - 1]! & TRIGGER.firstName || (isNameLike(view, i - 1) && !isNounCompound(view, i - 1) && view.pieces[view.tokenPiece[i - 1]!]!.info.hits === undefined)) ? i - 1 : i;
        out.push(contextMention(view, start, i + 1, 'PER', 0.6, 'apposition', why));
        continue;
      }
    }
    if (i === 0) continue;
    // The three cues below need a verb or adverb before the word, a conjunction before it, or a genitive -s
    // on its folded form: test these (bits of the word before, of the word itself) before the word lookups.
    // A plain token's piece f is fold(text), whose -s the foldedGenitiveS bit holds; a hyphenated one's is its first part's.
    const pb = bits[i - 1]!;
    const genitiveS = t.parts ? endsInSingleS(view.pieces[view.tokenPiece[i]!]!.f) : (b & TRIGGER.foldedGenitiveS) !== 0;
    if (!(pb & (TRIGGER.verb | TRIGGER.middleAdverb | TRIGGER.clauseOpener)) && !genitiveS) continue;
    if (!isNameLike(view, i) || isNounCompound(view, i) || isSentenceInitial(view, i)) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    if (prev.sentence !== t.sentence) continue;
    let verb = prev;
    let verbBits = pb;
    if (pb & TRIGGER.middleAdverb && i >= 2 && tokens[i - 2]!.sentence === t.sentence) {
      verb = tokens[i - 2]!;
      verbBits = bits[i - 2]!;
    }
    // Only known finite forms: a word in -te is as often a declined adjective ("die letzte Etappe").
    const finite = verb.kind === 'word' && (verbBits & TRIGGER.verb) !== 0;
    const clauseEnd = !next || next.kind === 'punct' || /^\p{Ll}/u.test(next.text);
    if (finite && clauseEnd && !model.firstNames.has(t.text)) {
      out.push(subjectMention(view, i, 0.5, `bare name after the verb "${verb.text}"`));
      continue;
    }
    // "…, dass Madoff den Rest …", "weil Walzer auch …": a bare unknown name right after a
    // subordinating conjunction is the clause's subject (a noun there takes an article).
    if (pb & TRIGGER.clauseOpener && next && next.sentence === t.sentence && (DETERMINERS.has(next.text) || MIDDLE_ADVERBS.has(next.text) || CLAUSE_FOLLOWERS.has(next.text)) && /^\p{Lu}\p{Ll}/u.test(t.text) && !/(en|er|e)$/.test(t.text) && !model.firstNames.has(t.text) && view.pieces[view.tokenPiece[i]!]!.info.hits === undefined) {
      out.push(subjectMention(view, i, 0.45, `bare name as the subject after "${prev.text}"`));
      continue;
    }
    const f = view.pieces[view.tokenPiece[i]!]!.f;
    if (endsInSingleS(f) && next && next.kind === 'word' && next.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(next.text) && model.common.has(view.pieces[view.tokenPiece[i + 1]!]!.f) && !DETERMINERS.has(prev.text.toLowerCase())) {
      out.push(contextMention(view, i, i + 1, 'PER', 0.5, 'genitive', `name in the possessive genitive before "${next.text}"`));
    }
  }
  return out;
}


/** Same as /[^s]s$/.test(w): ends in an "s" after another character that is not one. */
function endsInSingleS(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115;
}

/** Endings that mark a German town rather than a surname (Pfrondorf, Holungen); -hausen, -heim, -stedt end
 *  surnames too (Stockhausen, Oppenheim, Lindstedt), so they are left out: a subset of place-rules' PLACE_ENDINGS. */
const TOWN_ENDINGS = /(dorf|ingen|rode|kirchen|leben|büttel)$/;

/** A bare name as a clause's subject: a person, or a town when its ending says so ("1919 wurde Pfrondorf …"). */
function subjectMention(view: DocView, i: number, score: number, why: string): Mention {
  const w = view.doc.tokens[i]!.text;
  const town = w.length > 6 && TOWN_ENDINGS.test(w);
  return contextMention(view, i, i + 1, town ? 'LOC' : 'PER', score, 'subject', town ? `${why}; a town's ending "-${TOWN_ENDINGS.exec(w)![1]}"` : why);
}

/** "(45)": a person's age in brackets, right at token `k`. */
function ageInBrackets(view: DocView, k: number): boolean {
  const { tokens } = view.doc;
  const n = tokens[k + 1];
  return tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && n !== undefined && /^\d{1,3}$/.test(n.text) && Number(n.text) >= 1 && Number(n.text) <= 110;
}

/** ", der Bürgermeister …", ", eine Sprecherin …": an apposition with a role word, right at token `k`. */
function roleApposition(view: DocView, k: number): boolean {
  const { tokens } = view.doc;
  const a = tokens[k + 1];
  const r = tokens[k + 2];
  return tokens[k]?.text === ',' && a !== undefined && APPOSITION_ARTICLES.has(a.text) && r !== undefined && r.kind === 'word' && r.sentence === a.sentence && isRoleWord(view.model, r.text);
}

const APPOSITION_ARTICLES = new Set(['der', 'die', 'ein', 'eine', 'seit']);
