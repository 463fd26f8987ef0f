/** Anything that needs the full splitter: hyphens, slashes, brackets, quotes, punctuation, unusual spaces. */
const COMPLEX = /[^\p{L}\p{N}. &]|^ | $|  /u;
const OPENERS = /^[(„»"“‚'[]+/;
const CLOSERS = /[)“«"”‘'\],;:!?]+$/;

/**
 * Splits a gazetteer name into the pieces the document tokeniser produces:
 * whitespace-separated words, hyphen compounds split into their parts, "/"
 * and brackets as pieces of their own. "Kim Jong-un" → Kim, Jong, un.
 */
export function namePieces(name: string): string[] {
  // Most names are plain words separated by single spaces.
  if (!COMPLEX.test(name)) return name.split(' ');
  const out: string[] = [];
  for (const word of name.trim().split(/\s+/)) {
    if (!word) continue;
    let w = word;
    const open = OPENERS.exec(w);
    if (open && open[0].length < w.length) { for (const c of open[0]) out.push(c); w = w.slice(open[0].length); }
    const close = CLOSERS.exec(w);
    let tail: string[] = [];
    if (close && close[0].length < w.length && !/^'$/.test(close[0])) { tail = [...close[0]]; w = w.slice(0, -close[0].length); }
    const slashParts = w.split('/');
    slashParts.forEach((p, k) => {
      if (k > 0) out.push('/');
      if (!p) return;
      const hy = p.split(/[-\u2010\u2011]/);
      if (hy.length > 1 && hy.every((h) => h.length > 0)) out.push(...hy);
      else out.push(p);
    });
    out.push(...tail);
  }
  return out;
}

/** Is this name plain ASCII words (letters, digits, ".", "&") separated by single
 *  spaces? Then its pieces are `name.split(' ')` and their folded forms are
 *  `name.toLowerCase().split(' ')` (fold is toLowerCase on such text). */
export function isPlainAsciiName(name: string): boolean {
  const n = name.length;
  if (n === 0 || name.charCodeAt(0) === 32 || name.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 38) continue;
    if (c === 32 && name.charCodeAt(i - 1) !== 32) continue;
    return false;
  }
  return true;
}
