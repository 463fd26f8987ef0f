import type { DocView } from '../types.js';
import type { Model } from '../../model/types.js';
import { personWordBits } from './person-rules.js';
import { orgWordBits } from './org-rules.js';
import { titleWordBits } from './title-rules.js';
import { placeWordBits } from './place-rules.js';
import { TRIGGER } from './trigger-bits.js';
import { tokenInfo } from './words.js';


/** Every rule's bits of a word `w`; `f` is its folded form (the word info's f, fold(w)). */
function wordBits(model: Model, w: string, f: string): number {
  let b = personWordBits(model, w, f);
  b |= orgWordBits(model, w, f);
  b |= titleWordBits(w);
  b |= placeWordBits(model, w, f);
  if (w === '(') b |= TRIGGER.paren;
  if (w === ',') b |= TRIGGER.comma;
  if (/^\p{Lu}/u.test(w)) b |= TRIGGER.capitalised;
  return b;
}

/** Trigger bits of every token of the document (cached per written form and model). */
export function triggerBits(view: DocView): Uint32Array {
  const { tokens } = view.doc;
  // A view of one reused buffer: allocating a typed array per document cost more than filling it. Every
  // element is written below, and reads past the end are undefined as on a fresh array (the rules' `?? 0`).
  // The rules of findContextMentions are done with it before the next document asks again.
  if (scratch.length < tokens.length) scratch = new Uint32Array(Math.max(tokens.length, 2 * scratch.length));
  const bits = scratch.subarray(0, tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    // The word info of the token's whole written form (a plain token's is its only piece's).
    const info = tokenInfo(view, i);
    if (info.triggers < 0) info.triggers = wordBits(view.model, tokens[i]!.text, info.f);
    bits[i] = info.triggers;
  }
  return bits;
}

let scratch = new Uint32Array(1024);
