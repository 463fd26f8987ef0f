/** Which rules a word can set off; rules skip every other token at the cost of one array read. */
export const TRIGGER = {
  person: 1, personNext: 2, org: 4, place: 8, placeNext: 16, paren: 32,
  // Word facts the rules test on their tokens, answered once per written form (see triggers.ts).
  /** Upper-case first letter (/^\p{Lu}/u). */
  capitalised: 1 << 6,
  /** isFirstName. */
  firstName: 1 << 7,
  /** isRoleWord. */
  role: 1 << 8,
  /** isGenitiveRoleWord. */
  genitiveRole: 1 << 9,
  /** An inhabitant noun of a listed place (person-rules). */
  inhabitant: 1 << 10,
  /** A verb of saying (person-rules' SPEECH). */
  speech: 1 << 11,
  /** A first name plus a genitive -s, and no first name itself (Melanies). */
  genitiveFirstName: 1 << 12,
  /** A road word: A, B, Bundesstraße, Autobahn or a road number (A7, B96). */
  road: 1 << 13,
  /** A capitalised place noun before a name (Gemeinde, Stadt: the model's location cues). */
  locationCue: 1 << 14,
  /** A place preposition, also capitalised at a sentence start (in, In, von, über). */
  placePreposition: 1 << 15,
  /** A word before a mountain's name (am, zum, dem). */
  mountainBefore: 1 << 16,
  /** A capitalised word of eight letters or more, not an ordinary noun, with a street's or square's ending. */
  streetName: 1 << 17,
  /** A word that opens a multi-word place name (Neu, Cerro, Lido). */
  placeOpener: 1 << 18,
  /** A word that closes a multi-word place name (Town, Falls). */
  placeCloser: 1 << 19,
  /** Capitals only, two to six, not a roman numeral (the acronym rule's shape). */
  acronym: 1 << 20,
  /** A quotation mark that can open a title (title-rules' OPENERS). */
  quoteOpener: 1 << 21,
  /** Upper then lower case (/^\p{Lu}\p{Ll}/u) and a place's derived word (Hamburger, Passauer). */
  placeAdjective: 1 << 22,
  /** A noun that announces a work's title (title-rules' isWorkNoun). */
  workNoun: 1 << 23,
  /** A noun that announces an organisation's quoted name (title-rules' ORG_NOUNS). */
  orgNoun: 1 << 24,
  /** A finite verb before its subject (person-rules' FINITE_VERBS or V2_VERBS). */
  verb: 1 << 25,
  /** An adverb between a verb and its subject (person-rules' MIDDLE_ADVERBS). */
  middleAdverb: 1 << 26,
  /** A subordinating conjunction before a bare subject (person-rules' CLAUSE_OPENERS). */
  clauseOpener: 1 << 27,
  /** The folded word ends in one -s (/[^s]s$/ on fold(w): a genitive). */
  foldedGenitiveS: 1 << 28,
  /** A comma. */
  comma: 1 << 29,
} as const;
