/**
 * The working method around the insights: the steps of the vitale-coalitie handbook, the
 * Collective Impact conditions, the participation levels, the parts of the cooperation agreement,
 * and the principles (patterns across alliances). Each is a taxonomy of the registry with a
 * `methode` part; their data comes from the one data layer, `getSiteData()` (src/utils/site.ts).
 */
import { alsObject, deel, namenMet, type MethodeTaxonomie, type TaxonomieDefinitie } from '../taxonomies/registry.ts';
import { url } from './urls.ts';

export type { MethodeTaxonomie };
export type { Patroon } from './site.ts';

/** The method taxonomies an insight can name, with the page texts for each (from the registry). */
export const METHODE = alsObject<Record<MethodeTaxonomie, NonNullable<TaxonomieDefinitie['methode']>>>(
  namenMet('methode').map((naam) => [naam, deel(naam, 'methode')]),
);

/** Page of a method term. Parts of the agreement are sections of one page. */
export function methodeUrl(taxonomie: MethodeTaxonomie, id: string): string {
  const { pad, alsAnker } = METHODE[taxonomie];
  return alsAnker ? url(`${pad}#${id}`) : url(`${pad}${id}/`);
}
export const methodeIndexUrl = (taxonomie: MethodeTaxonomie) => url(METHODE[taxonomie].pad);
export const werkwijzeUrl = () => url('werkwijze/');
export const waarStaatUUrl = (rol?: string, fase?: string) =>
  url(`waar-staat-u/${rol ? `${rol}/` : ''}${rol && fase ? `${fase}/` : ''}`);
