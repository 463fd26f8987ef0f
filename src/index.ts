export { extract, extractStream, extractMany, createExtractor } from './extractor.js';
export { tokenize } from './tokenize/tokenize.js';
export { parseEntriesTsv, parseDerivationsTsv } from './model/parse-tsv.js';
export { parseEntriesJsonl, loadGazetteerFile } from './io/load-gazetteer-file.js';
export { dictionaryStats } from './model/stats.js';
export type { DictionaryStats } from './model/stats.js';
export { renderHtml } from './render/render-html.js';
export type { RenderHtmlOptions } from './render/render-html.js';
export { NerError } from './errors.js';
export type { ErrorCode } from './errors.js';
export type {
  Entity,
  EntityKind,
  EntitySource,
  EntityType,
  ExtractOptions,
  ExtractManyOptions,
  TextSource,
  Extractor,
  ExtractorOptions,
  GazetteerEntry,
  Derivation,
} from './types.js';
export type { Token, Sentence, TokenizedDoc } from './tokenize/types.js';
