import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { siteDir } from './helpers/build.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';

/**
 * Long pages on a phone (375 px): headings ask the browser to hyphenate Dutch (lang="nl", hyphens: auto)
 * and never run off the screen, counts never wrap, and long pages open with a short table of contents.
 */

const PAGINAS = [
  '/werkwijze/samenwerkingsovereenkomst/',
  '/waar-staat-u/gemeente/alliantie-vormen/',
  '/waar-staat-u/gemeente/alliantie-vormen/onderwijs/',
  '/praktijkvoorbeelden/kantoorpand-amstelveen/',
  '/praktijkvoorbeelden/',
  '/rollen/gemeente/op-patroon/',
];

let browser: Browser;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.each(PAGINAS)('%s at 375 px: Dutch hyphenation asked for, no heading off screen, counts on one line', async (pad) => {
  await page.goto(`${server.url}${pad.slice(1)}`);
  const uitkomst = await page.evaluate(() => {
    const koppen = [...document.querySelectorAll('main h1, main h2, main h3, main h4')] as HTMLElement[];
    return {
      lang: koppen.map((k) => (k.closest('[lang]') as HTMLElement | null)?.lang),
      hyphens: [...new Set(koppen.map((k) => getComputedStyle(k).hyphens))],
      teBreed: koppen.filter((k) => k.scrollWidth > k.clientWidth + 1).map((k) => k.textContent),
      tellingen: [...document.querySelectorAll('main .telling')].map((t) => {
        const r = document.createRange();
        r.selectNodeContents(t);
        // One line: every fragment of the count shares the top of the first.
        const tops = new Set([...r.getClientRects()].map((rect) => Math.round(rect.top)));
        return { tekst: t.textContent, regels: tops.size };
      }),
    };
  });
  expect(new Set(uitkomst.lang)).toEqual(new Set(['nl']));
  expect(uitkomst.hyphens).toEqual(['auto']);
  expect(uitkomst.teBreed).toEqual([]);
  expect(uitkomst.tellingen.filter((t) => t.regels !== 1)).toEqual([]);
});

test('a long page opens with a short table of contents whose links lead to its sections', async () => {
  await page.goto(`${server.url}waar-staat-u/gemeente/alliantie-vormen/`);
  const inhoud = page.getByRole('navigation', { name: 'Op deze pagina' });
  const links = await inhoud.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.length).toBeGreaterThanOrEqual(3);
  const hoogte = await page.evaluate(() => document.documentElement.scrollHeight);
  // The contents come before the first card, within the first screens.
  const boven = await inhoud.evaluate((n) => n.getBoundingClientRect().top + window.scrollY);
  expect(boven).toBeLessThan(Math.min(hoogte, 1600));
  for (const href of links) await expect(page.locator(href).count(), href).resolves.toBe(1);
});
