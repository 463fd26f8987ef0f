import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;

/** The shared wink-nlp instance, created on first use with an empty pipeline
 *  (the English POS/NER stages are noise on German text and cost speed). */
export function getWink(): Wink {
  if (!nlp) nlp = winkNLP(model, []);
  return nlp;
}

/** wink-nlp's raw token values for `text`, with a coarse type per token.
 *  The type is derived from the value (one pass over wink's tokens instead of
 *  two): the repair layer needs only whitespace / number / punctuation / word. */
export function winkTokens(text: string): { values: string[]; types: string[] } {
  const values = getWink().readDoc(text).tokens().out() as string[];
  const types = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) types[i] = tokenType(values[i]!);
  return { values, types };
}

const TYPE_CACHE = new Map<string, string>();
const WHITESPACE = /^\s+$/;
const NUMBER = /^[+-]?\d[\d.,:/]*$/;
const PUNCTUATION = /^\p{P}+$/u;
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}\p{N}.'’]*$/u;

/** tabCRLF | number | punctuation | word | other, as wink-nlp would classify for our purposes. */
export function tokenType(value: string): string {
  let t = TYPE_CACHE.get(value);
  if (t === undefined) {
    t = WHITESPACE.test(value) ? 'tabCRLF' : NUMBER.test(value) ? 'number' : PUNCTUATION.test(value) ? 'punctuation' : WORD.test(value) ? 'word' : 'other';
    if (TYPE_CACHE.size > 50_000) TYPE_CACHE.clear();
    TYPE_CACHE.set(value, t);
  }
  return t;
}
