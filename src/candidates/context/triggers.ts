import type { DocView } from '../types.js';
import { WordMemo } from '../../model/memo.js';
import type { Model } from '../../model/types.js';
import { personNextTrigger, personTrigger } from './person-rules.js';
import { orgTrigger } from './org-rules.js';
import { placeNextTrigger, placeTrigger } from './place-rules.js';
import { TRIGGER } from './trigger-bits.js';


const memos = new WeakMap<Model, WordMemo<number>>();

function wordBits(model: Model, w: string): number {
  let b = 0;
  if (personTrigger(model, w)) b |= TRIGGER.person;
  if (personNextTrigger(w)) b |= TRIGGER.personNext;
  if (orgTrigger(model, w)) b |= TRIGGER.org;
  if (placeTrigger(model, w)) b |= TRIGGER.place;
  if (placeNextTrigger(w)) b |= TRIGGER.placeNext;
  if (w === '(') b |= TRIGGER.paren;
  return b;
}

/** Trigger bits of every token of the document (cached per written form and model). */
export function triggerBits(view: DocView): Uint8Array {
  let memo = memos.get(view.model);
  if (!memo) memos.set(view.model, (memo = new WordMemo<number>()));
  const { tokens } = view.doc;
  const bits = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) bits[i] = memo.get(tokens[i]!.text, (w) => wordBits(view.model, w));
  return bits;
}
