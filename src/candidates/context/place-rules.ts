import type { DocView, Mention } from '../types.js';
import { TRIGGER } from './trigger-bits.js';
import type { Model } from '../../model/types.js';
import { DETERMINERS, contextMention, isNameLike, isNounCompound, isSentenceInitial } from './words.js';

/** Prepositions that put a place after them ("in Greifswald", "nach Tschernihiw"). */
const PLACE_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'bei', 'nahe', 'nördlich', 'südlich', 'östlich', 'westlich', 'unweit']);
/** Prepositions before places and persons alike (von Helmarshausen, von Müller): only a place-name ending decides. */
const ENDING_ONLY_PREPOSITIONS = new Set(['von', 'über', 'ab', 'bis']);
/** Typical German place-name endings (Bergisch Gladbach, Ludwigshafen …). */
export const PLACE_ENDINGS = /(stadt|dorf|hausen|heim|burg|ingen|ungen|rode|feld|felde|hagen|kirchen|bach|berg|brück|brücken|furt|born|stedt|städt|leben|beck|büttel|werder|wald|hof|hafen|ow|itz|witz|au)$/;
/** Words right before a street's name: "am Willy-Brandt-Platz", "in der Goethe-Allee". */
export const STREET_BEFORE = new Set(['am', 'im', 'der', 'dem', 'den', 'zum', 'zur', 'vom', 'Am', 'Im']);
/** Words before a mountain's name, and the endings of mountains' names. */
const MOUNTAIN_BEFORE = new Set(['am', 'vom', 'zum', 'dem', 'den', 'Am', 'Vom', 'Zum']);
const MOUNTAIN_ENDINGS = /(berg|kopf|kogel|horn|spitze|stock|kamm|gipfel)$/;
/** Street names: single words ending in these are always names (Friedrichstraße). */
const STREET_ENDINGS = /(straße|strasse|str\.|gasse|allee|chaussee)$/;
/** These need a name before them (Karl-Marx-Platz, not Arbeitsplatz). */
const SQUARE_ENDINGS = /(platz|weg|damm|ring|ufer|markt|brücke|tor)$/;

/** Street and building nouns after an -er place adjective: Neuendorfer Straße, Frankfurter Hauptbahnhof. */
const STREET_NOUNS = new Set(['Straße', 'Strasse', 'Str.', 'Allee', 'Weg', 'Platz', 'Gasse', 'Ring', 'Damm', 'Chaussee', 'Ufer', 'Landstraße', 'Hauptbahnhof', 'Bahnhof', 'Flughafen', 'Hafen', 'Tor', 'Brücke']);
/** Road numbers: A 7, A1, B 96 (Autobahn, Bundesstraße). */
const ROAD = /^[AB]\d{1,3}$/;

/**
 * Places nobody listed:
 *  - after a place preposition, a name-like word with a typical place-name
 *    ending, or any name-like word followed by a clause boundary ("in Wolgast.");
 *  - street names (Friedrichstraße, Karl-Marx-Allee, Heinrich-Heine-Platz).
 */
export function findPlaceMentions(view: DocView, bits: Uint32Array): Mention[] {
  const { tokens } = view.doc;
  const { model } = view;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Each cue below first tests its word fact in the token's bits (placeWordBits: once per written form);
    // a word without the bit fails the cue's own word test, so the rest is not read.
    const b = bits[i]!;
    if (!(b & TRIGGER.place) && !((bits[i + 1] ?? 0) & TRIGGER.placeNext)) continue;
    const t = tokens[i]!;
    // Roads: "A 7", "A1", "Bundesstraße 216", "Autobahn 9".
    const next = tokens[i + 1];
    if (b & TRIGGER.road) {
      if ((t.text === 'A' || t.text === 'B' || t.text === 'Bundesstraße' || t.text === 'Autobahn') && next?.kind === 'num' && /^\d{1,3}$/.test(next.text) && next.start - t.end <= 1) {
        out.push(contextMention(view, i, i + 2, 'LOC', 0.65, 'road', 'road number'));
        continue;
      }
      if (ROAD.test(t.text) && (t.kind === 'word' || t.kind === 'num')) {
        const prev = tokens[i - 1];
        if (prev && /^(der|die|den|dem|auf|über|Autobahn|Autobahnen|Bundesstraße)$/.test(prev.text)) out.push(contextMention(view, i, i + 1, 'LOC', 0.6, 'road', 'road number'));
        continue;
      }
    }
    if (t.kind !== 'word') continue;
    // "St. Pauli", "St. Nikolauskapelle": a saint's name before a place or building.
    if (t.text === 'St.' && next && /^\p{Lu}\p{Ll}/u.test(next.text) && next.kind === 'word' && next.sentence === t.sentence) {
      out.push(contextMention(view, i, i + 2, 'LOC', 0.6, 'saint', 'saint\'s name (St.) before a place'));
      continue;
    }
    // "Neuendorfer Straße 90c", "Frankfurter Hauptbahnhof".
    if (next && bits[i + 1]! & TRIGGER.placeNext && /^\p{Lu}\p{Ll}+er$/u.test(t.text) && next.sentence === t.sentence) {
      let end = i + 2;
      const no = tokens[end];
      if (no && (no.kind === 'num' || /^\d{1,4}[a-z]?$/.test(no.text)) && /^\d{1,4}[a-z]?$/.test(no.text)) end++;
      out.push(contextMention(view, i, end, 'LOC', 0.65, 'street', `place adjective before "${next.text}"`));
      continue;
    }
    // "die Gemeinde Natenstedt", "in der Stadt Teirm", "Richtung Modrava": a place noun before a bare name.
    if (b & TRIGGER.locationCue && isNameLike(view, i + 1) && next!.sentence === t.sentence) {
      const after = tokens[i + 2];
      const single = !after || after.sentence !== t.sentence || after.kind !== 'word' || !/^\p{Lu}/u.test(after.text);
      if (single && !isNounCompound(view, i + 1) && !model.firstNames.has(next!.text) && !/^\p{Lu}+$/u.test(next!.text) && !/[^s]s$/.test(next!.text)) {
        out.push(contextMention(view, i + 1, i + 2, 'LOC', 0.6, 'place-noun', `name after the place noun "${t.text}"`));
        // A plural place noun introduces a list: "die Gemeinden Bedra und Braunsdorf", "die Dörfer A, B und C".
        let k = i + 2;
        while (/(en|er|e)$/.test(t.text) && (tokens[k]?.text === ',' || tokens[k]?.text === 'und') && tokens[k]!.sentence === t.sentence && isNameLike(view, k + 1) && !isNounCompound(view, k + 1) && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]!.text)) {
          const after2 = tokens[k + 2];
          if (after2 && after2.sentence === t.sentence && after2.kind === 'word' && /^\p{Lu}/u.test(after2.text)) break;
          out.push(contextMention(view, k + 1, k + 2, 'LOC', 0.55, 'place-noun', `listed after the place noun "${t.text}"`));
          k += 2;
        }
        continue;
      }
    }
    // At a sentence start the preposition is capitalised ("In Burgsteinfurt gibt es …").
    const prep = b & TRIGGER.placePreposition && /^\p{Lu}\p{Ll}+$/u.test(t.text) && isSentenceInitial(view, i) ? t.text.toLowerCase() : t.text;
    if (b & TRIGGER.placePreposition && (PLACE_PREPOSITIONS.has(prep) || ENDING_ONLY_PREPOSITIONS.has(prep)) && isNameLike(view, i + 1) && !isSentenceInitial(view, i + 1)) {
      const w = tokens[i + 1]!;
      const after = tokens[i + 2];
      const f = view.pieces[view.tokenPiece[i + 1]!]!.f;
      const ends = PLACE_ENDINGS.test(f) && f.length > 5;
      const boundary = !after || after.sentence !== w.sentence || after.kind === 'punct' || /^(und|oder|sowie|im|in|am|an|bei|zu)$/.test(after.text) || /^[a-zäöüß]/.test(after.text);
      // Without a place-name ending the word must not look like a German noun: no compound with a
      // known noun of four letters or more (Umlauf, Maßgabe), no plural/infinitive -en (Resten).
      // "bei X" as often names an employer or label (bei Sektenmuzik) as a place: only with a place-name ending.
      const plain = boundary && prep !== 'bei' && !ENDING_ONLY_PREPOSITIONS.has(prep) && !isNounCompound(view, i + 1, 4) && !/en$/.test(f);
      // At a sentence start "Nach Zuspiel …", "In Mathe …" open with a noun as often as with a town: only with a town's ending.
      const initialOk = prep === t.text || ends;
      if ((ends || plain) && initialOk && !model.firstNames.has(w.text) && !/^\p{Lu}+$/u.test(w.text)) {
        out.push(contextMention(view, i + 1, i + 2, 'LOC', ends ? 0.6 : 0.5, 'place-preposition', `name-like word after "${t.text}"${ends ? ' with a place-name ending' : ''}`));
      }
      continue;
    }
    // A mountain after a contraction or "dem": "am Stimberg", "zum Rierkogel", "dem Löhchenkopf".
    if (b & TRIGGER.mountainBefore && tokens[i + 1]?.sentence === t.sentence && isNameLike(view, i + 1) && !tokens[i + 1]!.parts) {
      const w = tokens[i + 1]!.text;
      // The part before the ending must not be an ordinary word ("Schuldenberg", "Hinterkopf", "Brückenkopf").
      const head = w.length > 6 ? w.slice(0, -(MOUNTAIN_ENDINGS.exec(w)?.[1]?.length ?? w.length)) : '';
      const fh = view.fold(head);
      const ordinaryHead = !head || model.common.has(fh) || model.lower.has(fh) || model.common.has(fh.replace(/(s|n|en|e)$/, ''));
      if (head.length >= 3 && !ordinaryHead && !isNounCompound(view, i + 1)) {
        out.push(contextMention(view, i + 1, i + 2, 'LOC', 0.6, 'place-words', `mountain name after "${t.text}"`));
        continue;
      }
    }
    if (b & TRIGGER.streetName) {
      const f = view.fold(t.text);
      if (model.common.has(f)) continue;
      if (STREET_ENDINGS.test(f)) {
        out.push(contextMention(view, i, i + 1, 'LOC', 0.7, 'street', 'street name'));
      } else if (t.parts && t.parts.length > 1 && SQUARE_ENDINGS.test(f)) {
        const firstPiece = view.pieces[view.tokenPiece[i]!]!;
        // Named after a person, in a street's context ("am Willy-Brandt-Platz", "Goethe-Weg 5"); "der China-Markt" is no street.
        const person = model.firstNames.has(firstPiece.text) || (model.names.get(firstPiece.f)?.some((h) => model.entries.type(h.entry) === 'PER') ?? false);
        const streetContext = STREET_BEFORE.has(tokens[i - 1]?.text ?? '') || tokens[i + 1]?.kind === 'num';
        if (person && streetContext) out.push(contextMention(view, i, i + 1, 'LOC', 0.65, 'street', 'square or street named after a person'));
      }
    }
  }
  return out;
}

/** The place rules' bits of a word `w` folded to `f` (see triggers.ts): the word facts they test,
 *  `place` when the word can start a rule, `placeNext` when it lets the word before it start one. */
export function placeWordBits(model: Model, w: string, f: string): number {
  let b = 0;
  if (STREET_NOUNS.has(w)) b |= TRIGGER.placeNext;
  if (w === 'A' || w === 'B' || w === 'Bundesstraße' || w === 'Autobahn' || ROAD.test(w)) b |= TRIGGER.road;
  const capitalised = /^\p{Lu}/u.test(w);
  if (capitalised && model.locationCues.has(w)) b |= TRIGGER.locationCue;
  // The rule reads a capitalised word as a preposition in lower case at a sentence start.
  const isPreposition = (p: string) => PLACE_PREPOSITIONS.has(p) || ENDING_ONLY_PREPOSITIONS.has(p);
  if (isPreposition(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && isPreposition(w.toLowerCase()))) b |= TRIGGER.placePreposition;
  if (MOUNTAIN_BEFORE.has(w)) b |= TRIGGER.mountainBefore;
  if (PLACE_OPENERS.has(w)) b |= TRIGGER.placeOpener;
  if (PLACE_CLOSERS.has(w)) b |= TRIGGER.placeCloser;
  const streetEnding = capitalised && w.length > 7 && (STREET_ENDINGS.test(f) || SQUARE_ENDINGS.test(f));
  if (streetEnding && !model.common.has(f)) b |= TRIGGER.streetName;
  // Words that can start a place rule: the cues above, "St." and (a superset kept from before) any
  // word that is a preposition in lower case.
  if (b & (TRIGGER.road | TRIGGER.locationCue | TRIGGER.placePreposition | TRIGGER.mountainBefore) || streetEnding || w === 'St.' || isPreposition(w.toLowerCase())) b |= TRIGGER.place;
  return b;
}

/** Words that open a place name before a name (Neu Lübbenau, Cerro Amarillo, Lido di Spina, Puerto Montt). */
const PLACE_OPENERS = new Set(['Neu', 'Alt', 'Bad', 'Groß', 'Klein', 'Nieder', 'Ober', 'Unter', 'Hohen', 'Sankt', 'Nieuw', 'Cerro', 'Monte', 'Mont', 'Puerto', 'Porto', 'Port', 'Fort', 'Mount', 'Cape', 'Kap', 'Lago', 'Lake', 'Río', 'Rio', 'Isola', 'Isla', 'Lido', 'Punta', 'Sierra', 'Costa', 'Villa', 'Ciudad', 'Santa', 'Santo', 'São', 'San', 'North', 'South', 'East', 'West', 'Upper', 'Lower']);
/** German openers that are also ordinary words (das Bad, ein Neu…). */
const GERMAN_OPENERS = new Set(['Neu', 'Alt', 'Bad', 'Groß', 'Klein', 'Nieder', 'Ober', 'Unter', 'Hohen']);
/** Words that close a place name after a name (Canning Town, Bedford Falls, Palm Springs). */
const PLACE_CLOSERS = new Set(['Town', 'City', 'Falls', 'Beach', 'Springs', 'Heights', 'Island', 'Islands', 'Bay', 'Harbour', 'Harbor', 'Valley', 'Hills', 'Creek', 'Point', 'Village']);
const NAME_PARTICLES = new Set(['di', 'de', 'del', 'della', 'do', 'da', 'dos', 'das', 'du', 'des', 'la', 'le', 'el']);

/**
 * Multi-word place names built from an opener or a closer around a name:
 * "Neu Lübbenau", "Cerro Amarillo", "Lido di Pomposa", "Canning Town". The
 * name part must not be an ordinary word; a known name inside is fine.
 */
export function findComposedPlaces(view: DocView, bits: Uint32Array): Mention[] {
  const { tokens } = view.doc;
  const { model } = view;
  const out: Mention[] = [];
  const namePart = (k: number) => {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
    const piece = view.pieces[view.tokenPiece[k]!]!;
    const f = piece.f;
    // piece.info.hits is model.names.get(f), read once per word: defined exactly when model.names.has(f).
    return !model.common.has(f) && !model.lower.has(f) && (isNameLike(view, k) || piece.info.hits !== undefined);
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Both cues need an opener here or a closer next (word facts in the bits, see placeWordBits).
    if (!(bits[i]! & TRIGGER.placeOpener) && !(bits[i + 1]! & TRIGGER.placeCloser)) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // "ein Bad …", "das Alt …": after a determiner the opener is an ordinary word.
    if (PLACE_OPENERS.has(t.text) && !(GERMAN_OPENERS.has(t.text) && DETERMINERS.has(tokens[i - 1]?.text ?? ''))) {
      let k = i + 1;
      if (NAME_PARTICLES.has(tokens[k]?.text ?? '') && tokens[k]!.sentence === t.sentence) k++;
      if (tokens[k]?.sentence !== t.sentence || !namePart(k)) continue;
      let end = k + 1;
      if (end < tokens.length && tokens[end]!.sentence === t.sentence && namePart(end) && !PLACE_OPENERS.has(tokens[end]!.text)) end++;
      out.push(contextMention(view, i, end, 'LOC', 0.6, 'place-words', `"${t.text}" opens a place name`));
      i = end - 1;
      continue;
    }
    const next = tokens[i + 1]!;
    if (PLACE_CLOSERS.has(next.text) && next.sentence === t.sentence && namePart(i) && !isSentenceInitial(view, i)) {
      out.push(contextMention(view, i, i + 2, 'LOC', 0.6, 'place-words', `"${next.text}" closes a place name`));
      i++;
    }
  }
  return out;
}
