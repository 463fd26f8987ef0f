import type { TokenizedDoc } from './types.js';
import { winkValues } from './wink.js';
import { alignTokens } from './align.js';
import { repairTokens } from './repair.js';
import { splitSentences } from './sentences.js';

/** wink-nlp's token regexes are quadratic in token length: longer runs without whitespace are not tokenised. */
export const LONGEST_TOKENISED_RUN = 255;

/** `text` with every run of more than LONGEST_TOKENISED_RUN non-space characters blanked (same length). */
function blankLongRuns(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0xfeff;
    if (!space) { if (runStart < 0) runStart = i; continue; }
    if (runStart >= 0 && i - runStart > LONGEST_TOKENISED_RUN) {
      parts.push(text.slice(copied, runStart), ' '.repeat(i - runStart));
      copied = i;
    }
    runStart = -1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Tokenises German text on wink-nlp with exact offsets into `text`. */
export function tokenize(text: string): TokenizedDoc {
  return tokenizeRuns(text, false);
}

/** `tokenize`; `shortRuns`: the caller guarantees no run of more than LONGEST_TOKENISED_RUN
 *  characters without whitespace (window.ts masks them), so the blanking pass is skipped. */
export function tokenizeRuns(text: string, shortRuns: boolean): TokenizedDoc {
  if (text.length === 0) return { text, tokens: [], sentences: [] };
  const work = shortRuns ? text : blankLongRuns(text);
  const values = winkValues(work);
  // Tokens are cut from the original text; blanked runs simply yield none.
  // wink's values double as token texts only where they were placed on `text` itself.
  const tokens = repairTokens(text, alignTokens(work, values), work === text ? values : undefined);
  const sentences = splitSentences(text, tokens);
  return { text, tokens, sentences };
}
