import { createHash } from 'node:crypto';
import { voegToe } from './groepeer.ts';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, contentLayout } from './paths.ts';
import { getCollection } from 'astro:content';
import { STATUSSEN } from '../schemas/alliantie.ts';
import type { TermVan } from '../schemas/taxonomie.ts';
import {
  alsObject,
  namenMet,
  perTaxonomie,
  TAXONOMIE_NAMEN,
  TAXONOMIEEN,
  type InzichtTaxonomie,
  type PaginaTaxonomie,
  type TaxonomieNaam,
  type TermKern,
} from '../taxonomies/registry.ts';
import { wijzigingVan } from './git.ts';
import { sorteerOpVolgorde } from './taxonomie.ts';
import { alliantieIdVan, getAllianties, getInzichten, type Alliantie, type Inzicht } from './content.ts';
import { maakVerwantIndex, type VerwantIndex, type VerwantTreffer } from './verwant.ts';

/**
 * The data layer: everything the pages show, loaded once per build and indexed by id, so no page
 * does a linear search per item (the site must stay fast at 10,000 insights). Every taxonomy of
 * the registry (src/taxonomies/registry.ts) is here with the same API: `site.termen('rollen')`,
 * `site.term('fasen', id)`, `site.label(naam, id)`, `site.inzichtenMet(naam, id)`.
 */

/** Overview-page texts per taxonomy with pages (from the registry). */
export const TAXONOMIE_PAGINAS = alsObject<Record<PaginaTaxonomie, { titel: string; intro: string; enkelvoud: string }>>(
  namenMet('pagina').map((naam) => {
    const { titel, intro } = TAXONOMIEEN[naam].pagina;
    return [naam, { titel, intro, enkelvoud: TAXONOMIEEN[naam].enkelvoud }];
  }),
);
export type { PaginaTaxonomie as TaxonomiePagina };

/** The terms of every taxonomy, each list typed by its own schema. */
export type Termen = { [N in TaxonomieNaam]: TermVan<N>[] };

/** An insight with what pages need next to its frontmatter: its alliance and its themes. */
export interface InzichtMetContext {
  entry: Inzicht;
  id: string;
  alliantie?: Alliantie;
  /** The alliance's theme, or the insight's own themes when it has no alliance. */
  themas: string[];
}

/** Where a principle occurs: per alliance, and in insights without an alliance. */
export interface Patroon {
  principe: TermVan<'principes'>;
  /** Alliances in which the principle occurs, most occurrences first, with those insights. */
  allianties: { alliantie: Alliantie; inzichten: InzichtMetContext[] }[];
  /** Insights without an alliance (from the method documents) that express it. */
  algemeen: InzichtMetContext[];
  /** Every insight that expresses it. */
  inzichten: InzichtMetContext[];
}

export interface SiteData extends Termen {
  inzichten: InzichtMetContext[];
  allianties: Alliantie[];
  alliantieById: Map<string, Alliantie>;
  /** The terms of a taxonomy, in the registry's order for it. */
  termen<N extends TaxonomieNaam>(taxonomie: N): TermVan<N>[];
  term<N extends TaxonomieNaam>(taxonomie: N, id: string): TermVan<N> | undefined;
  /** What every term has, whatever its taxonomy: id, label, and number or plural when it has them. */
  kern(taxonomie: TaxonomieNaam, id: string): TermKern | undefined;
  /** Label of a term: label('rollen', 'gemeente') -> 'Gemeente'; the id when the term is unknown. */
  label(taxonomie: TaxonomieNaam, id: string): string;
  /** The ids an insight names in a taxonomy (its alliance's theme for `themas`). */
  idsVan(inzicht: InzichtMetContext, taxonomie: InzichtTaxonomie): string[];
  /** Published insights that carry a term, newest first. */
  inzichtenMet(taxonomie: TaxonomieNaam, id: string): InzichtMetContext[];
  /** Published alliances that carry a term (their theme, phase or a partner's sector), by name. */
  alliantiesMet(taxonomie: TaxonomieNaam, id: string): Alliantie[];
  inzichtenVan(alliantieId: string): InzichtMetContext[];
  /** Published insights addressed to a role in a phase, newest first. */
  inzichtenVoor(rol: string, fase: string): InzichtMetContext[];
  patroon(principe: string): Patroon;
  /** Principles that occur in an alliance, with the number of alliances each occurs in. */
  patronenVan(alliantieId: string): Patroon[];
  /** Related insights of an insight, best first. */
  verwant(inzichtId: string): (VerwantTreffer & { inzicht: InzichtMetContext })[];
  /**
   * Changes whenever anything a page can show about entries other than its own changes: the
   * taxonomies and the frontmatter of every published alliance and insight (not their bodies).
   * Part of every `cacheKey` (see `cacheKey()`), so incremental builds never reuse a stale page.
   */
  digest: string;
}

/**
 * `cacheKey` for a page in getStaticPaths(): with `experimental.incrementalBuild`, Astro reuses the
 * previous build's HTML of a page whose key and code are unchanged. The key is the site digest plus
 * the digest (frontmatter and body) of each entry whose body the page renders.
 */
export function cacheKey(site: SiteData, ...entries: { digest?: string | number; filePath?: string }[]): string {
  return [
    site.digest,
    ...entries.map((e) => {
      // The page also shows the entry's last change from git (Wijzigingen.astro).
      const { laatst, historieUrl } = e.filePath ? wijzigingVan(e.filePath) : {};
      return `${e.digest ?? Math.random()}:${laatst?.commit ?? ''}:${laatst?.datum.toISOString() ?? ''}:${historieUrl ?? ''}`;
    }),
  ].join('/');
}

/**
 * `cacheKey` for a page or file that renders the bodies of all published entries (the open-data
 * files): the site digest plus the digest (frontmatter and body) of every alliance and insight.
 */
export function cacheKeyMetTeksten(site: SiteData): string {
  const hash = createHash('sha1');
  for (const a of site.allianties) hash.update(`${a.id}\0${a.digest ?? Math.random()}\0`);
  for (const i of site.inzichten) hash.update(`${i.id}\0${i.entry.digest ?? Math.random()}\0`);
  return `${site.digest}/${hash.digest('hex')}`;
}

let cache: Promise<SiteData> | undefined;

/** The data layer of the build (see `SiteData`). */
export function getSiteData(): Promise<SiteData> {
  cache ??= laad();
  return cache;
}

/** What every term has: the label (a source document's title), and its plural and number when it has them. */
export function kernVan(term: TermVan<TaxonomieNaam>): TermKern {
  const kern: TermKern = { id: term.id, label: 'label' in term ? term.label : term.titel };
  if ('beschrijving' in term) kern.beschrijving = term.beschrijving;
  if ('meervoud' in term) kern.meervoud = term.meervoud;
  if ('nummer' in term && term.nummer !== undefined) kern.nummer = term.nummer;
  return kern;
}

/** Sorts terms as the registry says: by file order, by `volgorde`, by `nummer` (terms without one last), or by label. */
export function sorteerTermen<T extends TermVan<TaxonomieNaam>>(taxonomie: TaxonomieNaam, termen: T[]): T[] {
  return sorteerOpVolgorde(taxonomie, termen, (t) => kernVan(t).label);
}

async function laadTermen(): Promise<Termen> {
  const geladen = new Map(
    await Promise.all(
      TAXONOMIE_NAMEN.map(async (naam) => {
        const entries = await getCollection(naam);
        return [
          naam,
          sorteerTermen(
            naam,
            entries.map((e) => e.data),
          ),
        ] as const;
      }),
    ),
  );
  return perTaxonomie<Termen>((naam) => geladen.get(naam) ?? []);
}

/** Alliances carry terms in three fields; the registry says which one a taxonomy uses. */
function alliantieIds(alliantie: Alliantie, veld: 'thema' | 'fase' | 'sector'): string[] {
  const { data } = alliantie;
  if (veld === 'thema') return [data.thema];
  if (veld === 'fase') return data.fase ? [data.fase] : [];
  return data.partners.flatMap((p) => (p.sector ? [p.sector] : []));
}

function idsVan(i: InzichtMetContext, taxonomie: InzichtTaxonomie): string[] {
  const veld = TAXONOMIEEN[taxonomie].inzicht;
  if ('vanAlliantie' in veld && i.alliantie) return [i.alliantie.data[veld.vanAlliantie]];
  const waarde = i.entry.data[veld.veld];
  return Array.isArray(waarde) ? waarde : [waarde];
}

async function laad(): Promise<SiteData> {
  const [allianties, ruweInzichten, termen] = await Promise.all([getAllianties(), getInzichten(), laadTermen()]);
  const alliantieById = new Map(allianties.map((a) => [a.id, a]));
  const inzichten: InzichtMetContext[] = ruweInzichten.map((entry) => {
    const alliantie = alliantieById.get(alliantieIdVan(entry) ?? '');
    return { entry, id: entry.id, alliantie, themas: alliantie ? [alliantie.data.thema] : entry.data.themas };
  });

  const indexen = new Map<TaxonomieNaam, Map<string, TermVan<TaxonomieNaam>>>();
  for (const naam of TAXONOMIE_NAMEN) indexen.set(naam, new Map(termen[naam].map((t) => [t.id, t])));
  const termIndex = perTaxonomie<{ [N in TaxonomieNaam]: Map<string, TermVan<N>> }>((naam) => indexen.get(naam));

  // One pass over the insights fills every lookup.
  const perSleutel = new Map<string, InzichtMetContext[]>();
  const inzichtTaxonomieen = namenMet('inzicht');
  for (const i of inzichten) {
    for (const naam of inzichtTaxonomieen) for (const id of idsVan(i, naam)) voegToe(perSleutel, `${naam}/${id}`, i);
    if (i.alliantie) voegToe(perSleutel, `allianties/${i.alliantie.id}`, i);
    const { rollen, fasen } = i.entry.data;
    for (const rol of rollen) for (const fase of fasen) voegToe(perSleutel, `rol-fase/${rol}/${fase}`, i);
  }
  const perAlliantieTerm = new Map<string, Alliantie[]>();
  for (const naam of namenMet('alliantie')) {
    const { veld } = TAXONOMIEEN[naam].alliantie;
    for (const a of allianties) for (const id of new Set(alliantieIds(a, veld))) voegToe(perAlliantieTerm, `${naam}/${id}`, a);
  }

  const patronen = maakPatronen(termen.principes, (id) => perSleutel.get(`principes/${id}`) ?? []);
  const perAlliantie = new Map<string, Patroon[]>();
  for (const patroon of patronen.values())
    for (const { alliantie } of patroon.allianties) voegToe(perAlliantie, alliantie.id, patroon);

  const inzichtById = new Map(inzichten.map((i) => [i.id, i]));
  let verwantIndex: VerwantIndex | undefined;
  const verwantIndexVan = () => (verwantIndex ??= maakVerwantIndex(inzichten.map(verwantInvoer)));

  const kern = (taxonomie: TaxonomieNaam, id: string) => {
    const t = indexen.get(taxonomie)?.get(id);
    return t && kernVan(t);
  };
  return {
    ...termen,
    inzichten,
    allianties,
    alliantieById,
    digest: siteDigest(allianties, inzichten),
    termen: (taxonomie) => termen[taxonomie],
    term: (taxonomie, id) => termIndex[taxonomie].get(id),
    kern,
    label: (taxonomie, id) => kern(taxonomie, id)?.label ?? id,
    idsVan,
    inzichtenMet: (taxonomie, id) => perSleutel.get(`${taxonomie}/${id}`) ?? [],
    alliantiesMet: (taxonomie, id) => perAlliantieTerm.get(`${taxonomie}/${id}`) ?? [],
    inzichtenVan: (alliantieId) => perSleutel.get(`allianties/${alliantieId}`) ?? [],
    inzichtenVoor: (rol, fase) => perSleutel.get(`rol-fase/${rol}/${fase}`) ?? [],
    patroon: (id) => patronen.get(id) ?? maakPatroon({ id, label: id, beschrijving: '' }, []),
    patronenVan: (alliantieId) => perAlliantie.get(alliantieId) ?? [],
    verwant: (inzichtId) =>
      verwantIndexVan()
        .verwant(inzichtId)
        .flatMap((t) => {
          const inzicht = inzichtById.get(t.id);
          return inzicht ? [{ ...t, inzicht }] : [];
        }),
  };
}

function siteDigest(allianties: Alliantie[], inzichten: InzichtMetContext[]): string {
  const hash = createHash('sha1');
  // Every taxonomy file: pages show the labels of terms of every taxonomy.
  const taxonomieMap = path.join(contentDir, contentLayout.taxonomie);
  // Only the .yaml files: the folder also holds the plain texts of the source documents (bronnen/), which no page shows.
  for (const f of fs.readdirSync(taxonomieMap).sort()) {
    if (f.endsWith('.yaml')) hash.update(`${f}\0${fs.readFileSync(path.join(taxonomieMap, f))}\0`);
  }
  for (const a of allianties) hash.update(`${a.id}\0${JSON.stringify(a.data)}\0`);
  for (const i of inzichten) hash.update(`${i.id}\0${i.entry.filePath}\0${JSON.stringify(i.entry.data)}\0`);
  return hash.digest('hex');
}

function verwantInvoer(i: InzichtMetContext) {
  const { data } = i.entry;
  return {
    id: i.id,
    titel: data.titel,
    samenvatting: data.samenvatting,
    tags: data.tags,
    tekst: i.entry.body ?? '',
    principes: data.principes,
    rollen: data.rollen,
    fasen: data.fasen,
    alliantie: i.alliantie?.id,
  };
}

/** Per principle: in which alliances it occurs (most insights first) and in which insights without one. */
function maakPatronen(
  principes: TermVan<'principes'>[],
  inzichtenMet: (id: string) => InzichtMetContext[],
): Map<string, Patroon> {
  return new Map(principes.map((p) => [p.id, maakPatroon(p, inzichtenMet(p.id))]));
}

function maakPatroon(principe: TermVan<'principes'>, inzichten: InzichtMetContext[]): Patroon {
  const perAlliantie = new Map<string, { alliantie: Alliantie; inzichten: InzichtMetContext[] }>();
  const algemeen: InzichtMetContext[] = [];
  for (const i of inzichten) {
    if (!i.alliantie) algemeen.push(i);
    else {
      const groep = perAlliantie.get(i.alliantie.id);
      if (groep) groep.inzichten.push(i);
      else perAlliantie.set(i.alliantie.id, { alliantie: i.alliantie, inzichten: [i] });
    }
  }
  const allianties = [...perAlliantie.values()].sort(
    (a, b) => b.inzichten.length - a.inzichten.length || a.alliantie.data.naam.localeCompare(b.alliantie.data.naam, 'nl'),
  );
  return { principe, allianties, algemeen, inzichten };
}

export function statusLabel(status: string): string {
  return STATUSSEN[status as keyof typeof STATUSSEN] ?? status;
}

export { aantal } from './aantal.ts';
