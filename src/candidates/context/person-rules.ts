import type { DocView, Mention } from '../types.js';
import { contextMention, isNameLike, isNounCompound, isSentenceInitial, personNameEnd } from './words.js';

/** Verbs of saying that introduce or follow a speaker ("sagte Müller", "Müller sagte"). */
const SPEECH = new Set(['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'sagten', 'fügte', 'kritisierte', 'warnte', 'forderte', 'teilte', 'berichtete', 'schrieb', 'so']);

/**
 * Persons nobody listed:
 *  - a known first name followed by name-like words (Alexander Matsegora);
 *  - a role before a name (Botschafter Matsegora, Polizeisprecherin Anna Beck),
 *    also across an apposition ("Russlands Botschafter in Nordkorea, Alexander Matsegora,");
 *  - a speaker after a verb of saying ("sagte Matsegora").
 */
export function findPersonMentions(view: DocView): Mention[] {
  const { tokens } = view.doc;
  const { model } = view;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (model.firstNames.has(t.text) && !t.parts) {
      const end = personNameEnd(view, i + 1);
      if (end > i + 1) out.push(contextMention(view, i, end, 'PER', 0.75, 'first-name', `"${t.text}" is a known first name`));
      else if (!model.names.has(view.pieces[view.tokenPiece[i]!]!.f)) out.push(contextMention(view, i, i + 1, 'PER', 0.5, 'first-name', `"${t.text}" alone is a known first name`));
      continue;
    }
    // An initial before a surname: "W. Müller".
    if (t.abbr && /^\p{Lu}\.$/u.test(t.text) && isNameLike(view, i + 1) && tokens[i + 1]!.sentence === t.sentence) {
      const end = personNameEnd(view, i + 1, 2);
      out.push(contextMention(view, i, end, 'PER', 0.6, 'initial', `initial "${t.text}" before a name`));
      continue;
    }
    if (model.personTitles.has(t.text) || (t.parts && model.personTitles.has(tokens[i]!.text.split(/[-‐‑]/).pop()!))) {
      let j = i + 1;
      // Apposition: up to four words ("in Nordkorea"), then a comma, then the name.
      for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
        if (tokens[k]!.text === ',') { j = k + 1; break; }
        if (tokens[k]!.kind === 'punct') break;
      }
      for (const start of j === i + 1 ? [j] : [i + 1, j]) {
        const begin = model.firstNames.has(tokens[start]?.text ?? '') ? start + 1 : start;
        if (begin === start && (!isNameLike(view, start) || isNounCompound(view, start))) continue;
        const end = personNameEnd(view, begin);
        if (end > start) { out.push(contextMention(view, start, end, 'PER', 0.7, 'role', `after the role word "${t.text}"`)); break; }
      }
      continue;
    }
    if (SPEECH.has(t.text) && isNameLike(view, i + 1) && !isNounCompound(view, i + 1)) {
      const end = personNameEnd(view, i + 1, 2);
      const next = tokens[end];
      // "sagte Müller." / "sagte Müller," / "sagte Müller der …": the name ends the clause.
      if (!next || next.kind === 'punct' || /^[a-zäöü]/.test(next.text)) {
        out.push(contextMention(view, i + 1, end, 'PER', 0.6, 'speaker', `speaker after "${t.text}"`));
      }
      continue;
    }
    // "Müller sagte": a name-like word mid-sentence right before a verb of saying.
    const next = tokens[i + 1];
    if (next && (next.text === 'sagte' || next.text === 'erklärte') && isNameLike(view, i) && !isSentenceInitial(view, i)) {
      out.push(contextMention(view, i, i + 1, 'PER', 0.55, 'speaker', `speaker before "${next.text}"`));
    }
  }
  return out;
}
