import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite, readPage, root } from '../helpers/build.ts';
import { geldigeAlliantie, geldigInzicht, maakContent, mdx } from '../helpers/fixture.ts';
import { openSearch } from '../helpers/search.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';

/**
 * One fixture build covers what the real content cannot: hostile text in titles,
 * summaries, tags and names (it must stay text), and a site under a base path
 * (Pagefind, the vocabulary and every result link must live under it).
 */
const base = '/inzichtenbank/';
const vijandigeTitel = '<img src=x onerror="window.__xss=1">Titel met <b>tags</b> & "aanhalingstekens"';
const vijandigeAlliantie = 'Proef: wonen, werken & <i>leren</i>';
const outDir = path.join(root, '.tmp/zoeken-fixture');

let browser: Browser;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  const contentDir = maakContent({
    'allianties/proef/index.mdx': mdx(
      { ...geldigeAlliantie, naam: vijandigeAlliantie },
      'Een alliantie om het zoeken te testen.',
    ),
    'allianties/proef/inzichten/kwaadaardig.mdx': mdx(
      {
        ...geldigInzicht,
        titel: vijandigeTitel,
        samenvatting: 'Een samenvatting met <script>window.__xss=2</script> erin.',
        tags: ['<svg onload="window.__xss=3">', 'vijandig'],
      },
      'Tekst over kwaadaardige invoer met een letterlijke &lt;mark&gt; en `<script>window.__xss=4</script>` erin.',
    ),
    'inzichten/gewoon.mdx': mdx(
      { ...geldigInzicht, titel: 'Een gewoon inzicht over tijdelijke huisvesting', themas: ['sociale-huisvesting'] },
      'Over tijdelijke huisvesting.',
    ),
  });
  const build = buildSite({ contentDir, outDir: path.join(outDir, 'inzichtenbank'), env: { BASE_PATH: base } });
  fs.rmSync(contentDir, { recursive: true, force: true });
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(path.join(outDir, 'inzichtenbank'), { base });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('dialog', (d) => void d.dismiss());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('hostile titles, summaries, tags and names are shown as text, never run', async () => {
  await openSearch(page, server.url, { q: 'kwaadaardige', filters: {} });
  const resultaat = page.locator('#zoek-resultaten > li').first();
  expect(await resultaat.locator('h3 a').textContent()).toBe(vijandigeTitel);
  expect(await resultaat.locator('.zoekresultaat__meta').textContent()).toContain(`Uit ${vijandigeAlliantie}`);
  expect(
    await page
      .locator('#zoek-resultaten img, #zoek-resultaten script, #zoek-resultaten svg, #zoek-resultaten b, #zoek-resultaten i')
      .count(),
  ).toBe(0);
  expect(await resultaat.locator('mark').allTextContents()).toContain('kwaadaardige');
  expect(await resultaat.locator('.zoekresultaat__uitsnede').textContent()).toContain('letterlijke <mark>');
  await openSearch(page, server.url, { q: 'vijandig', filters: {} });
  expect(await page.locator('#zoek-resultaten > li').count()).toBe(1);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});

test('a facet value with a colon, comma and markup filters correctly', async () => {
  await openSearch(page, server.url, { q: '', filters: { alliantie: ['proef'] } });
  expect(await page.locator('label[for="f-alliantie-proef"] .facet__tekst').textContent()).toBe(vijandigeAlliantie);
  // The insight and the alliance's own page.
  expect(await page.locator('#zoek-resultaten > li').count()).toBe(2);
  expect(await page.locator('#zoek-gekozen li button').textContent()).toBe(`Alliantie: ${vijandigeAlliantie}×`);
});

test('under a base path, Pagefind, the vocabulary and the result links live under it', async () => {
  await openSearch(page, server.url, { q: 'tijdelikje', filters: {} });
  expect(await page.locator('#zoek-suggestie').textContent()).toBe('Bedoelde u: tijdelijke?');
  expect(await page.locator('#zoek-suggestie a').getAttribute('href')).toBe(`${base}zoeken/?q=tijdelijke`);
  await openSearch(page, server.url, { q: 'huisvesting', filters: {} });
  const hrefs = await page.locator('#zoek-resultaten h3 a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  expect(hrefs).toContain(`${base}inzichten/gewoon/`);
  for (const h of hrefs) expect(h!.startsWith(base)).toBe(true);
  const paden = server.requests.map((r) => r.path);
  expect(paden).toContain(`${base}pagefind/pagefind.js`);
  expect(paden).toContain(`${base}zoeken/woorden.json`);
  expect(server.requests.filter((r) => r.status === 404)).toEqual([]);
  expect(readPage(path.join(outDir, 'inzichtenbank'), '/zoeken/')).toContain(`data-pagefind="${base}pagefind/pagefind.js"`);
});
