import type { DocView, Mention } from '../candidates/types.js';
import { isSentenceInitial } from '../candidates/context/words.js';

const ARTICLES = new Set(['die', 'der', 'den', 'dem', 'des']);
/** Prepositions that put a bare place name after them. Contractions with an
 *  article (im, am, vom, beim) are left out on purpose: "im Norden" is a
 *  direction, "beim Essen" a meal; towns take no article. */
const PLACE_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'bei', 'nahe', 'unweit', 'gen', 'zwischen', 'Richtung', 'nördlich', 'südlich', 'östlich', 'westlich']);
/** Lower-case words that may stand right before a bare town name. */
const BEFORE_BARE_PLACE = new Set([...PLACE_PREPOSITIONS, 'bis', 'von', 'und', 'oder', 'sowie', 'über', 'durch', 'gegen', 'um', 'ab', 'via', 'für', 'mit', 'wie', 'sondern', 'als']);
/** Preposition-article contractions before regions, rivers and mountains. */
const CONTRACTIONS = new Set(['im', 'am', 'vom', 'zum', 'ins']);
/** Words after which a bare organisation name stands without an article. */
const BARE_ORG_BEFORE = new Set(['von', 'bei', 'gegen', 'durch', 'laut', 'seitens', 'und', 'oder', 'sowie', 'wie', ',', 'an', 'zu', 'für']);
/** Articles, also capitalised at a sentence start ("Die Auen gehören …"): towns take none. */
const ARTICLE_FORMS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines']);

/**
 * Names that are also ordinary words (Essen, Halle, Linke, Bild) fire only with
 * supporting evidence: the rule of their entry (a place preposition before a
 * place, an article before an organisation mid-sentence), or the same entry
 * found unambiguously elsewhere in the document.
 */
export function applyAmbiguityRules(view: DocView, mentions: Mention[]): Mention[] {
  // Mentions without a rule pass the filter below untouched: with none, it returns a copy.
  if (!mentions.some((m) => m.rule)) return mentions.slice();
  const confirmed = new Set<number>();
  // Token positions where an unambiguous place starts and ends, for lists of places.
  const placeStarts = new Set<number>();
  const placeEnds = new Set<number>();
  for (const m of mentions) {
    if (m.rule || m.kind !== 'name') continue;
    if (m.entry !== undefined) confirmed.add(m.entry);
    if (m.alts) for (const a of m.alts) confirmed.add(a);
    if (m.type === 'LOC') { placeStarts.add(m.startToken); placeEnds.add(m.endToken); }
  }
  const { tokens } = view.doc;
  return mentions.filter((m) => {
    if (!m.rule) return true;
    if (m.entry !== undefined && confirmed.has(m.entry)) {
      if (view.explain) m.evidence.push('ambiguous name confirmed by an unambiguous mention in the document');
      return true;
    }
    const prev = tokens[m.startToken - 1];
    const sentenceInitial = !prev || prev.sentence !== tokens[m.startToken]!.sentence;
    if (m.rule === 'initial' && !sentenceInitial) return true;
    if (m.rule === 'bare') {
      // A town named like a verb or adjective form (Lauf, Waren) is unclear at a sentence start.
      if (sentenceInitial && view.model.lower.has(view.pieces[view.tokenPiece[m.startToken]!]!.f)) return false;
      if (prev && ARTICLE_FORMS.has(prev.text.toLowerCase())) return false;
      if (sentenceInitial || !prev || prev.kind !== 'word' || /^\p{Lu}/u.test(prev.text) || BEFORE_BARE_PLACE.has(prev.text)) return true;
      return false;
    }
    // A curated region, river or mountain after a contraction (im Harz, am Main, vom Rhein);
    // imported towns never take one.
    const contracted = prev !== undefined && CONTRACTIONS.has(prev.text) && m.entry !== undefined && !view.model.entries.weak(m.entry);
    if (m.rule === 'place' && prev && (PLACE_PREPOSITIONS.has(prev.text) || contracted || (/^\p{Lu}/u.test(prev.text) && view.model.locationCues.has(prev.text)))) {
      m.score = Math.min(m.score, 0.7);
      if (view.explain) m.evidence.push(`ambiguous place name after "${prev.text}"`);
      return true;
    }
    // A place in a list of places: "aus Deutschland, Polen und Frankreich", "von Füssen nach Venedig".
    if (m.rule === 'place' && prev && inPlaceList(view, m, placeStarts, placeEnds)) {
      m.score = Math.min(m.score, 0.7);
      if (view.explain) m.evidence.push('ambiguous place name in a list of places');
      return true;
    }
    // An organisation named like a noun (Allianz, Spiegel, Bahn) without an article, after a
    // preposition or in a list: German nouns take an article, names need none ("von Allianz und Commerzbank").
    if (m.rule === 'never' && m.type === 'ORG' && m.kind === 'name' && !sentenceInitial && prev && BARE_ORG_BEFORE.has(prev.text)) {
      const next = tokens[m.endToken];
      // "für Bahn und Bus": two bare nouns joined are a phrase, not a company and a noun.
      const joinedNoun = next && (next.text === 'und' || next.text === 'oder') && tokens[m.endToken + 1] !== undefined && view.model.common.has(view.pieces[view.tokenPiece[m.endToken + 1]!]!.f) && !tokens[m.endToken + 1]!.parts && view.pieces[view.tokenPiece[m.endToken + 1]!]!.info.hits === undefined;
      // "Bild 2", "Abb. 3": a figure reference.
      if (!joinedNoun && next?.kind !== 'num') {
        m.score = Math.min(m.score, 0.6);
        if (view.explain) m.evidence.push(`organisation named like a noun, without an article after "${prev.text}"`);
        return true;
      }
    }
    // "die Linke", and at a sentence start "Die Grünen fordern …", "Die Erde dreht sich …".
    const articleStart = prev !== undefined && /^(Die|Der|Den|Dem|Des)$/.test(prev.text) && isSentenceInitial(view, m.startToken - 1);
    if (m.rule === 'article' && prev && ((!sentenceInitial && ARTICLES.has(prev.text)) || articleStart)) {
      m.score = Math.min(m.score, 0.7);
      if (view.explain) m.evidence.push(`ambiguous name after article "${prev.text}"`);
      return true;
    }
    return false;
  });
}


const LIST_JOINS = new Set([',', 'und', 'oder', 'sowie', 'bis', 'nach']);

/**
 * True when an unambiguous place stands right before the mention, joined by a comma,
 * "und", "oder", "sowie" (or "bis"/"nach" for a route), or right after it joined the same way.
 * "von Füssen nach Venedig" counts; "die Franken und Bayern" does not need it.
 */
function inPlaceList(view: DocView, m: Mention, placeStarts: Set<number>, placeEnds: Set<number>): boolean {
  const { tokens } = view.doc;
  // A town named like a person (Anna, Wilson) in a list is more often the person.
  if (view.model.firstNames.has(tokens[m.startToken]!.text)) return false;
  const before = tokens[m.startToken - 1];
  if (before && LIST_JOINS.has(before.text) && before.sentence === tokens[m.startToken]!.sentence && placeEnds.has(m.startToken - 1)) {
    // "nach"/"bis" join only a route: "von X nach Y"; a comma or "und" any list.
    if (before.text !== 'nach' && before.text !== 'bis') return true;
  }
  const after = tokens[m.endToken];
  if (after && LIST_JOINS.has(after.text) && after.sentence === tokens[m.endToken - 1]!.sentence && placeStarts.has(m.endToken + 1)) {
    if (after.text === 'nach' || after.text === 'bis') return before?.text === 'von' || before?.text === 'ab';
    return true;
  }
  return false;
}
