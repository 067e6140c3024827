/**
 * The search page's state and its facets, shared by the pages (links into the
 * search), the search page itself and its browser script. Pure: no DOM, no
 * content collections, so it runs in the browser and in unit tests alike.
 *
 * The state lives in the URL: `/zoeken/?q=tijdelijke+huisvesting&rol=gemeente&soort=succesvoorwaarde`.
 * Facet values in the URL are the taxonomy ids (short, ASCII, stable when a label
 * changes); Pagefind filters on the Dutch labels, so the page maps ids to labels.
 */

/** The search facets, in the order the page shows them. `sleutel` is both the URL parameter and the Pagefind filter key. */
export const ZOEKFACETTEN = [
  { sleutel: 'type', taxonomie: 'resultaattypen', titel: 'Type' },
  { sleutel: 'soort', taxonomie: 'soorten', titel: 'Soort' },
  { sleutel: 'rol', taxonomie: 'rollen', titel: 'Voor wie' },
  { sleutel: 'thema', taxonomie: 'themas', titel: 'Thema' },
  { sleutel: 'fase', taxonomie: 'fasen', titel: 'Fase' },
  { sleutel: 'alliantie', taxonomie: 'allianties', titel: 'Alliantie' },
] as const;

/**
 * What a search result is: the `type` filter and meta of every indexed page. An
 * insight, an alliance, a page of the working method, or a pattern across alliances.
 */
export const RESULTAATTYPEN = [
  { id: 'inzicht', label: 'Inzicht' },
  { id: 'alliantie', label: 'Alliantie' },
  { id: 'werkwijze', label: 'Werkwijze' },
  { id: 'patroon', label: 'Patroon' },
] as const;
/**
 * Pagefind weight of the text of long overview pages (method, patterns, alliances): they
 * mention almost every subject, and would otherwise outrank the insight that answers a
 * question. Their titles keep the full heading weight, so a query for the page's name still finds it first.
 */
export const ZOEKGEWICHT_OVERZICHT = '0.5';

export type ResultaatType = (typeof RESULTAATTYPEN)[number]['label'];

export type FacetSleutel = (typeof ZOEKFACETTEN)[number]['sleutel'];
export type FacetTaxonomie = (typeof ZOEKFACETTEN)[number]['taxonomie'];

/** What is searched: the typed words and the chosen facet values (ids), per facet. */
export interface ZoekStatus {
  q: string;
  filters: Partial<Record<FacetSleutel, string[]>>;
}

const sleutels = new Set<string>(ZOEKFACETTEN.map((f) => f.sleutel));

/** The facet key that belongs to a taxonomy or to the alliances: 'rollen' -> 'rol'. */
export function facetVoorTaxonomie(taxonomie: string): FacetSleutel | undefined {
  return ZOEKFACETTEN.find((f) => f.taxonomie === taxonomie)?.sleutel;
}

/**
 * Reads the state from a query string. Unknown parameters are ignored, repeated
 * values are kept once, empty values dropped. With `bekend`, only ids that exist
 * survive (a shared link to a removed term must not filter everything away).
 */
export function leesZoekStatus(params: URLSearchParams, bekend?: (sleutel: FacetSleutel, id: string) => boolean): ZoekStatus {
  const status: ZoekStatus = { q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(), filters: {} };
  for (const { sleutel } of ZOEKFACETTEN) {
    const ids = [...new Set(params.getAll(sleutel).map((v) => v.trim()))].filter((id) => id && (!bekend || bekend(sleutel, id)));
    if (ids.length) status.filters[sleutel] = ids;
  }
  return status;
}

/** The query string of a state ('' when nothing is searched), in a fixed order so equal states give equal URLs. */
export function zoekQueryString(status: ZoekStatus): string {
  const params = new URLSearchParams();
  const q = status.q.trim();
  if (q) params.set('q', q);
  for (const { sleutel } of ZOEKFACETTEN) for (const id of status.filters[sleutel] ?? []) params.append(sleutel, id);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when the state has at least one chosen facet value. */
export function heeftFilters(status: ZoekStatus): boolean {
  return ZOEKFACETTEN.some(({ sleutel }) => (status.filters[sleutel]?.length ?? 0) > 0);
}

export function isGelijk(a: ZoekStatus, b: ZoekStatus): boolean {
  return zoekQueryString(a) === zoekQueryString(b);
}

/** Search parameters are only known as the facet keys; anything else is not a facet. */
export function isFacetSleutel(s: string): s is FacetSleutel {
  return sleutels.has(s);
}
