/**
 * CSV that opens correctly in Dutch Excel: UTF-8 with a byte order mark (so
 * diacritics survive), semicolons between cells (Dutch Excel uses the comma as
 * decimal separator), CRLF between rows, and every text cell quoted.
 */

export const CSV_BOM = '\uFEFF';
export const CSV_SCHEIDINGSTEKEN = ';';
export const CSV_REGELEINDE = '\r\n';

export type CsvWaarde = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (CSV or formula
 * injection). Tab and carriage return are on OWASP's list as well.
 */
const FORMULE_BEGIN = /^[=+\-@\t\r]/;

/**
 * One cell. Text is always quoted, inner quotes are doubled, and text that a
 * spreadsheet would run as a formula gets a leading apostrophe, so
 * `=HYPERLINK(...)` is shown as text instead of being executed.
 */
export function csvCel(waarde: CsvWaarde): string {
  if (waarde === null || waarde === undefined) return '';
  if (typeof waarde === 'number') return Number.isFinite(waarde) ? String(waarde) : '';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  const tekst = FORMULE_BEGIN.test(waarde) ? `'${waarde}` : waarde;
  return `"${tekst.replace(/"/g, '""')}"`;
}

/** A whole CSV file: BOM, a header row, then one row per record. Linear in the number of cells. */
export function naarCsv<T>(kolommen: readonly { naam: string; waarde: (rij: T) => CsvWaarde }[], rijen: readonly T[]): string {
  const regels = [kolommen.map((k) => csvCel(k.naam)).join(CSV_SCHEIDINGSTEKEN)];
  for (const rij of rijen) regels.push(kolommen.map((k) => csvCel(k.waarde(rij))).join(CSV_SCHEIDINGSTEKEN));
  return CSV_BOM + regels.join(CSV_REGELEINDE) + CSV_REGELEINDE;
}
