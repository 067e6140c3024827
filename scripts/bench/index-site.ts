import path from 'node:path';
import { indexSite, woordencacheIn } from '../../src/integrations/pagefind.ts';

// `node scripts/bench/index-site.ts <built site> [cache folder]`: the same Pagefind step as the build's
// integration, on its own; with the cache folder of the build, it keeps each page's extra words there as the build does.
const [site, cacheMap] = process.argv.slice(2);
if (!site) throw new Error('gebruik: node scripts/bench/index-site.ts <map met de gebouwde site> [cachemap]');
const cache = cacheMap ? woordencacheIn(path.resolve(cacheMap)) : undefined;
const { paginas, extraWoorden } = await indexSite(path.resolve(site), { cache });
console.log(`${paginas} pagina's geïndexeerd, met ${extraWoorden} woorddelen en woordvormen`);
