import type { DocView, Mention } from '../candidates/types.js';
import { STREET_BEFORE } from '../candidates/context/place-rules.js';

/** Last parts that make a hyphenated compound a street or square (Karl-Marx-Straße). */
const STREET_HEADS = /^(straße|strasse|str|platz|allee|weg|gasse|ring|damm|ufer|brücke|chaussee|promenade|kai|steig|stieg|markt)$/;
const AMBIGUOUS_STREET_HEADS = /^(weg|ring|damm|ufer|brücke|kai|steig|stieg|markt)$/;
/** Last parts that make it an institution (Max-Planck-Institut, Heinrich-Heine-Gymnasium). */
const INSTITUTION_HEADS = /^(gymnasium|schule|realschule|gesamtschule|grundschule|hauptschule|oberschule|berufsschule|förderschule|institut|universität|hochschule|fachhochschule|stiftung|klinik|klinikum|krankenhaus|museum|bibliothek|konservatorium|akademie|kolleg|gesellschaft|zentrum)(s|es)?$/;

/**
 * A street or institution named after a person is itself a name, not
 * a word containing one: "Karl-Marx-Straße" is a street (`LOC`),
 * "Max-Planck-Institut" and "Heinrich-Heine-Gymnasium" institutions (`ORG`).
 * The compound gets kind `name` and a document-local id; the evidence names the
 * entry it was named after. Other compounds (Putin-Kritiker) stay parts.
 */
export function promoteNamedAfter(view: DocView, chosen: Mention[]): Mention[] {
  const { tokens, text } = view.doc;
  const { model } = view;
  for (const m of chosen) {
    if (m.kind !== 'part' || m.entry === undefined || m.endToken - m.startToken !== 1) continue;
    const parts = tokens[m.startToken]!.parts;
    if (!parts || parts.length < 2) continue;
    const last = text.slice(parts[parts.length - 1]![0], parts[parts.length - 1]![1]);
    if (!/^\p{Lu}/u.test(last)) continue;
    const head = last.toLowerCase();
    // Heads that are also ordinary words (der Merkel-Weg, der Putin-Ring) need a street's context.
    const streetContext = STREET_BEFORE.has(tokens[m.startToken - 1]?.text ?? '') || tokens[m.endToken]?.kind === 'num';
    const street = STREET_HEADS.test(head) && (!AMBIGUOUS_STREET_HEADS.test(head) || streetContext);
    const entryType = model.entries.type(m.entry);
    const institution = !street && INSTITUTION_HEADS.test(head);
    // Only persons give their names to streets and schools this way; "China-Markt", "Rhein-Ufer" stay parts.
    if ((!street && !institution) || entryType !== 'PER') continue;
    // A compound listed itself (Goethe-Institut) is that entry.
    const own = model.names.get(parts.map(([a, b]) => view.fold(text.slice(a, b))).join(' '))?.find((h) => !h.rule);
    if (own) {
      m.type = model.entries.type(own.entry);
      m.kind = 'name';
      m.entry = own.entry;
      m.docId = undefined;
      if (view.explain) m.evidence.push(`"${tokens[m.startToken]!.text}" is listed itself: ${model.entries.id(own.entry)}`);
      continue;
    }
    // The parts before the head must be exactly the name ("Karl-Marx", not "Karl-Marx-Gedenk").
    const before = parts.slice(0, -1).map(([a, b]) => view.fold(text.slice(a, b))).join(' ');
    if (!model.names.get(before)?.some((h) => h.entry === m.entry)) continue;
    const named = model.entries.canonical(m.entry);
    m.type = street ? 'LOC' : 'ORG';
    m.kind = 'name';
    if (view.explain) m.evidence.push(`${street ? 'street' : 'institution'} named after ${named}: a name of its own`);
    m.entry = undefined;
    m.docId = street ? 'doc:loc:' : 'doc:org:';
    // "des Max-Planck-Instituts" is the Max-Planck-Institut.
    const ending = institution ? (INSTITUTION_HEADS.exec(head)![2] ?? '') : '';
    m.canonical = tokens[m.startToken]!.text.slice(0, tokens[m.startToken]!.text.length - ending.length);
  }
  return chosen;
}
