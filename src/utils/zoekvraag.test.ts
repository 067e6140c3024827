import { describe, expect, it } from 'vitest';
import { isVormVan, ontleedZoekvraag } from './zoekvraag.ts';

const synoniemen = [
  ['maatje', 'buddy'],
  ['tekort', 'te weinig', 'gebrek'],
  ['leraar', 'leraren', 'docent', 'leerkracht'],
  ['ministerie', 'rijksoverheid', 'interdepartementaal'],
];

describe('ontleedZoekvraag', () => {
  it('keeps the meaningful words and drops function words', () => {
    const v = ontleedZoekvraag('Wat moet de gemeente regelen voor tijdelijke huisvesting?');
    expect(v.begrippen.map((b) => b.woord)).toEqual(['gemeente', 'regelen', 'tijdelijke', 'huisvesting']);
    expect(v.term).toBe('gemeente regelen tijdelijke huisvesting');
  });

  it('adds the synonyms of a word, also for its plural', () => {
    const [maatjes] = ontleedZoekvraag('maatjes voor tijdelijke bewoners', synoniemen).begrippen;
    expect(maatjes!.zoektermen).toEqual(['maatjes', 'maatje', 'buddy']);
  });

  it('matches a synonym phrase across function words and searches its meaningful words', () => {
    const v = ontleedZoekvraag('te weinig leraren', synoniemen);
    expect(v.begrippen.map((b) => b.woord)).toEqual(['te weinig', 'leraren']);
    expect(v.begrippen[0]!.zoektermen).toEqual(['weinig', 'tekort', 'gebrek']);
    expect(v.begrippen[1]!.zoektermen).toEqual(['leraren', 'leraar', 'docent', 'leerkracht']);
  });

  it('joins a separable verb with its particle, which never counts on its own', () => {
    const v = ontleedZoekvraag('partners haken af');
    expect(v.begrippen).toEqual([
      { woord: 'partners', zoektermen: ['partners'] },
      { woord: 'haken', zoektermen: ['haken', 'afhaken'] },
    ]);
    expect(ontleedZoekvraag('ministeries werken niet samen', synoniemen).begrippen.map((b) => b.zoektermen)).toEqual([
      ['ministeries', 'ministerie', 'rijksoverheid', 'interdepartementaal'],
      ['werken', 'samenwerken'],
    ]);
  });

  it('adds the noun of an adjective on a noun', () => {
    expect(ontleedZoekvraag('leegstaand kantoor').begrippen[0]!.zoektermen).toEqual(['leegstaand', 'leegstand']);
  });

  it('never lets a word of one or two letters decide: it is not a meaningful word', () => {
    expect(ontleedZoekvraag('zorg ab').begrippen.map((b) => b.woord)).toEqual(['zorg']);
  });

  it('searches function words as typed when nothing else is left, and quoted queries as a phrase', () => {
    expect(ontleedZoekvraag('wie wat').term).toBe('wie wat');
    expect(ontleedZoekvraag('"open mind"')).toEqual({ term: '"open mind"', begrippen: [], exact: true });
  });
});

describe('isVormVan', () => {
  it('accepts inflected forms of a word, and nothing that merely starts the same', () => {
    expect(isVormVan('statushouders', 'statushouder')).toBe(true);
    expect(isVormVan('maatjes', 'maatje')).toBe(true);
    expect(isVormVan('leerkrachten', 'leerkracht')).toBe(true);
    expect(isVormVan('Geïnitieerd', 'geinitieerd')).toBe(true);
    expect(isVormVan('gebrekkig', 'gebrek')).toBe(false);
    expect(isVormVan('ab', 'abs')).toBe(false);
  });
});
