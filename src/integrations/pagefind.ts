import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { extraIndexwoorden, geindexeerdeTekst, metIndexwoorden } from './indextekst.ts';
import { isNederlandsWoord } from './woordenboek.ts';

/**
 * The built pages Pagefind indexes: those that carry `data-pagefind-body`, as paths
 * relative to the site with `/` separators. Pagefind would parse every page to find
 * them; the listings (thousands of cards each at 10,000 insights) were most of its work.
 */
export function geindexeerdePaginas(site: string): string[] {
  return (fs.readdirSync(site, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => fs.readFileSync(path.join(site, file), 'utf8').includes('data-pagefind-body'))
    .sort();
}

/** The address Pagefind gives a page file: `inzichten/a/index.html` -> `/inzichten/a/`. */
export function paginaUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Writes the Pagefind index of a built site into `<site>/pagefind/`. Each page
 * with `data-pagefind-body` is given to Pagefind with the parts of its compounds
 * and related word forms in a hidden `delen` field (`indextekst.ts`); the page on
 * disk is not changed. Returns the number of pages indexed and of extra words.
 *
 * `paginas` (paths relative to the site, as `geindexeerdePaginas()` gives them) and
 * `uitvoer` (the bundle folder) let a caller index a subset of the pages into another
 * folder: the benchmark of a sharded index (`scripts/bench/shards.ts`) does.
 */
export async function indexSite(
  site: string,
  { paginas: gekozen, uitvoer = `${site}/pagefind` }: { paginas?: string[]; uitvoer?: string } = {},
): Promise<{ paginas: number; extraWoorden: number }> {
  const isWoord = await isNederlandsWoord();
  const cache = new Map<string, string[]>();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  try {
    let extra = 0;
    const fouten: string[] = [];
    const paginas = gekozen ?? geindexeerdePaginas(site);
    for (const file of paginas) {
      const html = fs.readFileSync(path.join(site, file), 'utf8');
      const woorden = extraIndexwoorden(geindexeerdeTekst(html), isWoord, cache);
      extra += woorden.length;
      const added = await index.addHTMLFile({ url: paginaUrl(file), content: metIndexwoorden(html, woorden) });
      fouten.push(...added.errors.map((e) => `${file}: ${e}`));
    }
    if (fouten.length) throw new Error(`Pagefind: ${fouten.join('; ')}`);
    const written = await index.writeFiles({ outputPath: uitvoer });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { paginas: paginas.length, extraWoorden: extra };
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind search index at the end of every build, so `npm run build`
 * always yields a site whose search matches its pages. `INZICHTENBANK_SKIP_INDEX=1`
 * leaves it out, for the benchmark, which indexes (and times) it as a separate step.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'inzichtenbank:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.INZICHTENBANK_SKIP_INDEX === '1')
          return logger.info('zoekindex overgeslagen (INZICHTENBANK_SKIP_INDEX=1)');
        const start = performance.now();
        const { paginas, extraWoorden } = await indexSite(fileURLToPath(dir));
        logger.info(
          `${paginas} pagina's geïndexeerd, met ${extraWoorden} woorddelen en woordvormen, in ${Math.round(performance.now() - start)} ms`,
        );
      },
    },
  };
}
