import type { TokenizedDoc } from './types.js';
import { tokenizeChunks, type TokenTemplate } from './chunks.js';
import { splitSentences } from './sentences.js';

export { LONGEST_TOKENISED_RUN } from './chunks.js';

/** Tokenises German text on wink-nlp with exact offsets into `text`. */
export function tokenize(text: string): TokenizedDoc {
  return tokenizeWithTemplates(text).doc;
}

/** `tokenize`, plus each token's memoised template (for the pipeline's word-fact cache; see chunks.ts).
 *  `templates` is valid until the next call (a list reused by every call). */
export function tokenizeWithTemplates(text: string): { doc: TokenizedDoc; templates: ReadonlyArray<TokenTemplate | undefined> } {
  if (text.length === 0) return { doc: { text, tokens: [], sentences: [] }, templates: [] };
  const { tokens, templates } = tokenizeChunks(text);
  const sentences = splitSentences(text, tokens);
  return { doc: { text, tokens, sentences }, templates };
}
