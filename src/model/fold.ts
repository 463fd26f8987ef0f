const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const SIMPLE = /^[a-z0-9.'/-]*$/;
const SPECIAL = /[äöüßæœøłđı]/g;
const MARKS = /\p{M}/gu;

/**
 * Folds a word for lookup: lower case, German umlauts and ß spelt out
 * (München = Muenchen), all other diacritics removed (Erdoğan = Erdogan),
 * typographic apostrophes unified.
 */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (SIMPLE.test(lower)) return lower;
  // Latin-1 only (names with spaces, umlauts, accents): every step below acts on each
  // character alone there (no combining marks to compose), so a per-character table is exact.
  let latin1 = true;
  let same = true;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c > 0xff) { latin1 = false; break; }
    if (same && !KEPT[c]) same = false;
  }
  if (latin1) {
    if (same) return lower;
    let out = '';
    for (let k = 0; k < lower.length; k++) out += LATIN1[lower.charCodeAt(k)]!;
    return out;
  }
  return foldSlow(lower);
}

/** The general case of fold, on a lower-cased word. */
function foldSlow(lower: string): string {
  return lower
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .normalize('NFC')
    .replace(SPECIAL, (c) => UMLAUTS[c]!)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[\u2019\u2018`´]/g, "'");
}

/** foldSlow of each Latin-1 character. */
const LATIN1: string[] = [];
/** 1 where foldSlow leaves the Latin-1 character as it is. */
const KEPT = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  LATIN1.push(foldSlow(String.fromCharCode(c)));
  KEPT[c] = LATIN1[c] === String.fromCharCode(c) ? 1 : 0;
}

/** Same as fold, memoised for the hot path; bounded so memory stays flat. */
export function createFolder(limit = 200_000): (word: string) => string {
  let cache = new Map<string, string>();
  return (word) => {
    let f = cache.get(word);
    if (f === undefined) {
      f = fold(word);
      if (cache.size >= limit) cache = new Map();
      cache.set(word, f);
    }
    return f;
  };
}

/** The case shape of a word, to check a folded match against the alias. */
export function caseShape(word: string): 'lower' | 'upper' | 'title' | 'mixed' {
  const first = word[0] ?? '';
  const isUpperFirst = first !== first.toLowerCase();
  if (!isUpperFirst) return first === first.toUpperCase() && /\d/.test(first) ? 'mixed' : 'lower';
  if (word === word.toUpperCase()) return word.length > 1 ? 'upper' : 'title';
  return 'title';
}
