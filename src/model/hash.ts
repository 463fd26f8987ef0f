/** Final mix of a 32-bit hash (murmur3 fmix32). */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The base of the polynomial string hash. */
export const B = 0x9e3779b1 | 0;

/** Polynomial hash of `s` (Horner over UTF-16 units, mod 2^32), mixed. */
export function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, B) + s.charCodeAt(i)) | 0;
  return mix(h);
}
