import { describe, expect, test } from 'vitest';
import { facetVoorTaxonomie, heeftFilters, isGelijk, leesZoekStatus, zoekQueryString } from './zoeken.ts';

describe('the search state in the URL', () => {
  test('reads the query and the facets, ignoring unknown parameters and empty values', () => {
    const s = leesZoekStatus(
      new URLSearchParams('q=  tijdelijke   huisvesting &rol=gemeente&rol=&rol=gemeente&soort=les&utm_source=x'),
    );
    expect(s).toEqual({ q: 'tijdelijke huisvesting', filters: { rol: ['gemeente'], soort: ['les'] } });
  });

  test('drops ids that no longer exist when told which are known', () => {
    const s = leesZoekStatus(
      new URLSearchParams('rol=gemeente&rol=opgeheven'),
      (sleutel, id) => sleutel === 'rol' && id === 'gemeente',
    );
    expect(s.filters).toEqual({ rol: ['gemeente'] });
  });

  test('writes a canonical query string: q first, facets in page order', () => {
    const a = zoekQueryString({
      q: 'daklozen',
      filters: { alliantie: ['huisvesting-alliantie'], soort: ['succesvoorwaarde'], rol: ['gemeente', 'school'] },
    });
    expect(a).toBe('?q=daklozen&soort=succesvoorwaarde&rol=gemeente&rol=school&alliantie=huisvesting-alliantie');
    expect(zoekQueryString({ q: ' ', filters: {} })).toBe('');
    expect(zoekQueryString({ q: 'a&b=c', filters: {} })).toBe('?q=a%26b%3Dc');
  });

  test('round-trips through the URL', () => {
    const status = { q: 'één vergunning', filters: { fase: ['co-creatie', 'borgen'], thema: ['sociale-huisvesting'] } };
    const terug = leesZoekStatus(new URLSearchParams(zoekQueryString(status)));
    expect(isGelijk(terug, status)).toBe(true);
    expect(terug.q).toBe('één vergunning');
  });

  test('knows when filters are chosen', () => {
    expect(heeftFilters({ q: 'x', filters: {} })).toBe(false);
    expect(heeftFilters({ q: '', filters: { rol: [] } })).toBe(false);
    expect(heeftFilters({ q: '', filters: { rol: ['gemeente'] } })).toBe(true);
  });

  test('maps taxonomies to facet keys, and has no facet for sectors', () => {
    expect(facetVoorTaxonomie('rollen')).toBe('rol');
    expect(facetVoorTaxonomie('allianties')).toBe('alliantie');
    expect(facetVoorTaxonomie('sectoren')).toBeUndefined();
  });
});
