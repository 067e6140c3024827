import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { geindexeerdePaginas, paginaUrl } from '../../src/integrations/pagefind.ts';
import { extraIndexwoorden, geindexeerdeTekst, metIndexwoorden } from '../../src/integrations/indextekst.ts';
import { isNederlandsWoord } from '../../src/integrations/woordenboek.ts';

/**
 * The reference for `indexSite()`: Pagefind given each whole page as it is on disk (with the same
 * extra words), without a cache and without leaving out anything. Written into `uitvoer`.
 */
export async function indexVanHelePaginas(site: string, uitvoer: string): Promise<void> {
  const isWoord = await isNederlandsWoord();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(errors.join('; '));
  try {
    for (const file of geindexeerdePaginas(site)) {
      const html = fs.readFileSync(path.join(site, file), 'utf8');
      const woorden = extraIndexwoorden(geindexeerdeTekst(html), isWoord);
      await index.addHTMLFile({ url: paginaUrl(file), content: metIndexwoorden(html, woorden) });
    }
    await index.writeFiles({ outputPath: uitvoer });
  } finally {
    await pagefind.close();
  }
}
