/** Pieces of German news text and of bad input for property tests. */
export declare const FRAGMENTS: string[];
