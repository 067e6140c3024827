import { expect, test } from 'vitest';
import { tokens } from './verwant.ts';
import { STOPWOORDEN, zonderStopwoorden } from './stopwoorden.ts';

test('a question loses its function words, not its subject', () => {
  expect(zonderStopwoorden('wat moet een gemeente regelen voor tijdelijke huisvesting'.split(' '))).toEqual([
    'gemeente',
    'regelen',
    'tijdelijke',
    'huisvesting',
  ]);
});

test('a query of function words only is kept as typed', () => {
  expect(zonderStopwoorden(['Wat', 'is', 'dat'])).toEqual(['Wat', 'is', 'dat']);
});

test('the related-insights index skips the same function words', () => {
  for (const woord of ['waarom', 'zoals', 'krijgen']) expect(STOPWOORDEN.has(woord)).toBe(true);
  expect(tokens('waarom zoals krijgen')).toEqual([]);
});
