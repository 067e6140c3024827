import { expect, test } from 'vitest';
import { datumTekstVan, datumUitKeuze } from './datum.ts';

test('the field reads JJJJ-MM-DD and Dates, and nothing that is not a day', () => {
  expect(datumTekstVan('2026-12-01')).toBe('2026-12-01');
  expect(datumTekstVan(' 2026-12-01 ')).toBe('2026-12-01');
  expect(datumTekstVan(new Date('2021-12-31T00:00:00Z'))).toBe('2021-12-31');
  for (const fout of ['2026-11-31', '2026-13-01', '05-11-2026', '1 december 2026', '', undefined, 20261201, new Date('x')])
    expect(datumTekstVan(fout), String(fout)).toBeUndefined();
});

test('a choice becomes a day only when complete, kept within its month', () => {
  expect(datumUitKeuze({ dag: '31', maand: '2', jaar: '2026' })).toBe('2026-02-28');
  expect(datumUitKeuze({ dag: '29', maand: '2', jaar: '2024' })).toBe('2024-02-29');
  expect(datumUitKeuze({ dag: '1', maand: '12', jaar: '2026' })).toBe('2026-12-01');
  expect(datumUitKeuze({ dag: '1', maand: '12', jaar: '' })).toBeUndefined();
  expect(datumUitKeuze({ dag: '1', maand: '12', jaar: '26' })).toBeUndefined();
  expect(datumUitKeuze({ dag: '', maand: '12', jaar: '2026' })).toBeUndefined();
});
