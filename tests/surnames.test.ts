import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { checkInvariants, find } from './helpers.js';

// A listed person's surname alone (news name people so after the first mention).
describe('surnames of listed persons', () => {
  it('should link a bare surname to the one listed person who carries it', () => {
    const s = 'Am Abend sagte Hambrecht, der Konzern bleibe stark.';
    const es = extract(s, { explain: true });
    checkInvariants(s, es);
    const e = find(s, es, 'Hambrecht');
    expect(e).toMatchObject({ type: 'PER', kind: 'name', id: 'per:juergen-hambrecht', source: 'gazetteer' });
    expect(e!.evidence!.join(' ')).toMatch(/surname of Jürgen Hambrecht/);
  });

  it('should read the genitive of a surname', () => {
    const s = 'Hambrechts Nachfolger steht seit Montag fest.';
    expect(find(s, extract(s), 'Hambrechts')).toMatchObject({ type: 'PER', id: 'per:juergen-hambrecht' });
  });

  it('should let a town or company of the same spelling win', () => {
    const s = 'Die Firma Porsche wächst weiter.';
    expect(find(s, extract(s), 'Porsche')?.type).toBe('ORG');
  });

  it('should take an unlisted first name before a listed surname into the person', () => {
    const s = 'Die Stammreihe beginnt mit Quendolin Hambrecht, einem Förster.';
    expect(find(s, extract(s), 'Quendolin Hambrecht')?.type).toBe('PER');
  });

  it.each([
    ['In Michael Quandts Song „Black or White“ tanzt sie.', 'Black'],
    ['Die Revue „The Rat Pack“ läuft in Wien.', 'Pack'],
    ['Die drei Spieler der Quandtex Line belegten Platz eins.', 'Line'],
  ])('should not read an English word as a surname, town or lone first name: %s', (s, surface) => {
    expect(find(s, extract(s), surface)).toBeUndefined();
  });

  it('should still read a surname spelt like an English word among German words', () => {
    const s = 'Nur wenige Wochen nach Hambrecht und Cook erreichte auch er die Insel.';
    expect(find(s, extract(s), 'Cook')?.type).toBe('PER');
  });

  it('should read a listed surname after a role word', () => {
    const s = 'Die Folgen für seinen Parteikollegen Hambrecht sind unklar.';
    expect(find(s, extract(s, { context: false }), 'Hambrecht')).toMatchObject({ type: 'PER', id: 'per:juergen-hambrecht' });
  });

  it('should take further first names before the pair into the person', () => {
    const s = 'Als Schüler lernte Johann Wilhelm Hambrecht in Riga Latein.';
    expect(find(s, extract(s), 'Johann Wilhelm Hambrecht')?.type).toBe('PER');
  });

  it('should not join a compound noun to a listed surname', () => {
    const s = 'Die Geschichte der alemannischen Volksgruppe Walser beginnt im Mittelalter.';
    expect(extract(s).find((e) => e.type === 'PER' && e.text.includes('Volksgruppe'))).toBeUndefined();
  });

  it('should leave a surname inside a longer capitalised name alone', () => {
    const s = 'Die Aktien von Trebusco Hambrecht stiegen.';
    expect(find(s, extract(s), 'Hambrecht')?.id).not.toBe('per:juergen-hambrecht');
  });

  it.each([
    ['Der Fischer fuhr am Morgen hinaus.', 'Fischer'],
    ['Sehr geehrter Herr, vielen Dank für Ihren Brief.', 'Herr'],
  ])('should not take an ordinary word or role for a surname: %s', (s, surface) => {
    expect(find(s, extract(s), surface)).toBeUndefined();
  });
});
