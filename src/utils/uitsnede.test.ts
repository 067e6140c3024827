import { describe, expect, test } from 'vitest';
import { leesUitsnede, zonderVoorvoegsel } from './uitsnede.ts';

describe('excerpts', () => {
  test('split into plain text and highlights', () => {
    expect(leesUitsnede('De <mark>gemeente</mark> ondersteunt <mark>tijdelijke</mark> <mark>huisvesting</mark>.')).toEqual([
      { tekst: 'De ', gemarkeerd: false },
      { tekst: 'gemeente', gemarkeerd: true },
      { tekst: ' ondersteunt ', gemarkeerd: false },
      { tekst: 'tijdelijke', gemarkeerd: true },
      { tekst: ' ', gemarkeerd: false },
      { tekst: 'huisvesting', gemarkeerd: true },
      { tekst: '.', gemarkeerd: false },
    ]);
  });

  test('markup from a page stays text, including a literal <mark>', () => {
    const stukken = leesUitsnede(
      '&lt;img src=x onerror="alert(1)"&gt; en een letterlijke &lt;mark&gt; naast <mark>echt</mark> & meer',
    );
    expect(stukken).toEqual([
      { tekst: '<img src=x onerror="alert(1)"> en een letterlijke <mark> naast ', gemarkeerd: false },
      { tekst: 'echt', gemarkeerd: true },
      { tekst: ' & meer', gemarkeerd: false },
    ]);
  });

  test('lose the soort label and title the result already shows', () => {
    const stukken = leesUitsnede(
      'Succesvoorwaarde Ondersteun het project met een <mark>intentieverklaring</mark>. De <mark>gemeente</mark> ondersteunt',
    );
    expect(zonderVoorvoegsel(stukken, 'Succesvoorwaarde Ondersteun het project met een intentieverklaring')).toEqual([
      { tekst: 'De ', gemarkeerd: false },
      { tekst: 'gemeente', gemarkeerd: true },
      { tekst: ' ondersteunt', gemarkeerd: false },
    ]);
  });

  test('stay whole when they do not start with the title, or are only the title', () => {
    const stukken = leesUitsnede('midden in de tekst over <mark>daklozen</mark>');
    expect(zonderVoorvoegsel(stukken, 'Succesvoorwaarde Iets anders')).toBe(stukken);
    const alleenTitel = leesUitsnede('Les <mark>Titel</mark>.');
    expect(zonderVoorvoegsel(alleenTitel, 'Les Titel')).toBe(alleenTitel);
  });
});
