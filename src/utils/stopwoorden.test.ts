import { expect, test } from 'vitest';
import { STOPWOORDEN, TEKSTSTOPWOORDEN, ZOEKSTOPWOORDEN, zonderStopwoorden } from './stopwoorden.ts';
import { tokens } from './verwant.ts';

test('a question loses its function words, not its subject', () => {
  expect(zonderStopwoorden('wat moet een gemeente regelen voor tijdelijke huisvesting'.split(' '))).toEqual([
    'gemeente',
    'regelen',
    'tijdelijke',
    'huisvesting',
  ]);
  expect(zonderStopwoorden('Waarom krijgen we geen vergunning'.split(' '))).toEqual(['vergunning']);
});

test('a query of function words only is kept as typed', () => {
  expect(zonderStopwoorden(['Wat', 'is', 'dat'])).toEqual(['Wat', 'is', 'dat']);
});

test('both uses share the Dutch function words; each adds only its own kind', () => {
  for (const woord of STOPWOORDEN) {
    expect(ZOEKSTOPWOORDEN.has(woord)).toBe(true);
    expect(TEKSTSTOPWOORDEN.has(woord)).toBe(true);
  }
  expect(ZOEKSTOPWOORDEN.has('waarom')).toBe(true);
  expect(TEKSTSTOPWOORDEN.has('waarom')).toBe(false);
  expect(TEKSTSTOPWOORDEN.has('bijvoorbeeld')).toBe(true);
  expect(ZOEKSTOPWOORDEN.has('bijvoorbeeld')).toBe(false);
  expect([...STOPWOORDEN, ...ZOEKSTOPWOORDEN, ...TEKSTSTOPWOORDEN].every((w) => /^[a-z]+$/.test(w))).toBe(true);
});

test('the related-insights index skips the text stop words', () => {
  expect(tokens('zoals bijvoorbeeld daarbij de gemeente')).toEqual(tokens('gemeente'));
  expect(tokens('gemeente')).toHaveLength(1);
});
