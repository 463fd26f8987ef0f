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
