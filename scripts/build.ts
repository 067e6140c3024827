/**
 * `npm run build [-- <astro build options>]`: builds the pages with `astro build`, then, once Astro's
 * process has exited and given back its memory, the search index (`scripts/zoekindex.ts`). Both steps
 * in one process would hold Astro's build memory during the index: 3.2 GB at 10,000 insights instead
 * of about 2 GB. Exits with Astro's code when the build fails, and with 1 when the index fails.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { INDEX_VOLGT } from '../src/integrations/pagefind.ts';
import { zoekindex } from './zoekindex.ts';
import { cacheDir, outDir } from '../src/utils/paths.ts';

const astro = path.join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, [INDEX_VOLGT]: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
process.exitCode = (await zoekindex(outDir, cacheDir)) ? 0 : 1;
