import { expect, test } from 'vitest';
import { alsDatum, dagenIn, formatDatum, isDatumTekst, isoDatum, vandaag } from './datum.ts';

test('a month has the days of its calendar, February of a leap year 29', () => {
  expect([dagenIn(2026, 2), dagenIn(2024, 2), dagenIn(2026, 11), dagenIn(2026, 12)]).toEqual([28, 29, 30, 31]);
});

test('only a day that exists is a date, written as JJJJ-MM-DD', () => {
  expect(alsDatum(2024, 2, 29)).toBe('2024-02-29');
  expect([alsDatum(2026, 2, 29), alsDatum(2026, 11, 31), alsDatum(2026, 13, 1)]).toEqual([undefined, undefined, undefined]);
  expect(isDatumTekst('2026-12-01')).toBe(true);
  for (const fout of ['2026-11-31', '2026-13-01', '2026-1-5', '05-11-2026', '1 december 2026', '', undefined, 20261201])
    expect(isDatumTekst(fout), String(fout)).toBe(false);
});

test('a day is shown the Dutch way and kept as its UTC date', () => {
  const dag = new Date('2026-12-01');
  expect(formatDatum(dag)).toBe('1 december 2026');
  expect(isoDatum(dag)).toBe('2026-12-01');
});

test("today is the author's day, also late in the evening and just after midnight", () => {
  expect(vandaag(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
  expect(vandaag(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
});
