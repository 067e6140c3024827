import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Writes the Pagefind index of a built site into `<site>/pagefind/`.
 * Only pages that mark content with `data-pagefind-body` are indexed. Returns the number of pages indexed.
 */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
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
        if (process.env.INZICHTENBANK_SKIP_INDEX === '1') return logger.info('zoekindex overgeslagen (INZICHTENBANK_SKIP_INDEX=1)');
        const start = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`${pages} pagina's geïndexeerd in ${Math.round(performance.now() - start)} ms`);
      },
    },
  };
}
