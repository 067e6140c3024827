import path from 'node:path';
import { indexSite } from '../../src/integrations/pagefind.ts';

// `node scripts/bench/index-site.ts <built site>`: the same Pagefind step as the build's integration, on its own.
const site = process.argv[2];
if (!site) throw new Error('gebruik: node scripts/bench/index-site.ts <map met de gebouwde site>');
const { paginas, extraWoorden } = await indexSite(path.resolve(site));
console.log(`${paginas} pagina's geïndexeerd, met ${extraWoorden} woorddelen en woordvormen`);
