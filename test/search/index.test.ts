import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { bestandenVan, siteDir } from '../helpers/build.ts';
import { indexVanHelePaginas } from '../helpers/zoekindex.ts';

// `indexSite()` gives Pagefind a copy of each page without what Pagefind skips anyway
// (`zonderOvergeslagenDelen()`); over every real page, that must change nothing in the index.
test('the search index of the real site is the one Pagefind makes from the whole pages', async () => {
  const heel = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-heel-'));
  await indexVanHelePaginas(siteDir, heel);
  const gebouwd = bestandenVan(path.join(siteDir, 'pagefind'));
  expect(gebouwd.size).toBeGreaterThan(100);
  expect(gebouwd).toEqual(bestandenVan(heel));
});
