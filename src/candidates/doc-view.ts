import type { TokenizedDoc } from '../tokenize/types.js';
import type { Model } from '../model/types.js';
import type { DocView, Piece } from './types.js';
import { wordInfo } from '../model/word-info.js';

/** Splits tokens into pieces (hyphen parts) and looks each written form up once. */
export function createDocView(doc: TokenizedDoc, model: Model, fold: (w: string) => string, explain = false): DocView {
  const pieces: Piece[] = [];
  const tokenPiece = new Int32Array(doc.tokens.length + 1);
  const { text, tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    tokenPiece[i] = pieces.length;
    if (t.parts) {
      const n = t.parts.length;
      for (let k = 0; k < n; k++) {
        const [s, e] = t.parts[k]!;
        const p = text.slice(s, e);
        const info = wordInfo(model, p);
        pieces.push({ text: p, f: info.f, info, token: i, first: k === 0, last: k === n - 1 });
      }
    } else {
      const info = wordInfo(model, t.text);
      pieces.push({ text: t.text, f: info.f, info, token: i, first: true, last: true });
    }
  }
  tokenPiece[tokens.length] = pieces.length;
  return { doc, model, pieces, tokenPiece, fold, explain };
}
