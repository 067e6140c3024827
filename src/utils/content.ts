import { getCollection, type CollectionEntry } from 'astro:content';
import { alliantieIdVan, isGepubliceerd, isInzichtGepubliceerd } from './publicatie.ts';

export type Inzicht = CollectionEntry<'inzichten'>;
export type Alliantie = CollectionEntry<'allianties'>;

export { alliantieIdVan, isGepubliceerd } from './publicatie.ts';

/** Published alliances, by name. */
export async function getAllianties(): Promise<Alliantie[]> {
  const alle = await getCollection('allianties', isGepubliceerd);
  return alle.sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl'));
}

/** Published insights of published alliances (or of none), newest first, then by title. */
export async function getInzichten(): Promise<Inzicht[]> {
  const allianties = new Set((await getAllianties()).map((a) => a.id));
  const alle = await getCollection('inzichten', (e) =>
    isInzichtGepubliceerd({ data: e.data, alliantie: alliantieIdVan(e) }, allianties),
  );
  return alle.sort((a, b) => b.data.datum.getTime() - a.data.datum.getTime() || a.data.titel.localeCompare(b.data.titel, 'nl'));
}
