import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` at the end of every build,
 * so `npm run build` always yields a site whose search matches its pages.
 * Only pages that mark content with `data-pagefind-body` are indexed.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'inzichtenbank:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const start = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          // page_count counts every HTML file read; only pages with data-pagefind-body are indexed.
          const entry = JSON.parse(await fs.readFile(`${site}/pagefind/pagefind-entry.json`, 'utf8'));
          const geindexeerd = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
          logger.info(`${geindexeerd} pagina's geïndexeerd (van ${added.page_count} HTML-bestanden) in ${Math.round(performance.now() - start)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
