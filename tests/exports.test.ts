import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('should export exactly the documented functions and classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['NerError', 'createExtractor', 'dictionaryStats', 'extract', 'extractMany', 'extractStream', 'loadGazetteerFile', 'parseDerivationsTsv', 'parseEntriesJsonl', 'parseEntriesTsv', 'renderHtml', 'tokenize'].sort(),
    );
  });
});
