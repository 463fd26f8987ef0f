/** Which rules a word can set off; rules skip every other token at the cost of one array read. */
export const TRIGGER = { person: 1, personNext: 2, org: 4, place: 8, placeNext: 16, paren: 32 } as const;
