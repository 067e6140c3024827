import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { csvCel, naarCsv } from './csv.ts';

describe('csvCel', () => {
  test('quotes text and doubles inner quotes', () => {
    expect(csvCel('Zeg "ja"; of nee')).toBe('"Zeg ""ja""; of nee"');
  });

  test.each(['=1+1', '+31 20', '-2', '@SUM(A1)', '\tx', '\rx'])('prefixes a cell that starts a formula: %j', (waarde) => {
    expect(csvCel(waarde)).toBe(`"'${waarde}"`);
  });

  test('leaves ordinary text, numbers and empty values alone', () => {
    expect(csvCel('Gemeente – één')).toBe('"Gemeente – één"');
    expect(csvCel(2021)).toBe('2021');
    expect(csvCel(null)).toBe('');
    expect(csvCel(undefined)).toBe('');
  });
});

describe('naarCsv', () => {
  const kolommen = [
    { naam: 'id', waarde: (r: { id: string; tekst: string; jaar: number }) => r.id },
    { naam: 'tekst', waarde: (r: { id: string; tekst: string; jaar: number }) => r.tekst },
    { naam: 'jaar', waarde: (r: { id: string; tekst: string; jaar: number }) => r.jaar },
  ];
  const rijen = [
    { id: 'een', tekst: 'Creëren van één "gedeelde" visie;\nmet regels', jaar: 2020 },
    { id: 'twee', tekst: '=HYPERLINK("http://x")', jaar: 2021 },
  ];
  const csv = naarCsv(kolommen, rijen);

  test('starts with a BOM and ends every row with CRLF', () => {
    expect(csv.startsWith('\uFEFF"id";"tekst";"jaar"\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  test('parses back with a standard CSV parser, diacritics and line breaks intact', () => {
    const records = parse(csv, { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' });
    expect(records).toEqual([
      { id: 'een', tekst: 'Creëren van één "gedeelde" visie;\nmet regels', jaar: '2020' },
      { id: 'twee', tekst: `'=HYPERLINK("http://x")`, jaar: '2021' },
    ]);
  });
});
