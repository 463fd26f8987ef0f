import type { TokenizedDoc } from './types.js';
import { winkChunkTokens } from './chunks.js';
import { repairTokens } from './repair.js';
import { splitSentences } from './sentences.js';

export { LONGEST_TOKENISED_RUN } from './chunks.js';

/** Tokenises German text on wink-nlp with exact offsets into `text`. */
export function tokenize(text: string): TokenizedDoc {
  if (text.length === 0) return { text, tokens: [], sentences: [] };
  const { raw, strings } = winkChunkTokens(text);
  const tokens = repairTokens(text, raw, strings);
  const sentences = splitSentences(text, tokens);
  return { text, tokens, sentences };
}
