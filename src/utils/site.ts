import { createHash } from 'node:crypto';
import { voegToe } from './groepeer.ts';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, contentLayout } from './paths.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { STATUSSEN } from '../schemas/alliantie.ts';
import { wijzigingVan } from './git.ts';
import { alliantieIdVan, getAllianties, getInzichten, type Alliantie, type Inzicht } from './content.ts';

/** The taxonomies that have overview pages, in menu order, with their page texts. */
export const TAXONOMIE_PAGINAS = {
  soorten: {
    titel: 'Soorten inzichten',
    enkelvoud: 'soort',
    intro: 'Elk inzicht is een succesvoorwaarde, een systeemfout of een les.',
  },
  themas: { titel: "Thema's", enkelvoud: 'thema', intro: 'De maatschappelijke thema’s waarop de allianties werken.' },
  rollen: { titel: 'Rollen', enkelvoud: 'rol', intro: 'Voor wie is een inzicht bedoeld? Kies uw rol en zie wat voor u geldt.' },
  fasen: {
    titel: 'Fasen van de werkmethodiek',
    enkelvoud: 'fase',
    intro:
      'De zes fasen waarin een alliantie wordt gebouwd en gerealiseerd: een doorlopende cyclus van continu leren en bijsturen.',
  },
  sectoren: { titel: 'Sectoren', enkelvoud: 'sector', intro: 'De sectoren waaruit de partners van de allianties komen.' },
} as const;
export type TaxonomiePagina = keyof typeof TAXONOMIE_PAGINAS;

type TermEntry<N extends TaxonomiePagina | 'bronnen'> = CollectionEntry<N>['data'];

/** An insight with what pages need next to its frontmatter: its alliance and its themes. */
export interface InzichtMetContext {
  entry: Inzicht;
  id: string;
  alliantie?: Alliantie;
  /** The alliance's theme, or the insight's own themes when it has no alliance. */
  themas: string[];
}

export interface SiteData {
  inzichten: InzichtMetContext[];
  allianties: Alliantie[];
  alliantieById: Map<string, Alliantie>;
  soorten: TermEntry<'soorten'>[];
  fasen: TermEntry<'fasen'>[];
  themas: TermEntry<'themas'>[];
  rollen: TermEntry<'rollen'>[];
  sectoren: TermEntry<'sectoren'>[];
  bronnen: TermEntry<'bronnen'>[];
  /** Label of a term: label('rollen', 'gemeente') -> 'Gemeente'. */
  label(taxonomie: TaxonomiePagina | 'bronnen', id: string): string;
  term<N extends TaxonomiePagina | 'bronnen'>(taxonomie: N, id: string): TermEntry<N> | undefined;
  /** Published insights that carry a term, newest first. */
  inzichtenMet(taxonomie: TaxonomiePagina, id: string): InzichtMetContext[];
  inzichtenVan(alliantieId: string): InzichtMetContext[];
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

/**
 * Everything the pages show, loaded once per build and indexed by id, so no page
 * does a linear search per item (the site must stay fast at 10,000 insights).
 */
export function getSiteData(): Promise<SiteData> {
  cache ??= laad();
  return cache;
}

async function laad(): Promise<SiteData> {
  const [allianties, ruweInzichten, soorten, fasen, themas, rollen, sectoren, bronnen] = await Promise.all([
    getAllianties(),
    getInzichten(),
    getCollection('soorten'),
    getCollection('fasen'),
    getCollection('themas'),
    getCollection('rollen'),
    getCollection('sectoren'),
    getCollection('bronnen'),
  ]);
  const alliantieById = new Map(allianties.map((a) => [a.id, a]));
  const inzichten: InzichtMetContext[] = ruweInzichten.map((entry) => {
    const alliantie = alliantieById.get(alliantieIdVan(entry) ?? '');
    return { entry, id: entry.id, alliantie, themas: alliantie ? [alliantie.data.thema] : entry.data.themas };
  });

  const termen = {
    soorten: soorten.map((e) => e.data).sort((a, b) => a.volgorde - b.volgorde),
    fasen: fasen.map((e) => e.data).sort((a, b) => a.nummer - b.nummer),
    themas: themas.map((e) => e.data),
    rollen: rollen.map((e) => e.data),
    sectoren: sectoren.map((e) => e.data),
    bronnen: bronnen.map((e) => e.data),
  };
  const index = new Map<string, { label?: string; titel?: string }>();
  for (const [naam, lijst] of Object.entries(termen)) for (const t of lijst) index.set(`${naam}/${t.id}`, t);

  const perTerm = new Map<string, InzichtMetContext[]>();
  for (const i of inzichten) {
    voegToe(perTerm, `soorten/${i.entry.data.soort}`, i);
    for (const r of i.entry.data.rollen) voegToe(perTerm, `rollen/${r}`, i);
    for (const f of i.entry.data.fasen) voegToe(perTerm, `fasen/${f}`, i);
    for (const t of i.themas) voegToe(perTerm, `themas/${t}`, i);
    if (i.alliantie) voegToe(perTerm, `allianties/${i.alliantie.id}`, i);
  }

  const hash = createHash('sha1');
  // Every taxonomy file, also those other data layers read (principes, stappen, ...): pages show their labels.
  const taxonomieMap = path.join(contentDir, contentLayout.taxonomie);
  // Only the .yaml files: the folder also holds the plain texts of the source documents (bronnen/), which no page shows.
  for (const f of fs.readdirSync(taxonomieMap).sort()) {
    if (f.endsWith('.yaml')) hash.update(`${f}\0${fs.readFileSync(path.join(taxonomieMap, f))}\0`);
  }
  for (const a of allianties) hash.update(`${a.id}\0${JSON.stringify(a.data)}\0`);
  for (const i of inzichten) hash.update(`${i.id}\0${i.entry.filePath}\0${JSON.stringify(i.entry.data)}\0`);

  return {
    inzichten,
    allianties,
    alliantieById,
    digest: hash.digest('hex'),
    ...termen,
    label: (taxonomie, id) => {
      const t = index.get(`${taxonomie}/${id}`);
      return t?.label ?? t?.titel ?? id;
    },
    term: (taxonomie, id) => index.get(`${taxonomie}/${id}`) as never,
    inzichtenMet: (taxonomie, id) => perTerm.get(`${taxonomie}/${id}`) ?? [],
    inzichtenVan: (alliantieId) => perTerm.get(`allianties/${alliantieId}`) ?? [],
  };
}

export function statusLabel(status: string): string {
  return STATUSSEN[status as keyof typeof STATUSSEN] ?? status;
}

/** "23 november 2026" */
// One formatter for the whole build: toLocaleDateString() creates a new one per call, which cost 0.7 s of CPU per 1,000 insights.
const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDatum(datum: Date): string {
  return DATUM.format(datum);
}

/** ISO date (JJJJ-MM-DD) for <time datetime>. */
export function isoDatum(datum: Date): string {
  return datum.toISOString().slice(0, 10);
}

export { aantal } from './aantal.ts';
