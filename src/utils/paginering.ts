/**
 * Long listings (all insights, the insights of a term) are split into pages of PER_PAGINA cards, so a
 * listing page stays small and cheap to build at 10,000 insights. Page 1 keeps the listing's own URL;
 * page n is `<listing>/pagina/<n>/`.
 */
export const PER_PAGINA = 50;

export interface Pagina<T> {
  /** 1-based. */
  nummer: number;
  aantalPaginas: number;
  items: T[];
  /** Rest parameter for getStaticPaths(): undefined for page 1, 'pagina/2' for page 2. */
  param: string | undefined;
}

/** Splits a list into pages; an empty list still gets page 1 (the listing shows "nothing yet"). */
export function pagineer<T>(items: T[], per = PER_PAGINA): Pagina<T>[] {
  const aantalPaginas = Math.max(1, Math.ceil(items.length / per));
  return Array.from({ length: aantalPaginas }, (_, i) => ({
    nummer: i + 1,
    aantalPaginas,
    items: items.slice(i * per, (i + 1) * per),
    param: i === 0 ? undefined : `pagina/${i + 1}`,
  }));
}

/** URL of page n of a listing whose page 1 is `basis` (a URL from url(), ending in a slash). */
export function paginaUrl(basis: string, nummer: number): string {
  return nummer <= 1 ? basis : `${basis}pagina/${nummer}/`;
}

/**
 * Page numbers to show in the navigation: the first, the last and two on either side of the current
 * page; null marks a gap. [1, null, 8, 9, 10, 11, 12, null, 200]
 */
export function paginaNummers(huidig: number, aantal: number): (number | null)[] {
  const nummers: (number | null)[] = [];
  for (let n = 1; n <= aantal; n++) {
    if (n === 1 || n === aantal || Math.abs(n - huidig) <= 2) nummers.push(n);
    else if (nummers.at(-1) !== null) nummers.push(null);
  }
  return nummers;
}
