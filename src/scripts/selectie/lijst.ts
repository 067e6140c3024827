/**
 * "Mijn selectie" as data: an ordered list of insight ids (slugs), without duplicates.
 * Pure functions, so the stored value, share links and reordering are tested without a browser.
 */

/** Key in localStorage. The value is a JSON array of insight ids, in the order the reader chose. */
export const OPSLAG_SLEUTEL = 'inzichtenbank:mijn-selectie';
/** An insight id as the site makes them (src/utils/slug.ts): lowercase ASCII, digits and hyphens. */
const ID = /^[a-z0-9](?:[a-z0-9-]{0,198}[a-z0-9])?$/;
/** More than any reader gathers by hand; keeps a tampered value or link from growing without bound. */
export const MAX_AANTAL = 500;

export const isId = (waarde: unknown): waarde is string => typeof waarde === 'string' && ID.test(waarde);

/** The insight id of a page path (`/inzichten/<id>/`, under any base path); other pages have none. */
export function idUitPad(pad: string): string | undefined {
  const id = /\/inzichten\/([^/]+)\/$/.exec(pad.split(/[?#]/)[0])?.[1];
  return isId(id) ? id : undefined;
}

/** Valid ids only, each once, first occurrence wins. */
export function schoon(waarden: readonly unknown[]): string[] {
  return [...new Set(waarden.filter(isId))].slice(0, MAX_AANTAL);
}

/** The stored selection; anything unreadable counts as empty. */
export function leesOpslag(tekst: string | null): string[] {
  if (!tekst) return [];
  try {
    const waarde: unknown = JSON.parse(tekst);
    return Array.isArray(waarde) ? schoon(waarde) : [];
  } catch {
    return [];
  }
}

/** Adds ids at the end, leaving those already present where they are. */
export const voegToe = (lijst: readonly string[], ids: readonly string[]) => schoon([...lijst, ...ids]);

export const zonder = (lijst: readonly string[], id: string) => lijst.filter((x) => x !== id);

/** Moves one id a place up (-1) or down (+1); at either end nothing changes. */
export function verplaats(lijst: readonly string[], id: string, richting: -1 | 1): string[] {
  const van = lijst.indexOf(id);
  const naar = van + richting;
  if (van < 0 || naar < 0 || naar >= lijst.length) return [...lijst];
  const nieuw = [...lijst];
  [nieuw[van], nieuw[naar]] = [nieuw[naar], nieuw[van]];
  return nieuw;
}

/** The ids of a share link `?i=a&i=b`, in order. `ongeldig` counts values that are no id at all. */
export function uitLink(zoek: string): { ids: string[]; ongeldig: number } {
  const waarden = new URLSearchParams(zoek).getAll('i');
  const ids = schoon(waarden);
  return { ids, ongeldig: waarden.filter((w) => !isId(w)).length };
}

/** The query string of a share link: `?i=a&i=b`. */
export const naarLink = (ids: readonly string[]) => (ids.length ? `?${ids.map((id) => `i=${id}`).join('&')}` : '');
