// Deterministic synthetic gazetteers for the scaling benchmark. Names are built
// from German-looking syllables, so they are plausible words that mostly do not
// occur in the corpus: the benchmark measures the cost of a big index, not of
// extra matches. Half PER ("Vorname Nachname"), a quarter ORG, a quarter LOC.

const SYL = ['ber', 'gen', 'hal', 'kor', 'lin', 'man', 'ner', 'dorf', 'wal', 'ter', 'stein', 'hau', 'sen', 'mei', 'rich', 'fel', 'bach',
  'ro', 'sa', 'ki', 'mo', 'lu', 'ha', 'te', 'ri', 'no', 'wen', 'del', 'gra', 'ben', 'hol', 'zer', 'frie', 'dank', 'kel', 'mar', 'lo', 'vi',
  'tra', 'pol', 'sch', 'eck', 'berg', 'win', 'ul', 'an', 'ost', 'ke'];
const FIRST = ['Anna', 'Peter', 'Maria', 'Thomas', 'Julia', 'Michael', 'Sabine', 'Andreas', 'Claudia', 'Stefan', 'Monika', 'Frank',
  'Petra', 'Jürgen', 'Katrin', 'Markus', 'Susanne', 'Martin', 'Birgit', 'Klaus', 'Heike', 'Jan', 'Nicole', 'Tobias', 'Sandra', 'Uwe',
  'Silke', 'Jens', 'Anke', 'Lars', 'Kerstin', 'Sven', 'Ute', 'Dirk', 'Doris', 'Ralf', 'Karin', 'Holger', 'Ines', 'Bernd', 'Lena',
  'Felix', 'Sophie', 'Lukas', 'Lea', 'Jonas', 'Mia', 'Paul', 'Emma', 'Leon'];
const ORG_FORMS = [(w) => `${w} AG`, (w) => `${w} GmbH`, (w) => `${w}-Stiftung`, (w) => `${w} Verlag`, (w) => `Bank ${w}`, (w) => `${w}-Werke`, (w) => `Institut ${w}`, (w) => `${w} Holding`];
const LOC_FORMS = [(w) => `${w}burg`, (w) => `${w}hausen`, (w) => `Bad ${w}`, (w) => `${w}dorf`, (w) => `${w} am See`, (w) => `${w}stadt`, (w) => `Neu${w.toLowerCase()}`, (w) => `${w}tal`];

/** k-th word: syllables in mixed radix, at least two, capitalised. */
function word(k) {
  let s = '';
  let n = k;
  do { s += SYL[n % SYL.length]; n = Math.floor(n / SYL.length); } while (n > 0);
  if (k < SYL.length) s += SYL[(k * 7 + 3) % SYL.length];
  return s[0].toUpperCase() + s.slice(1);
}

/** `size` entries (GazetteerEntry shape), the same prefix for every size. */
export function syntheticEntries(size) {
  const out = new Array(size);
  let per = 0, org = 0, loc = 0;
  for (let i = 0; i < size; i++) {
    const slot = i % 4;
    if (slot < 2) {
      const k = per++;
      const last = word(Math.floor(k / FIRST.length) + 100);
      const first = FIRST[k % FIRST.length];
      const e = { id: `per:syn-${i}`, type: 'PER', canonical: `${first} ${last}` };
      if (k % 3 === 0) e.aliases = [`${first[0]}. ${last}`];
      out[i] = e;
    } else if (slot === 2) {
      const k = org++;
      const w = word(Math.floor(k / ORG_FORMS.length) + 200);
      const e = { id: `org:syn-${i}`, type: 'ORG', canonical: ORG_FORMS[k % ORG_FORMS.length](w) };
      if (k % 4 === 0) e.aliases = [w.slice(0, 3).toUpperCase() + String.fromCharCode(65 + (k % 26))];
      out[i] = e;
    } else {
      const k = loc++;
      const w = word(Math.floor(k / LOC_FORMS.length) + 300);
      out[i] = { id: `loc:syn-${i}`, type: 'LOC', canonical: LOC_FORMS[k % LOC_FORMS.length](w) };
    }
  }
  return out;
}
