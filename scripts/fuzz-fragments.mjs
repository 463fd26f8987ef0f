// Pieces of German news text and of bad input, glued together at random by the
// property tests (tests/property.test.ts) and by `npm run fuzz` (scripts/fuzz.mjs).
export const FRAGMENTS = [
  'Putin', 'Wladimir', 'Moskau', 'Olaf', 'Scholz', 'Berlin', 'Kim', 'Jong', 'Un', 'Russland', 'russische', 'Berliner',
  'Müller', 'Mu\u0308ller', 'Thomas', 'Bayern', 'München', 'FC', 'EU', 'NATO', 'Dr.', 'Nr.', 'St.', '3.', 'Oktober',
  'der', 'die', 'traf', 'in', 'und', 'sagte', 'Präsident', 'Kanzler', 's', "'s", 'ä', 'Ö', 'ß', 'ẞ',
  ' ', ' ', ' ', '-', '.', ',', ':', '(', ')', '„', '“', '"', '\n', '\n\n', '\t', '\u00a0', '\u2009',
  '\u0308', '\u0301', '\uD800', '\uDC00', '😀', '👨‍👩‍👧', '🇩🇪', '\u200b', '\u200d', '\u00ad', '\u202e', '\u0000', '\ufeff',
  'Путин', '김정은', 'A', 'AAAA', '--', '...',
];
