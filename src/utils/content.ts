import { getCollection, type CollectionEntry } from 'astro:content';

export type Inzicht = CollectionEntry<'inzichten'>;
export type Alliantie = CollectionEntry<'allianties'>;

/** Moment the build started: entries dated after it are under embargo. */
const bouwmoment = new Date();

/** Published means: not a draft, and its date has come. Drafts and embargoed entries appear nowhere. */
export function isGepubliceerd(entry: { data: { concept: boolean; datum: Date } }, nu = bouwmoment): boolean {
  return !entry.data.concept && entry.data.datum <= nu;
}

/**
 * Id of the alliance an insight belongs to: the folder it lives in
 * (`allianties/<alliantie>/inzichten/<slug>.mdx`), or undefined for insights without one.
 */
export function alliantieIdVan(inzicht: Pick<Inzicht, 'filePath'>): string | undefined {
  const delen = (inzicht.filePath ?? '').split(/[\\/]/);
  const i = delen.lastIndexOf('inzichten');
  return i >= 2 && delen[i - 2] === 'allianties' ? delen[i - 1] : undefined;
}

/** Published alliances, by name. */
export async function getAllianties(): Promise<Alliantie[]> {
  const alle = await getCollection('allianties', isGepubliceerd);
  return alle.sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl'));
}

/** Published insights of published alliances (or of none), newest first, then by title. */
export async function getInzichten(): Promise<Inzicht[]> {
  const allianties = new Set((await getAllianties()).map((a) => a.id));
  const alle = await getCollection('inzichten', (e) => {
    if (!isGepubliceerd(e)) return false;
    const alliantie = alliantieIdVan(e);
    return alliantie === undefined || allianties.has(alliantie);
  });
  return alle.sort((a, b) => b.data.datum.getTime() - a.data.datum.getTime() || a.data.titel.localeCompare(b.data.titel, 'nl'));
}
