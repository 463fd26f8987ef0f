/** A token of the original text. Offsets are UTF-16 code units, end exclusive. */
export interface Token {
  start: number;
  end: number;
  /** `text.slice(start, end)` of the original text. */
  text: string;
  /** word: letters/digits (possibly hyphenated), num: number, punct: punctuation, sym: anything else. */
  kind: 'word' | 'num' | 'punct' | 'sym';
  /** Hyphenated compound parts, as [start, end) pairs; absent for simple words. */
  parts?: Array<[number, number]>;
  /** An abbreviation ending in a dot ("Nr.", "Dr.", "z."), or an initial ("F."). */
  abbr?: true;
  /** An ordinal number ending in a dot ("3.", "1."). */
  ordinal?: true;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last token. */
  firstToken: number;
  endToken: number;
}

export interface TokenizedDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}
