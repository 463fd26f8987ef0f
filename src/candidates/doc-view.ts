import type { TokenizedDoc } from '../tokenize/types.js';
import type { TokenTemplate } from '../tokenize/chunks.js';
import type { Model } from '../model/types.js';
import type { DocView, Piece } from './types.js';
import { wordInfo, type WordFacts } from '../model/word-info.js';
import { PieceObject } from './piece.js';

/**
 * Splits tokens into pieces (hyphen parts) and looks each written form up once.
 * `templates` (from tokenizeWithTemplates): the memoised template of each token,
 * whose cache slot keeps the word facts for the model that asked last, so a
 * repeated token costs no map read (the facts depend only on word and model).
 */
export function createDocView(doc: TokenizedDoc, model: Model, fold: (w: string) => string, explain = false, templates?: ReadonlyArray<TokenTemplate | undefined>): DocView {
  const { text, tokens } = doc;
  // One piece per token, one per part of a hyphenated one: the list is sized once, not grown by push.
  let count = 0;
  for (let i = 0; i < tokens.length; i++) count += tokens[i]!.parts?.length ?? 1;
  const pieces: Piece[] = new Array<Piece>(count);
  let np = 0;
  let flags = flagScratch;
  if (flags.length < count) flags = flagScratch = new Uint8Array(Math.max(count, flags.length * 2));
  const tokenPiece = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    tokenPiece[i] = np;
    const tpl = templates?.[i];
    if (tpl !== undefined && tpl.owner !== model) fillTemplate(tpl, model);
    if (t.parts) {
      const n = t.parts.length;
      for (let k = 0; k < n; k++) {
        let p: string;
        let info: WordFacts;
        if (tpl !== undefined) {
          p = tpl.partTexts![k]!;
          info = tpl.partFacts![k] as WordFacts;
        } else {
          const [s, e] = t.parts[k]!;
          p = text.slice(s, e);
          info = wordInfo(model, p);
        }
        flags[np] = info.gazFlags;
        pieces[np++] = new PieceObject(p, info.f, info, i, k === 0, k === n - 1);
      }
    } else {
      const info = tpl !== undefined ? (tpl.facts as WordFacts) : wordInfo(model, t.text);
      flags[np] = info.gazFlags;
      pieces[np++] = new PieceObject(t.text, info.f, info, i, true, true);
    }
  }
  tokenPiece[tokens.length] = np;
  return { doc, model, pieces, tokenPiece, fold, explain, flags: flags.slice(0, np) };
}

/** Reused scratch column of the pieces' flags while a view is made (copied out at the end). */
let flagScratch: Uint8Array<ArrayBuffer> = new Uint8Array(4096);

/** Puts `model`'s word facts of the template's token and parts into its slot. */
function fillTemplate(tpl: TokenTemplate, model: Model): void {
  tpl.owner = model;
  if (tpl.partTexts) {
    tpl.partFacts = tpl.partTexts.map((p) => wordInfo(model, p));
    tpl.facts = undefined;
  } else {
    tpl.facts = wordInfo(model, tpl.text);
    tpl.partFacts = undefined;
  }
}
