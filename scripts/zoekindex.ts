/**
 * `npm run zoekindex [-- <site> [cachemap]]`: builds the Pagefind search index of a built site
 * (default: the build's output folder, `dist/` or `OUT_DIR`), with the build's cache folder for
 * each page's extra words. `npm run build` runs it after `astro build`; run it on its own after a
 * bare `astro build`, or to time the index apart (the benchmark does).
 *
 * Node runs it with `--max-semi-space-size=1` (`NODE_VLAGGEN_INDEX`, also in package.json's `build` and
 * `zoekindex`, and in the benchmark): a smaller young generation for the short-lived copies of each page halves the heap of
 * this process (180 to 149 MB at 10,000 insights, no slower), next to Pagefind's own 1.8 GB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexSite, woordencacheIn } from '../src/integrations/pagefind.ts';
import { cacheDir, outDir } from '../src/utils/paths.ts';

export const NODE_VLAGGEN_INDEX = ['--max-semi-space-size=1'];

/**
 * Indexes `site` and prints what was indexed; on failure prints why, in Dutch, and returns false.
 * Without `cacheMap` every page's extra words are worked out again and nothing is cached.
 */
export async function zoekindex(site: string, cacheMap?: string): Promise<boolean> {
  if (!fs.existsSync(path.join(site, 'index.html'))) {
    console.error(`Zoekindex: geen gebouwde site in ${site}. Draai eerst 'npm run build'.`);
    return false;
  }
  const start = performance.now();
  try {
    const cache = cacheMap ? woordencacheIn(cacheMap) : undefined;
    const { paginas, extraWoorden } = await indexSite(site, { cache });
    const ms = Math.round(performance.now() - start);
    console.log(`Zoekindex: ${paginas} pagina's geïndexeerd, met ${extraWoorden} woorddelen en woordvormen, in ${ms} ms`);
    return true;
  } catch (fout) {
    console.error(`Zoekindex mislukt: ${fout instanceof Error ? fout.message : String(fout)}`);
    return false;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [site, cacheMap] = process.argv.slice(2);
  // Given a site but no cache folder (the benchmark's comparison run), the index works without the word cache.
  const ok = site
    ? await zoekindex(path.resolve(site), cacheMap ? path.resolve(cacheMap) : undefined)
    : await zoekindex(outDir, cacheDir);
  process.exitCode = ok ? 0 : 1;
}
