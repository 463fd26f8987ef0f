import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../src/index.js';
import { colognePhonetic } from '../src/model/phonetic.js';
import { find } from './helpers.js';

describe('Kölner Phonetik', () => {
  it.each([
    ['wladiwostok', 'vladivostok'],
    ['schoigu', 'schojgu'],
    ['meier', 'mayer'],
  ])('should give %s and %s one key', (a, b) => {
    expect(colognePhonetic(a)).toBe(colognePhonetic(b));
  });

  it('should follow the published rules on a known example', () => {
    // Postel's example: "Müller-Lüdenscheidt" → 65752682 (with ü folded to u).
    expect(colognePhonetic('mullerludenscheidt')).toBe('65752682');
  });
});

describe('fuzzy matching', () => {
  it.each([
    ['Wladimir Puttin hielt eine Rede.', 'Wladimir Puttin', 'per:wladimir-putin'],
    ['Sergei Schojgu besuchte die Truppen.', 'Sergei Schojgu', 'per:sergej-schoigu'],
    ['Angela Merkl sprach in Berlin.', 'Angela Merkl', 'per:angela-merkel'],
    ['Der Konzern Volkswagn meldete Gewinne.', 'Volkswagn', 'org:volkswagen'],
  ])('should read %s as a known name', (sentence, surface, id) => {
    const e = find(sentence, extract(sentence), surface);
    expect(e, JSON.stringify(extract(sentence))).toMatchObject({ id, source: 'fuzzy' });
    expect(e!.score).toBeLessThan(0.9);
  });

  it('should match a transliteration with two edits when it sounds alike', () => {
    const text = 'Der Hafen von Vladivostok ist eisfrei.';
    expect(find(text, extract(text), 'Vladivostok')).toMatchObject({ id: 'loc:wladiwostok' });
    const text2 = 'Die Agentur RIA Novosti meldete das.';
    expect(find(text2, extract(text2), 'RIA Novosti')).toMatchObject({ type: 'ORG' });
  });

  it.each([
    'Im Rahmen der Gespräche gab es Streit.',
    'Er verzog keine Miene dabei.',
    'Die Meinung der Bürger ist klar.',
    'Das Problem liegt woanders.',
  ])('should never fuzz ordinary words into names: %s', (sentence) => {
    expect(extract(sentence).filter((e) => e.source === 'fuzzy')).toEqual([]);
  });

  it('should be switched off with fuzzy: false', () => {
    expect(extract('Angela Merkl sprach.', { fuzzy: false }).filter((e) => e.source === 'fuzzy')).toEqual([]);
  });

  it('should give no match when equally good corrections have different types', () => {
    const ex = createExtractor({
      builtin: false,
      entries: [
        { id: 'per:karl-brenner', type: 'PER', canonical: 'Karl Brenner', aliases: ['Brenner'] },
        { id: 'loc:brenmer', type: 'LOC', canonical: 'Brenmer' },
      ],
    });
    // "Brennmer" is one edit from both "Brenner" (PER) and "Brenmer" (LOC).
    expect(ex.extract('Gestern kam Brennmer an.').filter((e) => e.source === 'fuzzy')).toEqual([]);
    expect(ex.extract('Gestern kam Brennner an.')[0]).toMatchObject({ id: 'per:karl-brenner', source: 'fuzzy' });
  });
});
