/**
 * Calendar days as the content writes them (JJJJ-MM-DD) and as the site shows them
 * ("1 december 2026"). No Node or Astro APIs: the schemas, the pages and the editor's date
 * field (src/cms/datum.ts, in the browser) share these.
 */

/** The months in Dutch, January first: for messages and the editor's date field. */
export const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** Number of days in a month (1 to 12) of a year. */
export function dagenIn(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

/** ISO date (JJJJ-MM-DD) of a Date, as UTC: for files, <time datetime> and data. */
export function isoDatum(datum: Date): string {
  return datum.toISOString().slice(0, 10);
}

/** JJJJ-MM-DD of a year, month and day, or undefined when that day does not exist (2026-11-31). */
export function alsDatum(jaar: number, maand: number, dag: number): string | undefined {
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  if (d.getUTCFullYear() !== jaar || d.getUTCMonth() !== maand - 1 || d.getUTCDate() !== dag) return undefined;
  return isoDatum(d);
}

/** Whether `v` is a real calendar day written as JJJJ-MM-DD. */
export function isDatumTekst(v: unknown): v is string {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  return !!m && alsDatum(+m[1], +m[2], +m[3]) === v;
}

// One formatter for the whole build: toLocaleDateString() creates a new one per call, which cost 0.7 s of CPU per 1,000 insights.
const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 november 2026" */
export function formatDatum(datum: Date): string {
  return DATUM.format(datum);
}

/** Today where the author is (their clock), not in UTC: late in the evening it is still today. */
export function vandaag(nu = new Date()): string {
  return isoDatum(new Date(Date.UTC(nu.getFullYear(), nu.getMonth(), nu.getDate())));
}
