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

/** wink-nlp's raw token values for `text` (one pass over its output). */
export function winkValues(text: string): string[] {
  return getWink().readDoc(text).tokens().out() as string[];
}

/** Token type codes (see tokenTypeCode); TYPE_NAMES[code] is the name tokenType returns. */
export const T_TAB = 0;
export const T_NUMBER = 1;
export const T_PUNCT = 2;
export const T_WORD = 3;
export const T_OTHER = 4;
/** A word (T_WORD) made of Latin-1 letters and ASCII digits only: wordish without a second look. */
export const T_WORD_PLAIN = 5;
const TYPE_NAMES = ['tabCRLF', 'number', 'punctuation', 'word', 'other', 'word'];

const TYPE_CACHE = new Map<string, number>();
const WHITESPACE = /^\s+$/;
const NUMBER = /^[+-]?\d[\d.,:/]*$/;
const PUNCTUATION = /^\p{P}+$/u;
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}\p{N}.'’]*$/u;

/** The classification by the regexes above (cached): the reference for the fast paths below. */
function slowTypeCode(value: string): number {
  let t = TYPE_CACHE.get(value);
  if (t === undefined) {
    t = WHITESPACE.test(value) ? T_TAB : NUMBER.test(value) ? T_NUMBER : PUNCTUATION.test(value) ? T_PUNCT : WORD.test(value) ? T_WORD : T_OTHER;
    if (TYPE_CACHE.size > 50_000) TYPE_CACHE.clear();
    TYPE_CACHE.set(value, t);
  }
  return t;
}

/** Type of every one-character Latin-1 value, by the regexes. */
const SINGLE = new Uint8Array(256);
for (let c = 0; c < 256; c++) SINGLE[c] = slowTypeCode(String.fromCharCode(c));
TYPE_CACHE.clear();

/** ASCII and Latin-1 letters (all of them \p{L}; × and ÷ are not letters). */
export function isLatinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/** T_TAB | T_NUMBER | T_PUNCT | T_WORD (or T_WORD_PLAIN) | T_OTHER, as wink-nlp would classify for our purposes.
 *  Words of Latin letters and plain numbers, the bulk of the tokens, are classified by char
 *  codes (same answer as the regexes: such a value can only match WORD, resp. NUMBER). */
export function tokenTypeCode(value: string): number {
  const n = value.length;
  const c = value.charCodeAt(0);
  if (n === 1 && c < 256) return SINGLE[c]!;
  if (isLatinLetter(c)) {
    let plain = true;
    let k = 1;
    for (; k < n; k++) {
      const d = value.charCodeAt(k);
      if (isLatinLetter(d) || (d >= 48 && d <= 57)) continue;
      if (d !== 46 && d !== 39) break;
      plain = false;
    }
    if (k === n) return plain && n > 1 ? T_WORD_PLAIN : T_WORD;
  } else if (c >= 48 && c <= 57) {
    let k = 1;
    for (; k < n; k++) {
      const d = value.charCodeAt(k);
      if (!((d >= 48 && d <= 57) || d === 46 || d === 44 || d === 58 || d === 47)) break;
    }
    if (k === n) return T_NUMBER;
  }
  return slowTypeCode(value);
}

/** tabCRLF | number | punctuation | word | other, as wink-nlp would classify for our purposes. */
export function tokenType(value: string): string {
  return TYPE_NAMES[tokenTypeCode(value)]!;
}
