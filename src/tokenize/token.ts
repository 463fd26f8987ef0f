import type { Token } from './types.js';

/**
 * The token objects of a document. A class rather than an object literal, for
 * V8's sake: objects made by a literal carry an allocation site, and when a
 * minor GC once happens to find most of a site's recent objects alive (a GC in
 * the middle of a long document), V8 decides to allocate all later objects of
 * that site directly in the old generation ("pretenuring") and keeps the
 * decision. Tokens live for one document, so in the old generation they became
 * garbage that only full GCs reclaim: extract() ran at about half its speed in
 * such processes. Objects made by `new` carry no allocation site.
 * The fields and their order are those of a literal { start, end, text, kind, sentence };
 * `parts`, `abbr` and `ordinal` are added only to the tokens that have them.
 */
export class TokenObject implements Token {
  declare parts?: Array<[number, number]>;
  declare abbr?: true;
  declare ordinal?: true;
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public kind: Token['kind'],
    public sentence: number,
  ) {}
}
