/**
 * The texts of the search page's status line and of its help when nothing fits.
 * Pure, so every wording is unit-tested: the line says first what was found.
 */
import { ZOEKFACETTEN, type FacetSleutel, type ZoekStatus } from './zoeken.ts';

export const tekstAantal = (n: number, een: string, meer: string): string => `${n} ${n === 1 ? een : meer}`;
const resultaten = (n: number) => tekstAantal(n, 'resultaat', 'resultaten');

export interface StatusInvoer {
  status: ZoekStatus;
  /** Nothing asked yet: no words, no filters. */
  start: boolean;
  /** Results shown in all. */
  aantal: number;
  /** How many of them have every word. */
  streng: number;
  /** Whether results with only some of the words follow. */
  ruim: boolean;
}

/** The status line: "12 resultaten voor ‘huisvesting’ met 1 filter.", "Geen resultaten met alle woorden; 23 met een deel ervan." */
export function statusTekst({ status, start, aantal, streng, ruim }: StatusInvoer): string {
  if (start) return 'Typ een zoekwoord of kies een filter.';
  const aantalFilters = ZOEKFACETTEN.reduce((n, f) => n + (status.filters[f.sleutel]?.length ?? 0), 0);
  const voor = status.q ? ` voor ‘${status.q}’` : '';
  const met = aantalFilters ? ` met ${tekstAantal(aantalFilters, 'filter', 'filters')}` : '';
  if (aantal === 0) return `Geen resultaten${voor}${met}.`;
  if (!ruim) return `${resultaten(aantal)}${voor}${met}.`;
  if (streng === 0) return `Geen resultaten met alle woorden${met}; ${aantal} met een deel ervan${voor}.`;
  return `${resultaten(streng)} met alle woorden${voor}${met}, en ${aantal - streng} met een deel ervan.`;
}

/** A facet value that does give results, for "nothing fits" help. */
export interface Alternatief {
  sleutel: FacetSleutel;
  id: string;
  tekst: string;
  aantal: number;
}

/**
 * The nearest alternatives when the chosen filters leave nothing: per chosen
 * facet, the other values of that facet that do have results for these words
 * (the facet's counts are computed without its own choices), most results first.
 */
export function naasteAlternatieven(
  status: ZoekStatus,
  tellingen: Record<string, Record<string, number> | undefined>,
  waarden: { sleutel: FacetSleutel; id: string; waarde: string; tekst: string }[],
  max = 6,
): Alternatief[] {
  const uit: Alternatief[] = [];
  for (const { sleutel } of ZOEKFACETTEN) {
    const gekozen = status.filters[sleutel];
    if (!gekozen?.length) continue;
    for (const w of waarden) {
      const n = tellingen[sleutel]?.[w.waarde] ?? 0;
      if (w.sleutel === sleutel && n > 0 && !gekozen.includes(w.id)) uit.push({ sleutel, id: w.id, tekst: w.tekst, aantal: n });
    }
  }
  return uit.sort((a, b) => b.aantal - a.aantal).slice(0, max);
}

/** The state with one facet's choice replaced by another value: the link of an alternative. */
export function metAlternatief(status: ZoekStatus, a: Pick<Alternatief, 'sleutel' | 'id'>): ZoekStatus {
  return { q: status.q, filters: { ...status.filters, [a.sleutel]: [a.id] } };
}
