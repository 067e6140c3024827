import { expect, test } from 'vitest';
import { regelsVan } from './svg.ts';

test('labels break at spaces into lines of at most max characters; a longer word keeps its own line', () => {
  expect(regelsVan('Borgen van de impact', 10)).toEqual(['Borgen van', 'de impact']);
  expect(regelsVan('Alliantie vormen', 30)).toEqual(['Alliantie vormen']);
  expect(regelsVan('Maatschappelijke organisatie', 10)).toEqual(['Maatschappelijke', 'organisatie']);
});
