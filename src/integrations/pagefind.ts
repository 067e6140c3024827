import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * A glob of exactly the built pages that carry `data-pagefind-body`. Pagefind indexes only those
 * anyway, but it still parses every other page; the listings (thousands of cards each at 10,000
 * insights) were most of its work. Pages are grouped per folder pattern (`inzichten/*\/index.html`)
 * when every page of the pattern qualifies, so the glob stays short.
 */
export function pagefindGlob(site: string): string {
  const groepen = new Map<string, { alle: string[]; met: string[] }>();
  for (const file of fs.readdirSync(site, { recursive: true }) as string[]) {
    if (!file.endsWith('.html')) continue;
    const delen = file.split(path.sep);
    if (delen.length >= 3) delen[delen.length - 2] = '*';
    const patroon = delen.join('/');
    const groep = groepen.get(patroon) ?? { alle: [], met: [] };
    groepen.set(patroon, groep);
    groep.alle.push(file);
    if (fs.readFileSync(path.join(site, file), 'utf8').includes('data-pagefind-body'))
      groep.met.push(file.split(path.sep).join('/'));
  }
  const escape = (p: string) => p.replace(/[\\{}[\]*?,!]/g, (c) => `\\${c}`);
  const delen = [...groepen].flatMap(([patroon, g]) =>
    g.met.length === g.alle.length
      ? [
          patroon
            .split('/')
            .map((d) => (d === '*' ? d : escape(d)))
            .join('/'),
        ]
      : g.met.map(escape),
  );
  return delen.length ? `{${delen.join(',')}}` : '**/*.html';
}

/**
 * Writes the Pagefind index of a built site into `<site>/pagefind/`.
 * Only pages that mark content with `data-pagefind-body` are indexed. Returns the number of pages indexed.
 */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob: pagefindGlob(site) });
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
        if (process.env.INZICHTENBANK_SKIP_INDEX === '1')
          return logger.info('zoekindex overgeslagen (INZICHTENBANK_SKIP_INDEX=1)');
        const start = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`${pages} pagina's geïndexeerd in ${Math.round(performance.now() - start)} ms`);
      },
    },
  };
}
