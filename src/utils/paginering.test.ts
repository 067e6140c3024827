import { describe, expect, test } from 'vitest';
import { pagineer, paginaNummers, paginaUrl } from './paginering.ts';

describe('pagineer', () => {
  test('splits a list into pages, page 1 without a parameter', () => {
    const paginas = pagineer([1, 2, 3, 4, 5], 2);
    expect(paginas.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginas.map((p) => p.param)).toEqual([undefined, 'pagina/2', 'pagina/3']);
    expect(paginas.every((p) => p.aantalPaginas === 3)).toBe(true);
  });
  test('an empty list still has page 1', () => {
    expect(pagineer([], 50)).toEqual([{ nummer: 1, aantalPaginas: 1, items: [], param: undefined }]);
  });
});

test('paginaUrl keeps the listing URL for page 1', () => {
  expect(paginaUrl('/inzichten/', 1)).toBe('/inzichten/');
  expect(paginaUrl('/inzichten/', 3)).toBe('/inzichten/pagina/3/');
});

test('paginaNummers shows the ends and the neighbourhood, with gaps', () => {
  expect(paginaNummers(1, 3)).toEqual([1, 2, 3]);
  expect(paginaNummers(10, 200)).toEqual([1, null, 8, 9, 10, 11, 12, null, 200]);
  expect(paginaNummers(1, 10)).toEqual([1, 2, 3, null, 10]);
});
