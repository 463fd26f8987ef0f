import type { DocView, Mention } from '../types.js';
import { TRIGGER } from './trigger-bits.js';
import type { Model } from '../../model/types.js';
import { DETERMINERS, contextMention, isCapitalised, isNameLike, isNounCompound, isSentenceInitial } from './words.js';
import { PLACE_ENDINGS } from './place-rules.js';

/** Sports-club prefixes: "FC Erzgebirge Aue", "TSV 1860 München", "1. FC Union". */
const CLUB_PREFIXES = new Set(['FC', 'SV', 'VfB', 'VfL', 'TSV', 'TuS', 'SC', 'SpVgg', 'SG', 'FSV', 'BSC', 'SSV', 'TSG', 'KSC', 'FK', 'SK', 'AC', 'AS', 'SSC', 'HSV', 'ESV', 'MSV', 'VfR', 'DJK', 'BV', 'SpVg', 'TV', 'TSC', 'HC', 'EHC', 'ERC']);
const CONNECTORS = new Set(['&', 'und', '+']);
/** Nouns that describe a company before its registered name (die Firma X GmbH). */
const DESCRIBING_NOUNS = new Set(['Firma', 'Unternehmen', 'Konzern', 'Hersteller', 'Tochter', 'Tochterfirma', 'Tochtergesellschaft', 'Muttergesellschaft', 'Zulieferer', 'Anbieter']);
/** Heads that are part of the name they introduce ("Universität Hamburg",
 *  "Stiftung Warentest"); other heads describe it ("die Nachrichtenagentur
 *  KCNA", "der Konzern Siemens"), so only the name after them is the entity. */
/** Heads that follow the name they belong to: Hirzel Verlag, Würth Gruppe, Krombacher Brauerei. */
/** English company and club words after a name (Sun Microsystems aside: JFE Holdings, Stoxx Limited, Octagon Worldwide). */
const ENGLISH_TRAILING = new Set(['Group', 'Holdings', 'Industries', 'Airways', 'Records', 'Pictures', 'Studios', 'Systems', 'Technologies', 'Solutions', 'Partners', 'Capital', 'Limited', 'Worldwide', 'International', 'Entertainment', 'Networks', 'Communications', 'Pharmaceuticals', 'Foods', 'Brands', 'Energy', 'Resources', 'Investments', 'Ventures', 'Labs', 'Software', 'Services', 'Rovers', 'Wanderers', 'United', 'Athletic', 'Corporation', 'Company']);
/** Heads named after a person's full name (Dave Matthews Band): the -s is the surname's, not a genitive. */
const PERSON_NAMED_HEADS = new Set(['Band', 'Orchester', 'Quartett', 'Trio', 'Quintett', 'Ensemble', 'Chor', 'Stiftung']);
const TRAILING_HEADS = new Set([...ENGLISH_TRAILING, 'Verlag', 'Verlagsgruppe', 'Gruppe', 'Group', 'Holding', 'Werke', 'Werk', 'Brauerei', 'Reederei', 'Werft', 'Bank', 'Versicherung', 'Stiftung', 'Klinik', 'Kliniken', 'Band', 'Orchester', 'Ensemble', 'Chor', 'Consulting', 'Media', 'Medien', 'Airlines', 'Motors']);
/** Heads that name an institution when followed by "für/der/des …" (Ministerium für …, Bund der …);
 *  everyday nouns among the heads (Bewegung, Bank) are not enough there. */
const INSTITUTIONAL_HEAD = /(ministerium|amt|universität|hochschule|institut|verband|stiftung|gericht|kommission|partei|akademie|gesellschaft|vereinigung|zentrum|behörde|rat|kammer|bund|agentur|direktion|anstalt|komitee|ausschuss|verein|union|liga|föderation|organisation)$/i;
const NAME_FORMING_HEADS = /^(Universität|Hochschule|Fachhochschule|Technische Universität|Stiftung|Klinikum|Universitätsklinikum|Theater|Staatstheater|Museum|Akademie|Institut|Sparkasse|Kreissparkasse|Stadtsparkasse|Volksbank|Bistum|Erzbistum|Landgericht|Amtsgericht|Oberlandesgericht|Landessozialgericht|Verwaltungsgericht|Oberverwaltungsgericht|Sozialgericht|Arbeitsgericht|Finanzgericht|Gymnasium|Schule|Realschule|Gesamtschule|Kirchengemeinde|Landeskirche|Orchester|Philharmonie|Oper|Bibliothek|Landesbibliothek|Stadtwerke|Klinik)$/;

/**
 * Organisations nobody listed:
 *  - capitalised words before a legal form (Matsegora Logistik GmbH, Nowak & Partner AG);
 *  - a club prefix before names or numbers (FC Erzgebirge Aue, TSV 1860 München);
 *  - an organisation head with its name (Universität Greifswald, Ministerium für Umwelt,
 *    Stiftung Warentest, Partei Die Basis).
 */
export function findOrganisationMentions(view: DocView, bits?: Uint32Array): Mention[] {
  const { tokens } = view.doc;
  const { model } = view;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (bits && !(bits[i]! & TRIGGER.org)) continue;
    const t = tokens[i]!;
    if (model.legalForms.has(t.text) && i > 0) {
      let s = i;
      const partOfName = (k: number) => isCapitalised(tokens[k]!) && !DETERMINERS.has(tokens[k]!.text) && !model.lower.has(view.pieces[view.tokenPiece[k]!]!.f);
      while (s > 0 && i - s < 4 && tokens[s - 1]!.sentence === t.sentence && (partOfName(s - 1) || (CONNECTORS.has(tokens[s - 1]!.text) && s - 2 >= 0 && partOfName(s - 2)))) s--;
      if (CONNECTORS.has(tokens[s]!.text)) s++;
      // "Facebook und Co.": the idiom, not a partnership ("& Co." is).
      if (t.text === 'Co.' && tokens[i - 1]!.text === 'und') continue;
      // Leading describing nouns and place adjectives are not part of the name ("die Firma X AG", "der Schweizer X Group").
      while (s < i - 1 && (DESCRIBING_NOUNS.has(tokens[s]!.text) || model.derivations.has(view.pieces[view.tokenPiece[s]!]!.f))) s++;
      // Only ordinary nouns before the legal form make no name ("Polizei und SA").
      let named = false;
      for (let k = s; k < i && !named; k++) named = !CONNECTORS.has(tokens[k]!.text) && !model.common.has(view.pieces[view.tokenPiece[k]!]!.f);
      if (!named) continue;
      if (s < i && (isNameLike(view, s) || i - s > 1)) out.push(contextMention(view, s, i + 1, 'ORG', 0.75, 'legal-form', `name before the legal form "${t.text}"`));
      continue;
    }
    const prev = tokens[i - 1];
    const ordinalClub = prev?.ordinal && prev.text === '1.';
    if (CLUB_PREFIXES.has(t.text)) {
      let e = i + 1;
      // A capitalised preposition or conjunction ends the name ("vom ESV Lok Zwickau In Marienthal …");
      // capitalised adjectives belong to it ("SV Blau-Weiß …", "SC Weiche Flensburg").
      while (e < tokens.length && e - i <= 3 && tokens[e]!.sentence === t.sentence && ((isCapitalised(tokens[e]!) && !CLAUSE_WORDS.has(tokens[e]!.text)) || (tokens[e]!.kind === 'num' && /^\d{2,4}$/.test(tokens[e]!.text)))) e++;
      // "TV" is also television ("Digital TV Script"): as a club prefix only before a number or a place.
      if (t.text === 'TV' && e > i + 1 && tokens[i + 1]!.kind !== 'num' && !isListedPlace(view, i + 1) && !PLACE_ENDINGS.test(view.pieces[view.tokenPiece[i + 1]!]!.f)) continue;
      if (e > i + 1) out.push(contextMention(view, ordinalClub ? i - 1 : i, e, 'ORG', 0.75, 'club', `sports-club prefix "${t.text}"`));
      continue;
    }
    // "Kaltenbrünners Werke" is a possessive genitive, not a company: skip names in -s before a trailing head.
    if (TRAILING_HEADS.has(t.text) && i > 0 && isNameLike(view, i - 1) && tokens[i - 1]!.sentence === t.sentence && !isNounCompound(view, i - 1) && (ENGLISH_TRAILING.has(t.text) || !/[^s]s$/.test(tokens[i - 1]!.text) || (PERSON_NAMED_HEADS.has(t.text) && model.firstNames.has(tokens[i - 2]?.text ?? '')))) {
      let s = i - 1;
      while (s > 0 && i - s < 3 && isNameLike(view, s - 1) && tokens[s - 1]!.sentence === t.sentence) s--;
      out.push(contextMention(view, s, i + 1, 'ORG', 0.65, 'org-head', `name before the organisation head "${t.text}"`));
      continue;
    }
    // "der Autobauer Velmark", "des Softwarekonzerns Quantelo": a describing compound, then the name.
    if (!model.orgHeads.has(t.text) && isCompanyDescriptor(t.text)) {
      const next = tokens[i + 1];
      if (!next || next.sentence !== t.sentence || !isNameLike(view, i + 1) || isNounCompound(view, i + 1)) continue;
      // info.hits is model.names.get(f), read once per word: defined exactly when model.names.has(f).
      if (view.pieces[view.tokenPiece[i + 1]!]!.info.hits !== undefined || model.firstNames.has(next.text)) continue;
      let e = i + 2;
      while (e < tokens.length && e - i <= 3 && tokens[e]!.sentence === t.sentence && isNameLike(view, e)) e++;
      out.push(contextMention(view, i + 1, e, 'ORG', 0.6, 'org-head', `name after the describing noun "${t.text}"`));
      continue;
    }
    if (model.orgHeads.has(t.text) && !CLUB_PREFIXES.has(t.text)) {
      const next = tokens[i + 1];
      if (!next || next.sentence !== t.sentence) continue;
      // "Ministerium für Wirtschaft und Klimaschutz": head + für/der + capitalised words.
      // "die Organisation der Spiele" is an activity: -tion/-ung heads take only "für" (Organisation für Sicherheit …).
      const activity = /(tion|ung)$/.test(t.text) && next.text !== 'für';
      if ((next.text === 'für' || next.text === 'der' || next.text === 'des') && INSTITUTIONAL_HEAD.test(t.text) && !activity && isCapitalised(tokens[i + 2] ?? next)) {
        let e = i + 2;
        while (e < tokens.length && tokens[e]!.sentence === t.sentence && (isCapitalised(tokens[e]!) || (tokens[e]!.text === 'und' && isCapitalised(tokens[e + 1] ?? t)))) e++;
        // "Hochschule für Technik und Wirtschaft des Saarlandes": one genitive of a listed place closes it.
        if (next.text === 'für' && (tokens[e]?.text === 'des' || tokens[e]?.text === 'der') && tokens[e + 1]?.sentence === t.sentence && isListedPlace(view, e + 1)) e += 2;
        if (e - i >= 3 && t.text.length > 3) {
          out.push(contextMention(view, adjectiveStart(view, i), e, 'ORG', 0.7, 'org-head', `"${t.text} ${next.text} …" names an organisation`));
        }
        continue;
      }
      // "Universität Greifswald", "Stiftung Warentest": head + name-like words;
      // "die Nachrichtenagentur Yonhap": only the name after a describing head.
      const known = isCapitalised(next) && view.pieces[view.tokenPiece[i + 1]!]!.info.hits !== undefined;
      // A place noun that is also an organisation head ("die Gemeinde Natenstedt") names a place: see place-rules.
      if (model.locationCues.has(t.text)) continue;
      // "eine Initiative Leeraner Bürger": an -er place adjective before a noun is not a name.
      if (/^\p{Lu}\p{Ll}+er$/u.test(next.text) && isCapitalised(tokens[i + 2] ?? t) && tokens[i + 2] !== undefined && model.common.has(view.pieces[view.tokenPiece[i + 2]!]!.f)) continue;
      const forming = NAME_FORMING_HEADS.test(t.text);
      if (isNameLike(view, i + 1) || (forming && known)) {
        let e = i + 2;
        while (e < tokens.length && e - i <= 3 && tokens[e]!.sentence === t.sentence && isNameLike(view, e)) e++;
        if (forming) out.push(contextMention(view, adjectiveStart(view, i), e, 'ORG', 0.7, 'org-head', `name after the organisation head "${t.text}"`));
        else if (!known && !isNounCompound(view, i + 1)) out.push(contextMention(view, i + 1, e, 'ORG', 0.6, 'org-head', `name after the describing head "${t.text}"`));
      }
    }
  }
  return out;
}

/** The organisation rules' bits of a word `w` folded to `f` (see triggers.ts): `org` when it can
 *  start findOrganisationMentions, and the word facts the acronym and place-named rules test. */
export function orgWordBits(model: Model, w: string, f: string): number {
  let b = 0;
  if (model.legalForms.has(w) || CLUB_PREFIXES.has(w) || TRAILING_HEADS.has(w) || model.orgHeads.has(w) || isCompanyDescriptor(w)) b |= TRIGGER.org;
  if (ACRONYM.test(w) && !ROMAN.test(w)) b |= TRIGGER.acronym;
  if (/^\p{Lu}\p{Ll}/u.test(w) && model.derivations.has(f)) b |= TRIGGER.placeAdjective;
  return b;
}

/**
 * Compound nouns that describe a company before its name, in any case: "der Autobauer X",
 * "des Softwarekonzerns X", "der Mobilfunkbetreiber X", "das Plattenlabel X". Tails that
 * also describe people (-händler, -produzent, Geigenbauer) are left out.
 */
const COMPANY_TAIL = /^\p{Lu}\p{Ll}{2,}(konzern|hersteller|anbieter|versorger|versicherer|zulieferer|dienstleister|unternehmen|discounter|rennstall|fluglinie|fluggesellschaft|airline|reederei)(s|es|n)?$|^(Autobauer|Flugzeugbauer|Anlagenbauer|Maschinenbauer|Fahrzeugbauer|Energieriese|Softwareriese|Internetriese|Handelsriese|Chemieriese|Pharmariese|Ölriese|Medienriese|Technologieriese|Suchmaschinenriese|Onlineriese|Versandhaus|Auktionshaus|Modehaus|Medienhaus|Verlagshaus|Bankhaus|Geldhaus|Kreditinstitut|Mobilfunkbetreiber|Netzbetreiber|Kraftwerksbetreiber|Flughafenbetreiber|Plattenlabel|Musiklabel|Supermarktkette|Hotelkette|Baumarktkette|Drogeriemarktkette|Restaurantkette|Modekette|Handelskette)(s|es|en)?$/u;

function isCompanyDescriptor(w: string): boolean {
  return COMPANY_TAIL.test(w);
}

/** Capitalised prepositions and conjunctions at a sentence start: they end a club's name. */
const CLAUSE_WORDS = new Set(['In', 'Im', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Beim', 'Mit', 'Nach', 'Von', 'Vom', 'Zu', 'Zum', 'Zur', 'Und', 'Oder', 'Aber', 'Doch', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Des']);

/**
 * Adjectives are written in lower case unless they belong to a name, so a
 * capitalised adjective mid-sentence right before an organisation head is
 * part of it: "im Bayerischen Staatsministerium für …", "der Medizinischen
 * Hochschule Hannover".
 */
function adjectiveStart(view: DocView, head: number): number {
  const { tokens } = view.doc;
  let s = head;
  while (s > 0 && head - s < 2) {
    const t = tokens[s - 1]!;
    if (t.kind !== 'word' || t.sentence !== tokens[head]!.sentence || !/^\p{Lu}\p{Ll}+(e|en|er|es|em)$/u.test(t.text)) break;
    if (isSentenceInitial(view, s - 1) || DETERMINERS.has(t.text)) break;
    const f = view.pieces[view.tokenPiece[s - 1]!]!.f;
    if (!view.model.lower.has(f) && !/(isch|lich|ig|al|ell|iv|ar)(e|en|er|es|em)$/.test(f)) break;
    s--;
  }
  return s;
}

const ACRONYM = /^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}$/;
const ORG_PREPOSITIONS = new Set(['bei', 'von', 'für', 'gegen', 'mit', 'durch', 'laut', 'seitens', 'zwischen', 'ohne']);
const ROMAN = /^[IVXLCDM]+$/;
const INDEFINITE = new Set(['ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine', 'keiner', 'keines', 'keinem', 'keinen']);

/**
 * An unknown acronym in running text (not in a headline) most often names an
 * organisation ("die ETTU", "beim ADAC"): capitals only, not an ordinary
 * abbreviation from the lexicon (PKW, CD), not a roman numeral, not part of a
 * number or code ("A 7", "S800").
 */
export function findAcronymMentions(view: DocView, bits: Uint32Array): Mention[] {
  const { tokens } = view.doc;
  const { model } = view;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The acronym bit is ACRONYM and not ROMAN on the token's text, once per written form.
    if (!(bits[i]! & TRIGGER.acronym)) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.parts) continue;
    const info = view.pieces[view.tokenPiece[i]!]!.info;
    if (info.hits || model.common.has(info.f) || model.lower.has(info.f) || model.legalForms.has(t.text)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Codes and models with digits (M2M, S800, U12) are products or lines, not organisations.
    if (/\d/.test(t.text)) continue;
    if (next?.kind === 'num' || (prev && prev.kind === 'word' && /^\p{Lu}{2,}$/u.test(prev.text)) || (next && next.kind === 'word' && /^\p{Lu}{2,}$/u.test(next.text))) continue;
    // Organisations take an article or a preposition ("die ETTU", "beim ADAC", "von der UMP").
    if (!prev || !(DETERMINERS.has(prev.text.toLowerCase()) || ORG_PREPOSITIONS.has(prev.text.toLowerCase()))) continue;
    // ... but a definite one: "einer PSPP", "ein LCD" are things; "GOTO- oder Switch-Anweisungen" is a truncated compound.
    if (INDEFINITE.has(prev.text.toLowerCase()) || ((next?.text === '-' || next?.text === '‐') && /^(oder|und|bzw\.?)$/.test(tokens[i + 2]?.text ?? ''))) continue;
    // "die VG Kirchberg", "an der TH Zürich", "der JR West": the acronym opens a longer name.
    const joined = next !== undefined && next.kind === 'word' && next.sentence === t.sentence && !next.parts && /^\p{Lu}\p{Ll}/u.test(next.text) && !model.common.has(view.pieces[view.tokenPiece[i + 1]!]!.f) && !model.lower.has(view.pieces[view.tokenPiece[i + 1]!]!.f);
    if (joined) {
      out.push(contextMention(view, i, i + 2, 'ORG', 0.5, 'acronym', `unknown acronym "${t.text}" opening a name`));
      continue;
    }
    out.push(contextMention(view, i, i + 1, 'ORG', 0.45, 'acronym', `unknown acronym "${t.text}" in running text`));
  }
  return out;
}

/** Heads that make "<place adjective> …" a proper name: newspapers, associations, banks, publishers. */
const PLACE_NAMED_HEAD = /(verein|vereine|verband|verbände|zeitung|tageblatt|rundschau|nachrichten|presse|presse-agentur|anzeiger|morgenpost|abendblatt|allgemeine|kurier|verlag|sparkasse|volksbank|bank|stadtwerke|verkehrsbetriebe|philharmoniker|symphoniker|sinfoniker|sezession|tafel|kunsthalle|genossenschaft)$/;

/**
 * A place adjective before a name-forming head is one organisation:
 * "beim Hamburger Mieterverein", "das Eichsfelder Tageblatt", "der Passauer
 * Neuen Presse", "der Deutschen Presse-Agentur". Describing institutions
 * (Hamburger Polizei, Berliner Senat) keep the adjective as a derived word.
 */
export function findPlaceNamedOrgs(view: DocView, bits: Uint32Array): Mention[] {
  const { tokens } = view.doc;
  const { model } = view;
  const out: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // The placeAdjective bit is /^\p{Lu}\p{Ll}/ and a derivation of the token's text; a plain
    // token's only piece is that text, so its piece's derivation test is the same.
    if (!(bits[i]! & TRIGGER.placeAdjective)) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.parts || isSentenceInitial(view, i)) continue;
    let h = i + 1;
    // One capitalised adjective may stand between (Passauer Neue Presse).
    const mid = tokens[h]!;
    if (mid.kind === 'word' && /^\p{Lu}\p{Ll}+(e|en|er|es|em)$/u.test(mid.text) && model.lower.has(view.pieces[view.tokenPiece[h]!]!.f) && tokens[h + 1]?.sentence === t.sentence) h++;
    const head = tokens[h];
    if (!head || head.kind !== 'word' || head.sentence !== t.sentence || !/^\p{Lu}/u.test(head.text)) continue;
    if (!PLACE_NAMED_HEAD.test(head.text.toLowerCase())) continue;
    out.push(contextMention(view, i, h + 1, 'ORG', 0.6, 'place-named-org', `place adjective "${t.text}" before "${head.text}"`));
    i = h;
  }
  return out;
}

/** A listed place, also in the genitive ("des Saarlandes", "der Schweiz"). */
function isListedPlace(view: DocView, k: number): boolean {
  const t = view.doc.tokens[k];
  if (!t || t.kind !== 'word' || t.parts || !isCapitalised(t)) return false;
  const info = view.pieces[view.tokenPiece[k]!]!.info;
  const isPlace = (hits: typeof info.hits) => hits?.some((h) => !h.rule && view.model.entries.type(h.entry) === 'LOC') ?? false;
  return isPlace(info.hits) || info.stems.some((stem) => isPlace(view.model.names.get(stem)));
}
