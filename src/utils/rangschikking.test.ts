import { describe, expect, test } from 'vitest';
import { herrangschik, rangschikOpBegrippen, titelNiveau, verenig, woordbegins } from './rangschikking.ts';

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
    // One long word that is a whole word of the title: the agreement template for "samenwerkingsovereenkomst".
    expect(titelNiveau('samenwerkingsovereenkomst', 'Stramien voor een samenwerkingsovereenkomst')).toBe(1);
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

describe('words with several terms', () => {
  test('a page found through any term of a word counts once, with its best score', () => {
    const perTerm = [
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [{ id: 'a', score: 5 }],
    ];
    expect(verenig(perTerm)).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 3 },
    ]);
  });
});

describe('ranking by meaningful words', () => {
  const t = (id: string, score = 1) => ({ id, score });
  const ids = (r: { item: { id: string } }[]) => r.map((x) => x.item.id);

  test('a rare word weighs more than a common one, and a better match more than a weak one', () => {
    // 'partners' is on 60 of 100 pages (common), 'haken' on 3; "afhaken" made page c the best match for 'haken'.
    const partners = Array.from({ length: 60 }, (_, i) => t(`p${i}`, 5));
    partners.push(t('a', 9), t('b', 9));
    const haken = [t('c', 6), t('a', 3), t('b', 3)];
    const r = rangschikOpBegrippen([partners, haken], 100);
    expect(ids(r).slice(0, 3)).toEqual(['c', 'a', 'b']);
    // Only pages with the uncommon word are kept; 'c' matched one of the two words.
    expect(r.map((x) => x.woorden)).toEqual([1, 2, 2]);
  });

  test('with three or more words, pages missing one of them are kept after the rest', () => {
    const r = rangschikOpBegrippen(
      [
        [t('a'), t('b'), t('c'), t('d')],
        [t('a'), t('b'), t('c')],
        [t('a'), t('b'), t('c'), t('d')],
      ],
      1000,
    );
    expect(ids(r)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.at(-1)!.woorden).toBe(2);
  });

  test('when fewer than three pages have every word, pages with any of them follow', () => {
    const r = rangschikOpBegrippen(
      [
        [t('a'), t('b')],
        [t('a'), t('c')],
      ],
      1000,
    );
    expect(ids(r)).toEqual(['a', 'b', 'c']);
    expect(rangschikOpBegrippen([[t('a')], []], 1000).map((x) => x.woorden)).toEqual([1]);
  });
});
