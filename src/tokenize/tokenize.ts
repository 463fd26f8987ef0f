import type { TokenizedDoc } from './types.js';
import { winkTokens } from './wink.js';
import { alignTokens } from './align.js';
import { repairTokens } from './repair.js';
import { splitSentences } from './sentences.js';

/** Tokenises German text on wink-nlp with exact offsets into `text`. */
export function tokenize(text: string): TokenizedDoc {
  if (text.length === 0) return { text, tokens: [], sentences: [] };
  const { values, types } = winkTokens(text);
  const tokens = repairTokens(text, alignTokens(text, values, types));
  const sentences = splitSentences(text, tokens);
  return { text, tokens, sentences };
}
