/**
 * Kölner Phonetik (Postel 1969): a phonetic key for German spelling, so that
 * Vladivostok and Wladiwostok, Schojgu and Schoigu share a key. Implemented
 * from the published rules; input is a folded (lower-case, ASCII) word.
 */
export function colognePhonetic(word: string): string {
  const s = word.replace(/[^a-z]/g, '');
  let codes = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const prev = i > 0 ? s[i - 1]! : '';
    const next = s[i + 1] ?? '';
    let code: string;
    switch (c) {
      case 'a': case 'e': case 'i': case 'j': case 'o': case 'u': case 'y': code = '0'; break;
      case 'h': code = ''; break;
      case 'b': code = '1'; break;
      case 'p': code = next === 'h' ? '3' : '1'; break;
      case 'd': case 't': code = 'csz'.includes(next) && next ? '8' : '2'; break;
      case 'f': case 'v': case 'w': code = '3'; break;
      case 'g': case 'k': case 'q': code = '4'; break;
      case 'c':
        if (i === 0) code = 'ahkloqrux'.includes(next) && next ? '4' : '8';
        else code = 'sz'.includes(prev) || !('ahkoqux'.includes(next) && next) ? '8' : '4';
        break;
      case 'x': code = 'ckq'.includes(prev) && prev ? '8' : '48'; break;
      case 'l': code = '5'; break;
      case 'm': case 'n': code = '6'; break;
      case 'r': code = '7'; break;
      case 's': case 'z': code = '8'; break;
      default: code = '';
    }
    codes += code;
  }
  let out = '';
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (c === out[out.length - 1]) continue;
    out += c;
  }
  return out.length > 1 ? out[0] + out.slice(1).replace(/0/g, '') : out;
}
