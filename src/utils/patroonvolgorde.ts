import type { InzichtMetContext } from './site.ts';
import { pagineer, type Pagina } from './paginering.ts';
import type { SiteData } from './site.ts';

/**
 * The second order of the listings: by "komt voor in N allianties", the number of alliances in
 * which the insight's most widespread principle (pattern) occurs. Static pages, no JavaScript.
 */

/** Path segment of the listings in this order: `/inzichten/op-patroon/`, `/rollen/gemeente/op-patroon/`. */
export const OP_PATROON = 'op-patroon';

/** Number of alliances the insight's most widespread pattern occurs in; 0 without a pattern. */
export function patroonAllianties(site: Pick<SiteData, 'patroon'>, inzicht: InzichtMetContext): number {
  return Math.max(0, ...inzicht.entry.data.principes.map((p) => site.patroon(p).allianties.length));
}

/** The insights ordered by that number, most first; equal numbers keep their order (newest first). */
export function opPatroon(site: Pick<SiteData, 'patroon'>, inzichten: InzichtMetContext[]) {
  return inzichten
    .map((inzicht, i) => ({ inzicht, n: patroonAllianties(site, inzicht), i }))
    .sort((a, b) => b.n - a.n || a.i - b.i);
}

/** Both orders of a listing, paginated: `param` is the rest parameter of the page. */
export function beideVolgordes(
  perSoort: InzichtMetContext[],
  site: Pick<SiteData, 'patroon'>,
): { volgorde: 'soort' | 'patroon'; pagina: Pagina<InzichtMetContext>; param: string | undefined }[] {
  const patroon = opPatroon(site, perSoort).map((x) => x.inzicht);
  return [
    ...pagineer(perSoort).map((pagina) => ({ volgorde: 'soort' as const, pagina, param: pagina.param })),
    ...pagineer(patroon).map((pagina) => ({
      volgorde: 'patroon' as const,
      pagina,
      param: pagina.param ? `${OP_PATROON}/${pagina.param}` : OP_PATROON,
    })),
  ];
}
