import { zoekQueryString, type ZoekStatus } from './zoeken.ts';

/**
 * Every internal URL goes through here, so the site works at a domain root and
 * under a sub-path (`base`) alike.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Absolute path of a page of this site: url('inzichten/x/') -> '/base/inzichten/x/'. */
export function url(pad = ''): string {
  return base + pad.replace(/^\/+/, '');
}

export const inzichtUrl = (id: string) => url(`inzichten/${id}/`);
export const alliantieUrl = (id: string) => url(`allianties/${id}/`);
export const termUrl = (taxonomie: string, id: string) => url(`${taxonomie}/${id}/`);
export const taxonomieUrl = (taxonomie: string) => url(`${taxonomie}/`);

/**
 * Full address of a page for feeds, exports, sharing and citations:
 * absoluut(inzichtUrl('x')) -> 'https://site/base/inzichten/x/'. Takes a path from url().
 */
export function absoluut(pad: string): string {
  return new URL(pad, import.meta.env.SITE ?? 'http://localhost/').href;
}
/** The search page, optionally with a query and facets: zoekUrl({ q: '', filters: { rol: ['gemeente'] } }) -> '/zoeken/?rol=gemeente'. */
export const zoekUrl = (status?: ZoekStatus) => url('zoeken/') + (status ? zoekQueryString(status) : '');
