import { expect, test } from 'vitest';
import { alsTekst, dagenIn, dagUitKeuze, dagVan, vandaag, voluit } from './datum.ts';

test('a month has the days of its calendar, February of a leap year 29', () => {
  expect([dagenIn(2026, 2), dagenIn(2024, 2), dagenIn(2026, 11), dagenIn(2026, 12)]).toEqual([28, 29, 30, 31]);
});

test('the field reads JJJJ-MM-DD and Dates, and nothing that is not a day', () => {
  expect(dagVan('2026-12-01')).toEqual({ jaar: 2026, maand: 12, dag: 1 });
  expect(dagVan(new Date('2021-12-31T00:00:00Z'))).toEqual({ jaar: 2021, maand: 12, dag: 31 });
  for (const fout of ['2026-11-31', '2026-13-01', '05-11-2026', '1 december 2026', '', undefined, 20261201])
    expect(dagVan(fout), String(fout)).toBeUndefined();
});

test('a day is shown the Dutch way and written as JJJJ-MM-DD', () => {
  const dag = { jaar: 2026, maand: 12, dag: 1 };
  expect(voluit(dag)).toBe('1 december 2026');
  expect(alsTekst(dag)).toBe('2026-12-01');
  expect(alsTekst(dagVan('2024-02-29')!)).toBe('2024-02-29');
});

test("today is the author's day, also late in the evening", () => {
  expect(vandaag(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
  expect(vandaag(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
});

test('a choice becomes a day only when complete, kept within its month', () => {
  expect(dagUitKeuze({ dag: '31', maand: '2', jaar: '2026' })).toEqual({ jaar: 2026, maand: 2, dag: 28 });
  expect(dagUitKeuze({ dag: '29', maand: '2', jaar: '2024' })).toEqual({ jaar: 2024, maand: 2, dag: 29 });
  expect(dagUitKeuze({ dag: '1', maand: '12', jaar: '' })).toBeUndefined();
  expect(dagUitKeuze({ dag: '1', maand: '12', jaar: '26' })).toBeUndefined();
  expect(dagUitKeuze({ dag: '', maand: '12', jaar: '2026' })).toBeUndefined();
});
