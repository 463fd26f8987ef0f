import type { Sentence, Token } from './types.js';

const TERMINALS = new Set(['.', '!', '?', '…', '...']);
/** Closing quotes and brackets stay with the sentence they close. */
const CLOSERS = new Set(['“', '”', '"', '«', '»', '‘', '’', "'", ')', ']', '›', '‹']);

/**
 * Splits tokens into sentences and sets `token.sentence`. A sentence ends after
 * a terminal punctuation token (abbreviations and ordinals are single tokens and
 * so never end one), after the quotes and brackets that close it, when the next
 * token starts a new clause; a blank line always ends a sentence.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    sentences.push({ start: tokens[first]!.start, end: tokens[endToken - 1]!.end, firstToken: first, endToken });
    for (let k = first; k < endToken; k++) tokens[k]!.sentence = sentences.length - 1;
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    if (isBlankLineBetween(text, t.end, next.start)) { close(i + 1); continue; }
    if (t.kind !== 'punct' || !TERMINALS.has(t.text)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
    const after = tokens[j];
    if (!after) { i = j - 1; break; }
    if (startsClause(after)) { close(j); i = j - 1; }
  }
  close(tokens.length);
  return sentences;
}

function startsClause(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  // Upper-case letter, digit, opening quote/bracket or dash.
  return /^[\p{Lu}\p{N}„“"»«‚(\[–—-]/u.test(t.text) || c > 0x2e80;
}

function isBlankLineBetween(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const first = text.indexOf('\n', from);
  if (first < 0 || first >= to) return false;
  for (let k = first + 1; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 0x2029) return true;
    if (c > 32 && c !== 0xa0) return false;
  }
  return false;
}
