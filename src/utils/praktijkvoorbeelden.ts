import { getCollection, type CollectionEntry } from 'astro:content';
import { isGepubliceerd, type Alliantie } from './content.ts';
import { voegToe } from './groepeer.ts';
import { getSiteData, type InzichtMetContext, type SiteData } from './site.ts';
import { url } from './urls.ts';

export type PraktijkvoorbeeldEntry = CollectionEntry<'praktijkvoorbeelden'>;

/** What one party did in a project: its role(s), who it was, and the insights that show it. */
export interface Bijdrage {
  rollen: string[];
  /** Anchor of its section on the project page. */
  anker: string;
  /** "Wat de gemeente deed". */
  kop: string;
  /** Who had the role, as the source names them. */
  partij?: string;
  inzichten: InzichtMetContext[];
}

/** A published example project with its alliance and its published insights per role. */
export interface Praktijkvoorbeeld {
  id: string;
  entry: PraktijkvoorbeeldEntry;
  alliantie: Alliantie;
  bijdragen: Bijdrage[];
  /** Every insight the project shows, once, in the order of the roles. */
  inzichten: InzichtMetContext[];
}

export interface PraktijkData {
  /** Published projects, by name. */
  praktijkvoorbeelden: Praktijkvoorbeeld[];
  /** Projects that show an insight: the backlinks on an insight's page. */
  vanInzicht(inzichtId: string): Praktijkvoorbeeld[];
  /** Projects of an alliance. */
  vanAlliantie(alliantieId: string): Praktijkvoorbeeld[];
}

export const praktijkvoorbeeldenUrl = () => url('praktijkvoorbeelden/');
export const praktijkvoorbeeldUrl = (id: string) => url(`praktijkvoorbeelden/${id}/`);

/**
 * The heading above what a party did: "Wat de gemeente deed" (the role's `deed` in rollen.yaml), or for
 * two roles the source names together "Wat de welzijnsorganisatie en de leegstandbeheerder samen deden".
 */
export function deedKop(site: Pick<SiteData, 'term'>, rollen: string[]): string {
  const wie = (rol: string) => {
    const term = site.term('rollen', rol);
    return term?.wie ?? `de ${(term?.label ?? rol).toLowerCase()}`;
  };
  if (rollen.length === 1) return site.term('rollen', rollen[0])?.deed ?? `Wat ${wie(rollen[0])} deed`;
  const namen = rollen.map(wie);
  return `Wat ${namen.slice(0, -1).join(', ')} en ${namen.at(-1)} samen deden`;
}

/**
 * Links projects to their published insights and alliance. A project of an unpublished
 * alliance is not published; an insight that is a draft or under embargo is left out of
 * its project, and a role left without insights is dropped, so nothing half-built shows.
 */
export function koppelPraktijkvoorbeelden(site: SiteData, entries: PraktijkvoorbeeldEntry[], nu?: Date): PraktijkData {
  const inzichtById = new Map(site.inzichten.map((i) => [i.id, i]));
  const praktijkvoorbeelden: Praktijkvoorbeeld[] = [];
  for (const entry of entries) {
    const alliantie = site.alliantieById.get(entry.data.alliantie);
    if (!alliantie || !isGepubliceerd(entry, { nu })) continue;
    const bijdragen = entry.data.bijdragen
      .map((g) => ({
        rollen: g.rollen,
        anker: `wat-deed-${g.rollen.join('-')}`,
        kop: deedKop(site, g.rollen),
        partij: g.partij,
        inzichten: g.inzichten.flatMap((slug) => inzichtById.get(slug) ?? []),
      }))
      .filter((b) => b.inzichten.length > 0);
    if (!bijdragen.length) continue;
    const inzichten = [...new Set(bijdragen.flatMap((b) => b.inzichten))];
    praktijkvoorbeelden.push({ id: entry.id, entry, alliantie, bijdragen, inzichten });
  }
  praktijkvoorbeelden.sort((a, b) => a.entry.data.naam.localeCompare(b.entry.data.naam, 'nl'));

  const perInzicht = new Map<string, Praktijkvoorbeeld[]>();
  const perAlliantie = new Map<string, Praktijkvoorbeeld[]>();
  for (const p of praktijkvoorbeelden) {
    for (const i of p.inzichten) voegToe(perInzicht, i.id, p);
    voegToe(perAlliantie, p.alliantie.id, p);
  }
  return {
    praktijkvoorbeelden,
    vanInzicht: (id) => perInzicht.get(id) ?? [],
    vanAlliantie: (id) => perAlliantie.get(id) ?? [],
  };
}

let cache: Promise<PraktijkData> | undefined;

/** The example projects, loaded once per build. */
export function getPraktijk(): Promise<PraktijkData> {
  cache ??= (async () => koppelPraktijkvoorbeelden(await getSiteData(), await getCollection('praktijkvoorbeelden')))();
  return cache;
}
