import type { DocView, Mention } from '../types.js';
import { TRIGGER } from './trigger-bits.js';
import type { Token } from '../../tokenize/types.js';
import { contextMention, isNameLike, isNounCompound, tokenFold } from './words.js';

const OPENERS = new Map<string, string>([['„', '“'], ['"', '"'], ['»', '«'], ['«', '»'], ['‚', '‘'], ['“', '”']]);
const MAX_TITLE_TOKENS = 8;
/** The title rule's bit of a word (see triggers.ts). */
export function titleWordBits(w: string): number {
  let b = 0;
  if (OPENERS.has(w)) b |= TRIGGER.quoteOpener;
  if (isWorkNoun(w)) b |= TRIGGER.workNoun;
  if (ORG_NOUNS.test(w)) b |= TRIGGER.orgNoun;
  return b;
}

/** Nouns that announce a work title: der Film „…“, das Album „…“. */
const WORK_NOUNS = /^(Film|Kinofilm|Spielfilm|Dokumentarfilm|Serie|Fernsehserie|Sendung|Show|Buch|Roman|Erzählung|Gedicht|Band|Album|Single|Song|Lied|Titel|Hit|Oper|Operette|Musical|Stück|Theaterstück|Ballett|Ausstellung|Zeitschrift|Magazin|Kolumne|Spiel|Videospiel|Computerspiel|Programm|Projekt|Kampagne|Aktion|Reihe|Sendereihe|Werk|Gemälde|Bild|Ouvertüre|Sinfonie|Symphonie|Komposition|Studie|Bericht|Podcast|Blog|Festival|Tournee)$/;

/** Nouns that announce an organisation's quoted name: die Zeitung „…“, die Firma „…“ (also in the genitive). */
const ORG_NOUNS = /^((Zeitung|Tageszeitung|Wochenzeitung|Zeitschrift|Magazin|Nachrichtenmagazin|Wochenmagazin|Blatt|Boulevardblatt|Firma|Unternehmen|Verein|Klub|Club|Sender|Fernsehsender|Radiosender|Label|Plattenlabel|Partei|Gruppierung|Organisation|Initiative|Bündnis|Bewegung|Kollektiv|Netzwerk)|\p{Lu}\p{Ll}+(zeitung|zeitschrift|magazin|initiative|bündnis|bewegung|verein|partei|netzwerk|gruppierung|organisation|kollektiv))(s|es|ses)?$/u;

/**
 * Titles of works in quotation marks (`MISC`): der Song „Keep It Together“,
 * das Buch „Das Parfum“. A quoted span is a title when a work noun announces
 * it, or when it is short, has no clause punctuation and every word is
 * capitalised or foreign — speech quotes („Wir kommen.“) are neither.
 */
export function findTitleMentions(view: DocView, bits: Uint32Array): Mention[] {
  const { tokens } = view.doc;
  const out: Mention[] = [];
  // No closure in this loop (it visits every token): the per-quote work is in quotedTitle.
  for (let i = 0; i + 2 < tokens.length; i++) {
    // The quoteOpener bit (once per written form) is OPENERS.has on the token's text.
    if (!(bits[i]! & TRIGGER.quoteOpener)) continue;
    const closer = OPENERS.get(tokens[i]!.text);
    if (!closer) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_TITLE_TOKENS + 1 && tokens[j]!.text !== closer && tokens[j]!.sentence === tokens[i]!.sentence) j++;
    if (j >= tokens.length || tokens[j]!.text !== closer || j === i + 1 || j - i > MAX_TITLE_TOKENS + 1) continue;
    const m = quotedTitle(view, bits, i, j);
    if (m) out.push(m);
    i = j;
  }
  return out;
}

/** Is `bit` set on the token d places before token i? (Before the first token there are no bits.) */
function bitBefore(bits: Uint32Array, i: number, d: number, bit: number): boolean {
  return ((bits[i - d] ?? 0) & bit) !== 0;
}

/** The title or organisation quoted between the quote marks at tokens i and j, if it is one. */
function quotedTitle(view: DocView, bits: Uint32Array, i: number, j: number): Mention | undefined {
  const { tokens } = view.doc;
  const { model } = view;
  // The quoted tokens are i + 1 … j - 1, read in place (no copy). A token's folded form is tokenFold:
  // view.fold(text) and the word info's f are both fold(text), so a plain token reads its piece's f.
  const from = i + 1;
  const len = j - from;
  const first = tokens[from]!.text;
  // A work noun may announce a title in lower case (die Sendereihe „oper kompakt“).
  // The noun tests read the bits of the words before the quote (isWorkNoun, ORG_NOUNS once per written
  // form); before the first token there are no bits, and neither test holds for the empty string.
  const upperStart = /^[\p{Lu}\d]/u.test(first);
  const lowerStartOk = !upperStart && (bitBefore(bits, i, 1, TRIGGER.workNoun) || bitBefore(bits, i, 2, TRIGGER.workNoun));
  if ((!upperStart && !lowerStartOk) || clausePunctuation(tokens, from, j)) return undefined;
  // GermEval counts newspapers, magazines and firms named in quotes as organisations.
  const byOrgNoun = bitBefore(bits, i, 1, TRIGGER.orgNoun) || bitBefore(bits, i, 2, TRIGGER.orgNoun);
  // Lower-case function words only in a short name right after the noun ("die Bürgerinitiative „Rettet den Lindenhain“").
  // Not a quoted sentence: "die Zeitung „Das ist nicht akzeptabel“".
  const shortRightAfter = bitBefore(bits, i, 1, TRIGGER.orgNoun) && len <= 5 && !SENTENCE_OPENING.has(first);
  if (byOrgNoun && (shortRightAfter || !someLowerWord(view, from, j))) {
    return contextMention(view, i + 1, j, 'ORG', 0.6, 'title', 'quoted name after an organisation noun (Zeitung, Magazin, Firma …)');
  }
  const announced = bitBefore(bits, i, 1, TRIGGER.workNoun) || bitBefore(bits, i, 2, TRIGGER.workNoun) || bitBefore(bits, i, 3, TRIGGER.workNoun);
  // One quoted word without a work noun is more often a term or nickname than a title.
  const oneOrdinaryWord = () => len === 1 && (model.common.has(tokenFold(view, from)) || model.lower.has(tokenFold(view, from)));
  // Without a work noun, at least one word must look like a name or a foreign word —
  // a quoted German noun („Gleichschaltung“, „Wehrhoheit“) is a term, not a title.
  // (The tests below are pure word tests, evaluated only as far as the condition needs them.)
  if ((announced || (len > 1 && titleLike(view, from, j) && distinctive(view, from, j) && !organisation(view, from, j))) && !oneOrdinaryWord()) {
    return contextMention(view, i + 1, j, 'MISC', announced ? 0.65 : 0.55, 'title', announced ? `quoted title after "${tokens[i - 1]?.text}"` : 'short quoted title');
  }
  return undefined;
}

/** Compound tails that make a word a work noun (Dokumentationssendung, Fernsehserien, Kinderbuch). */
const WORK_TAILS = /(film|filme|filmen|serie|serien|sendung|sendungen|sendereihe|reihe|buch|bücher|roman|romane|album|alben|single|singles|song|songs|lied|lieder|oper|musical|stück|stücke|ausstellung|zeitschrift|magazin|spiel|spiele|dokumentation|dokumentationen|doku|werk|werke|gemälde|studie|podcast|festival|tournee|hörspiel|theaterstück|komödie|tragödie|drama|krimi|thriller|novelle|gedicht|gedichte|titel)$/;

/** Compounds with a work tail that are no works: Mitglied, Beispiel, Grundstück, Kraftwerk. */
const NOT_WORKS = /(glied|glieder|beispiel|beispiele|grundstück|grundstücke|frühstück|(kraft|netz|hand|bau|feuer|stock|boll|uhr|berg|stahl|wasser|säge|walz|klär|ge|zucker|fahr)werke?)$/;

/** Words that open a quoted sentence rather than a name. */
const SENTENCE_OPENING = new Set(['Das', 'Der', 'Die', 'Es', 'Er', 'Sie', 'Wir', 'Ich', 'Ihr', 'Man', 'Dies', 'Dieser', 'Diese', 'Dieses', 'Hier', 'Da', 'So', 'Nein', 'Ja']);

function isWorkNoun(w: string): boolean {
  if (WORK_NOUNS.test(w)) return true;
  if (w.length <= 4 || !/^\p{Lu}/u.test(w)) return false;
  const lower = w.toLowerCase();
  return WORK_TAILS.test(lower) && !NOT_WORKS.test(lower);
}

/** Clause punctuation among tokens from … to - 1. */
function clausePunctuation(tokens: ReadonlyArray<Token>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'punct' && /^[.!?,;]$/.test(tokens[k]!.text)) return true;
  return false;
}

/** A lower-case ordinary word among tokens from … to - 1. */
function someLowerWord(view: DocView, from: number, to: number): boolean {
  const tokens = view.doc.tokens;
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text) && view.model.lower.has(tokenFold(view, k))) return true;
  return false;
}

/** Every word capitalised, a number, or not an ordinary or lower-case word. */
function titleLike(view: DocView, from: number, to: number): boolean {
  const tokens = view.doc.tokens;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || /^[\p{Lu}\d]/u.test(t.text)) continue;
    const f = tokenFold(view, k);
    if (view.model.lower.has(f) || view.model.common.has(f)) return false;
  }
  return true;
}

/** A name-like word that is no noun compound among tokens from … to - 1. */
function distinctive(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isNameLike(view, k) && !isNounCompound(view, k)) return true;
  return false;
}

/** An organisation head or legal form among tokens from … to - 1. */
function organisation(view: DocView, from: number, to: number): boolean {
  const tokens = view.doc.tokens;
  for (let k = from; k < to; k++) if (view.model.orgHeads.has(tokens[k]!.text) || view.model.legalForms.has(tokens[k]!.text)) return true;
  return false;
}
