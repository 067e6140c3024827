import { describe, expect, test } from 'vitest';
import { bouwWoordenlijst, dichtstbijzijnd, maakWoordenboek, suggereer, woordenUit } from './suggesties.ts';

const boek = maakWoordenboek(
  bouwWoordenlijst([
    'Ondersteun het project met een intentieverklaring en tijdelijke vergunningen',
    'Tijdelijke huisvesting voor daklozen, tijdelijke huisvesting',
    'Leegstandbeheerder en welzijnsorganisatie',
    'Geïnitieerd door de gemeente; co-creatie met bewoners',
  ]),
);

describe('the vocabulary', () => {
  test('keeps words of three letters or more, most frequent first, without numbers', () => {
    const lijst = bouwWoordenlijst(['Tijdelijke huisvesting', 'tijdelijke vergunning in 2021', 'co-creatie']);
    expect(lijst.woorden[0]).toBe('tijdelijke');
    expect(lijst.aantallen[0]).toBe(2);
    expect(lijst.woorden).toContain('creatie');
    expect(lijst.woorden).not.toContain('in');
    expect(lijst.woorden).not.toContain('2021');
    expect(lijst.woorden).not.toContain('co');
  });

  test('is capped so the file stays small', () => {
    expect(bouwWoordenlijst(['aaa bbb ccc ddd'], 2).woorden).toHaveLength(2);
  });

  test('splits text into lower-case words, keeping diacritics', () => {
    expect(woordenUit('Eén co-creatie, geïnitieerd!')).toEqual(['eén', 'co', 'creatie', 'geïnitieerd']);
  });
});

describe('suggestions', () => {
  test('correct a typo to the closest known word', () => {
    expect(suggereer('huisvestnig', boek)).toBe('huisvesting');
    expect(suggereer('tijdelijke huisvestnig daklozne', boek)).toBe('tijdelijke huisvesting daklozen');
    expect(suggereer('leegstandbeheerdr', boek)).toBe('leegstandbeheerder');
  });

  test('ignore diacritics when comparing', () => {
    expect(suggereer('geinitieerd', boek)).toBeUndefined();
    expect(dichtstbijzijnd('geinitiered', boek)).toBe('geïnitieerd');
  });

  test('leave known words and word beginnings alone', () => {
    expect(suggereer('tijdelijke huisvesting', boek)).toBeUndefined();
    expect(suggereer('huisvest', boek)).toBeUndefined();
  });

  test('do not guess for short or unrelated words', () => {
    expect(suggereer('xyz', boek)).toBeUndefined();
    expect(suggereer('klimaatadaptatie', boek)).toBeUndefined();
  });
});
