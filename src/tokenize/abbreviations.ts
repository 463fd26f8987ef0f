/**
 * German abbreviations that end in a dot and never end a sentence by themselves.
 * Written by us from German orthography (Duden-style usage in news text).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Abb', 'Abg', 'Abs', 'Abt', 'Adm', 'Anm', 'Art', 'Aufl', 'Bd', 'Bde', 'Bf', 'Bhf', 'Bsp', 'bspw', 'bzgl',
  'bzw', 'ca', 'Chr', 'dgl', 'Di', 'Dipl', 'Do', 'Dr', 'dt', 'ebd', 'Ed', 'engl', 'erg', 'etc', 'ev', 'evtl',
  'exkl', 'Fa', 'Fam', 'ff', 'Fr', 'frz', 'geb', 'gegr', 'gem', 'Gebr', 'Gen', 'ggf', 'ggü', 'gest', 'Hbf',
  'hl', 'Hr', 'Hrsg', 'Hs', 'i', 'Ing', 'inkl', 'insb', 'Jan', 'Feb', 'Febr', 'Apr', 'Aug', 'Sept', 'Sep',
  'Okt', 'Nov', 'Dez', 'Jh', 'Jhd', 'Jhdt', 'jr', 'jun', 'Kap', 'kath', 'Kfm', 'kgl', 'Kl', 'Kr', 'Lkr',
  'lt', 'Ltd', 'max', 'Mi', 'Mill', 'min', 'Mio', 'Mo', 'Mrd', 'Mrz', 'Mz', 'Nachf', 'näml', 'No', 'Nr', 'Nrn',
  'o', 'od', 'öffentl', 'Pf', 'Pfr', 'Pkt', 'Pl', 'Pol', 'Prof', 'Prov', 'Reg', 'Rel', 'resp', 'Rd', 'S',
  'Sa', 'So', 'sen', 'sog', 'St', 'Std', 'Str', 'stv', 'Tel', 'Tsd', 'u', 'übers', 'ugs', 'Univ', 'urspr',
  'usf', 'usw', 'v', 'Verf', 'verh', 'Verw', 'vgl', 'vorm', 'vs', 'Wwe', 'z', 'zit', 'zul', 'zw', 'zzgl',
  'Mass', 'Vors', 'Präs', 'Stellv', 'stellv', 'Bundesvors', 'ehem', 'Sr', 'Jr', 'Mr', 'Mrs', 'Ms', 'Hl',
]);

/** Words that commonly start a German sentence; a number followed by "." and
 *  one of these is a sentence end ("… waren es 3. Die …"), not an ordinal. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Er', 'Sie', 'Es',
  'Ich', 'Wir', 'Ihr', 'Man', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Dann', 'Doch', 'Aber', 'Und', 'Auch',
  'Damit', 'Danach', 'Dabei', 'Davor', 'Deshalb', 'Daher', 'Denn', 'So', 'Wie', 'Was', 'Wer', 'Wo', 'Wann',
  'Warum', 'Nun', 'Jetzt', 'Heute', 'Bisher', 'Zudem', 'Außerdem', 'Allerdings', 'Trotzdem', 'Zuvor',
  'Später', 'Immer', 'Nicht', 'Kein', 'Keine', 'Mehr', 'Alle', 'Viele', 'Nur', 'Noch', 'Schon',
]);
