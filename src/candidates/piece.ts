import type { WordInfo } from '../model/types.js';
import type { Piece } from './types.js';

/** The piece objects of a document view: made by `new`, not by an object literal, so V8
 *  never pretenures them (see tokenize/token.ts). Fields in the order of the Piece interface. */
export class PieceObject implements Piece {
  constructor(
    public text: string,
    public f: string,
    public info: WordInfo,
    public token: number,
    public first: boolean,
    public last: boolean,
  ) {}
}
