import type { TokenizedDoc } from '../tokenize/types.js';
import type { Model } from '../model/types.js';
import type { DocView, Piece } from './types.js';

/** Splits tokens into pieces (hyphen parts) and folds each once. */
export function createDocView(doc: TokenizedDoc, model: Model, fold: (w: string) => string, explain = false): DocView {
  const pieces: Piece[] = [];
  const tokenPiece = new Int32Array(doc.tokens.length + 1);
  const { text } = doc;
  doc.tokens.forEach((t, i) => {
    tokenPiece[i] = pieces.length;
    if (t.parts) {
      t.parts.forEach(([s, e], k) => {
        const p = text.slice(s, e);
        pieces.push({ text: p, f: fold(p), token: i, first: k === 0, last: k === t.parts!.length - 1 });
      });
    } else {
      pieces.push({ text: t.text, f: fold(t.text), token: i, first: true, last: true });
    }
  });
  tokenPiece[doc.tokens.length] = pieces.length;
  return { doc, model, pieces, tokenPiece, fold, explain };
}
