import path from 'node:path';
import { contentDir, contentLayout } from './paths.ts';
import { definitie, perTaxonomie, TAXONOMIE_NAMEN, type TaxonomieNaam, type TermKern } from '../taxonomies/registry.ts';
import { leesTekstbestand } from '../validation/bestand.ts';
import { leesYamlBewaard } from '../validation/yaml.ts';

/** The valid ids of every taxonomy, read from `content/taxonomie/*.yaml`. */
export type TaxonomieIds = Record<TaxonomieNaam, string[]>;

export function taxonomieBestand(naam: TaxonomieNaam, root = contentDir): string {
  return path.join(root, contentLayout.taxonomie, `${naam}.yaml`);
}

/**
 * Reads the ids of each taxonomy synchronously, so the frontmatter schemas can
 * offer them as the allowed values. A broken taxonomy file yields no ids here;
 * the content check reports the file itself.
 */
export function leesTaxonomieIds(root = contentDir): TaxonomieIds {
  const ids = {} as TaxonomieIds;
  for (const naam of TAXONOMIE_NAMEN) ids[naam] = ruweTermen(naam, root).map((t) => t.id);
  return ids;
}

/** The terms of a taxonomy file as written, those with an id; none when the file is missing or broken. */
function ruweTermen(naam: TaxonomieNaam, root: string): (Record<string, unknown> & { id: string })[] {
  const gelezen = leesTekstbestand(taxonomieBestand(naam, root));
  const termen = 'tekst' in gelezen ? leesYamlBewaard(gelezen.tekst.replace(/^\uFEFF/, '')).data : [];
  return Array.isArray(termen) ? termen.filter((t) => t && typeof t === 'object' && typeof t.id === 'string') : [];
}

/** Sorts terms as the registry says: by file order, by `volgorde`, by `nummer` (terms without one last), or by label. */
export function sorteerOpVolgorde<T extends object>(naam: TaxonomieNaam, termen: T[], label: (t: T) => string): T[] {
  const wijze = definitie(naam).volgorde;
  if (wijze === 'bestand') return termen;
  if (wijze === 'label') return [...termen].sort((a, b) => label(a).localeCompare(label(b), 'nl'));
  const getal = (t: T) => {
    const v: unknown = Reflect.get(t, wijze);
    return typeof v === 'number' ? v : Infinity;
  };
  return [...termen].sort((a, b) => getal(a) - getal(b));
}

/**
 * Id, label, plural and number of every term, per taxonomy, in the registry's order, read straight from
 * the files: for scripts outside the site build (`npm run nieuw`). The site reads them as content collections.
 */
export function leesTermen(root = contentDir): Record<TaxonomieNaam, TermKern[]> {
  return perTaxonomie<Record<TaxonomieNaam, TermKern[]>>((naam) =>
    sorteerOpVolgorde(naam, ruweTermen(naam, root), labelVan).map((t) => {
      const kern: TermKern = { id: t.id, label: labelVan(t) };
      if (typeof t.meervoud === 'string') kern.meervoud = t.meervoud;
      if (typeof t.nummer === 'number') kern.nummer = t.nummer;
      return kern;
    }),
  );
}

/** A term's label (a source document's title), or its id when it has neither. */
const labelVan = (t: Record<string, unknown> & { id: string }) =>
  typeof t.label === 'string' ? t.label : typeof t.titel === 'string' ? t.titel : t.id;
