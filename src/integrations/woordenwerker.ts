/**
 * Works out the extra words (compound parts, word forms) of the given pages of a built site, in a
 * worker thread of `indexSite()`: the 180,000-word dictionary and the per-word memo live only in
 * this thread's heap, which goes back to the system when the thread ends, before Pagefind starts.
 * Posts `[page, words separated by spaces]` pairs, 200 pages at a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { extraIndexwoorden, geindexeerdeTekst } from './indextekst.ts';
import { isNederlandsWoord } from './woordenboek.ts';

const { site, paginas } = workerData as { site: string; paginas: string[] };
const isWoord = await isNederlandsWoord();
const perWoord = new Map<string, string[]>();
// In parts, so that the index can go on with the first pages while later ones are worked out.
const DEEL = 200;
for (let i = 0; i < paginas.length; i += DEEL) {
  parentPort?.postMessage(
    paginas.slice(i, i + DEEL).map((file) => {
      const html = fs.readFileSync(path.join(site, file), 'utf8');
      return [file, extraIndexwoorden(geindexeerdeTekst(html), isWoord, perWoord).join(' ')];
    }),
  );
}
