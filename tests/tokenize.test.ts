import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index.js';
import { clearChunkMemo, winkChunkValues } from '../src/tokenize/chunks.js';
import { winkValues, tokenType } from '../src/tokenize/wink.js';

function words(text: string): string[] {
  const doc = tokenize(text);
  for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  return doc.tokens.map((t) => t.text);
}

describe('tokenize', () => {
  it.each([
    ['Präsident Erdoğan traf Babiš in Łódź.', ['Erdoğan', 'Babiš', 'Łódź']],
    ['Dvořák und Nguyễn spielten.', ['Dvořák', 'Nguyễn']],
  ])('should keep words with letters outside Latin-1 whole: %s', (text, expected) => {
    const w = words(text);
    for (const e of expected) expect(w).toContain(e);
  });

  it('should keep hyphenated compounds as one word with reachable parts', () => {
    const text = 'Die Russland-Reise von Kim Jong-un nach Nordrhein-Westfalen war Kreml-nahen Medien wichtig.';
    const doc = tokenize(text);
    const reise = doc.tokens.find((t) => t.text === 'Russland-Reise')!;
    expect(reise.parts!.map(([s, e]) => text.slice(s, e))).toEqual(['Russland', 'Reise']);
    expect(doc.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Jong-un', 'Nordrhein-Westfalen', 'Kreml-nahen']));
  });

  it('should give tokens exactly the fields they have (start, end, text, kind, sentence; parts, abbr, ordinal only when set)', () => {
    // Tokens are made by a constructor (src/tokenize/token.ts) for the GC's sake; to users they
    // must stay plain records: JSON and Object.keys see only the fields a token has.
    const text = 'Am 3. Oktober sprach Dr. Meier in der Russland-Reise-Debatte.';
    const doc = tokenize(text);
    const keys = (t: object) => Object.keys(t).join(',');
    const byText = (s: string) => doc.tokens.find((t) => t.text === s)!;
    expect(keys(byText('sprach'))).toBe('start,end,text,kind,sentence');
    expect(keys(byText('3.'))).toBe('start,end,text,kind,sentence,ordinal');
    expect(keys(byText('Dr.'))).toBe('start,end,text,kind,sentence,abbr');
    expect(keys(byText('Russland-Reise-Debatte'))).toBe('start,end,text,kind,sentence,parts');
    expect(JSON.parse(JSON.stringify(byText('Meier')))).toEqual({ start: text.indexOf('Meier'), end: text.indexOf('Meier') + 5, text: 'Meier', kind: 'word', sentence: 0 });
  });

  it.each(['Nr.', 'bzw.', 'ca.', 'Mio.', 'Mrd.', 'Abs.', 'Dr.', 'Prof.', 'St.'])(
    'should keep the abbreviation %s whole and not end the sentence',
    (abbr) => {
      const text = `Es ging um ${abbr} Meier und andere Dinge. Dann kam der Regen.`;
      const doc = tokenize(text);
      expect(doc.tokens.some((t) => t.text === abbr && t.abbr)).toBe(true);
      expect(doc.sentences).toHaveLength(2);
    },
  );

  it('should not split at "z. B." and "u. a."', () => {
    const doc = tokenize('Es gibt z. B. Äpfel und u. a. Birnen. Das reicht.');
    expect(doc.sentences).toHaveLength(2);
  });

  it('should read ordinals and dates as one token without a sentence break', () => {
    const text = 'Am 3. Oktober 2023 spielte der 1. FC Köln, am 23.09.2023 nicht.';
    const doc = tokenize(text);
    expect(doc.sentences).toHaveLength(1);
    expect(doc.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['3.', '1.', '23.09.2023']));
    expect(doc.tokens.find((t) => t.text === '3.')!.ordinal).toBe(true);
  });

  it('should end a sentence after a number when a new sentence starts', () => {
    expect(tokenize('Es waren 3. Die anderen kamen später.').sentences).toHaveLength(2);
  });

  it('should keep closing quotes with their sentence', () => {
    const text = 'Er sagte: „Wir kommen.“ Dann ging er. Sie rief »Halt!« und lief.';
    const doc = tokenize(text);
    const first = doc.sentences[0]!;
    expect(text.slice(first.start, first.end)).toBe('Er sagte: „Wir kommen.“');
    expect(doc.sentences).toHaveLength(3);
  });

  it('should end a sentence at a blank line (headline)', () => {
    expect(tokenize('Kim reist ab\n\nDer Machthaber fuhr heim.').sentences).toHaveLength(2);
  });

  it('should give exact offsets after the Unicode spaces wink drops, tabs, CRLF and NBSP', () => {
    const spaces = ['\u000b', '\u000c', '\u1680', '\u2000', '\u2001', '\u2006', '\u2007', '\u2008', '\u2028', '\u2029', '\u3000', '\ufeff', '\t', '\r\n', '\u00a0'];
    const text = spaces.map((s, i) => `Wort${i}${s}`).join('') + 'Ende';
    const w = words(text);
    expect(w).toEqual([...spaces.map((_, i) => `Wort${i}`), 'Ende']);
  });

  it('should give exact offsets around emoji, ZWJ sequences and combining marks', () => {
    const text = 'Mu\u0308ller 😀 sah 👨‍👩‍👧 in Ko\u0308ln.';
    const w = words(text);
    expect(w).toContain('Mu\u0308ller');
    expect(w).toContain('Ko\u0308ln');
    expect(w).toContain('👨‍👩‍👧');
  });

  it('should attach a genitive apostrophe to the name', () => {
    expect(words("Scholz' Rede und Merz’ Antwort")).toEqual(expect.arrayContaining(["Scholz'", 'Merz’']));
  });

  it('should skip runs longer than 255 characters without whitespace and keep the words around them', () => {
    const text = `Berlin ${'x'.repeat(50_000)} Paris ${'y'.repeat(255)} Ende`;
    const doc = tokenize(text);
    expect(doc.tokens.map((t) => t.text)).toEqual(['Berlin', 'Paris', 'y'.repeat(255), 'Ende']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('wink-nlp tokens per chunk (memoised)', () => {
  const texts = [
    'Der Kreml-Sprecher Dmitri Peskow sagte am 3. Oktober (Ortszeit): „Wir prüfen das.“ Nr. 5 folgt, bzw. ca. 20 Mio. Euro.',
    'Erdoğan traf in Łódź u.a. Vertreter der U.S.-Regierung; www.example.de und @nutzer #wahl schrieben 12:30 Uhr.',
    'Mu\u0308ller\u00a0sah\u2028Ko\u0308ln\u3000und\tden\r\nRhein\u000bbei 1990er-Jahren...',
  ];

  it.each(texts)('should give the tokens wink-nlp gives for the whole text: %s', (text) => {
    clearChunkMemo();
    for (const pass of ['cold', 'warm']) {
      const ours = winkChunkValues(text);
      const wink = winkValues(text).filter((v) => tokenType(v) !== 'tabCRLF');
      expect(ours, pass).toEqual(wink);
    }
  });

  it('should decide an ordinal by the word after it, also when the chunk "3." is memoised', () => {
    const text = 'Am 3. Oktober waren es 3. Die anderen kamen am 3.\u2028 November.';
    for (const pass of ['cold', 'warm']) {
      if (pass === 'cold') clearChunkMemo();
      const toks = tokenize(text).tokens;
      expect(toks.filter((t) => t.ordinal).map((t) => t.start), pass).toEqual([3, text.lastIndexOf('3.')]);
      expect(toks.some((t) => t.text === '3' && t.start === text.indexOf('3. Die')), pass).toBe(true);
    }
  });

  it('should give the same tokens with a cold and a warm memo', () => {
    const text = texts.join(' ');
    clearChunkMemo();
    const cold = tokenize(text);
    expect(tokenize(text)).toEqual(cold);
  });
});
