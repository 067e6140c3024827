import { describe, expect, test } from 'vitest';
import { combineer, herrangschik, titelNiveau, woordbegins, zoekwoorden } from './rangschikking.ts';

describe('title matches', () => {
  test('an exact title, ignoring case, punctuation and diacritics, is the best match', () => {
    expect(titelNiveau('werk met small wins', 'Werk met small wins')).toBe(3);
    expect(titelNiveau('vrijwillig maar niet vrijblijvend', 'Vrijwillig, maar niet vrijblijvend')).toBe(3);
    expect(titelNiveau('een gedeelde missie', 'Eén gedeelde missie')).toBe(3);
  });

  test('a title that starts with the query, then one that contains it as a phrase', () => {
    expect(titelNiveau('start klein', 'Start klein, met een pilot')).toBe(2);
    expect(titelNiveau('small wins', 'Werk met small wins')).toBe(1);
    expect(titelNiveau('wins', 'Werk met small wins')).toBe(0);
    expect(titelNiveau('met small', 'Werk met smallere wins')).toBe(0);
  });

  test('re-ranking moves title matches up and keeps the rest in order', () => {
    const items = ['Over small wins en meer', 'Iets anders', 'Werk met small wins', 'Nog iets'];
    expect(herrangschik(items, 'werk met small wins', (t) => t)).toEqual([
      'Werk met small wins',
      'Over small wins en meer',
      'Iets anders',
      'Nog iets',
    ]);
    expect(herrangschik(items, 'zonder treffer', (t) => t)).toEqual(items);
  });
});

describe('query words', () => {
  test('drop Dutch function words from a question', () => {
    expect(zoekwoorden('Wat moet de gemeente regelen voor tijdelijke huisvesting?').woorden).toEqual([
      'gemeente',
      'regelen',
      'tijdelijke',
      'huisvesting',
    ]);
  });

  test('keep hyphenated words whole, and a query of only function words as typed', () => {
    expect(zoekwoorden('co-creatie met bewoners').term).toBe('co-creatie bewoners');
    expect(zoekwoorden('wat is het').term).toBe('wat is het');
  });

  test('leave an exact phrase search to Pagefind', () => {
    expect(zoekwoorden('"small wins"')).toEqual({ term: '"small wins"', woorden: [] });
  });
});

describe('combining word-by-word results', () => {
  test('ranks pages with more of the words first, then by summed score', () => {
    const a = { id: 'a', score: 5 };
    const b = { id: 'b', score: 1 };
    const c = { id: 'c', score: 2 };
    const lijst = combineer([[a, b], [b, c], [c]]);
    expect(lijst.map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('word beginnings for compounds', () => {
  test('shorten a long word letter by letter down to half its length', () => {
    const begins = woordbegins('samenwerkingsverbanden');
    expect(begins[0]).toBe('samenwerkingsverbande');
    expect(begins).toContain('samenwerkings');
    expect(begins.at(-1)).toBe('samenwerkin');
  });

  test('leave short words alone', () => {
    expect(woordbegins('gemeente')).toEqual(['gemeent', 'gemeen', 'gemee']);
    expect(woordbegins('school')).toEqual([]);
  });
});
