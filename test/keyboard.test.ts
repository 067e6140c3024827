import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { siteDir } from './helpers/build.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { pageType, siteUrls } from './helpers/site-urls.ts';
import { EDITOR, openPage, WIDTHS, type Breedte } from './helpers/sitepass.ts';
import { tabRonde, wachtOpScripts } from './helpers/toetsenbord.ts';

/**
 * Keyboard use in Chromium: the skip link, the navigation and every page type (one page of each
 * route, so pages that arrive later are covered), and the search page with results. The editor
 * (/admin/, Decap CMS) is tested by test/cms.browser.test.ts.
 */

let browser: Browser;
let server: StaticServer;
const urls = siteUrls(siteDir);
/** The first page of every page type ("/", "/inzichten/[slug]/", "/[taxonomie]/", "/zoeken/", ...). */
const voorbeelden = [...new Map(urls.filter((u) => u !== EDITOR.pad).map((u) => [pageType(u, urls), u])).entries()].map(
  ([type, url]) => ({ type, url }),
);
const breedtes = Object.keys(WIDTHS) as Breedte[];

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const adres = (pad: string) => new URL(pad.replace(/^\//, ''), server.url).href;

async function metPagina<T>(breedte: Breedte, doe: (page: Page) => Promise<T>): Promise<T> {
  const { context, page } = await openPage(browser, breedte);
  try {
    return await doe(page);
  } finally {
    await context.close();
  }
}

describe.each(breedtes)('keyboard at %s width', (breedte) => {
  test('the skip link is the first stop, visible when focused, and moves focus to the main content', () =>
    metPagina(breedte, async (page) => {
      await page.goto(adres('/inzichten/'));
      await page.keyboard.press('Tab');
      const link = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return {
          href: el.getAttribute('href'),
          tekst: el.textContent?.trim(),
          zichtbaar: r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 && r.right <= innerWidth,
        };
      });
      expect(link).toEqual({ href: '#inhoud', tekst: 'Naar de inhoud', zichtbaar: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
      expect(new URL(page.url()).hash).toBe('#inhoud');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    }));

  test('every menu link is reachable and opens its page with Enter', () =>
    metPagina(breedte, async (page) => {
      await page.goto(adres('/'));
      const menu = await page
        .locator('nav[aria-label="Hoofdmenu"] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(menu.length).toBeGreaterThan(3);
      const ronde = await tabRonde(page);
      for (const href of menu) expect(ronde.volgorde, href).toContain(`a[href=${href}]`);
      // Tab to the second menu item and follow it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.goto(adres('/'));
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === menu[1]) break;
      }
      await Promise.all([page.waitForURL(adres(menu[1])), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(menu[1]);
    }));

  test.each(voorbeelden)('$type ($url): Tab reaches everything, with visible, unobscured focus and no trap', ({ url }) =>
    metPagina(breedte, async (page) => {
      await page.goto(adres(url));
      await wachtOpScripts(page);
      const ronde = await tabRonde(page);
      expect(ronde.kandidaten.length).toBeGreaterThan(3);
      expect(ronde.gemist, `niet bereikbaar met Tab:\n  ${ronde.gemist.join('\n  ')}`).toEqual([]);
      expect(ronde.problemen, `\n  ${ronde.problemen.join('\n  ')}`).toEqual([]);
    }),
  );
});

describe('search by keyboard', () => {
  test('the site has a search page', () => {
    expect(urls, 'de zoekpagina /zoeken/ ontbreekt; het zoekveld in de kop verwijst ernaar').toContain('/zoeken/');
  });

  test.each(breedtes)(
    'at %s width: type in the header field, press Enter, reach every result by Tab with visible focus',
    (breedte) =>
      metPagina(breedte, async (page) => {
        await page.goto(adres('/inzichten/'));
        const veld = page.locator('header [role="search"] input[type="search"], header form input[type="search"]').first();
        const id = await veld.getAttribute('id');
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          if ((await page.evaluate(() => document.activeElement?.id)) === id) break;
        }
        expect(await page.evaluate(() => document.activeElement?.id), 'het zoekveld in de kop is met Tab bereikbaar').toBe(id);
        await page.keyboard.type('huisvesting');
        const [antwoord] = await Promise.all([
          page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/zoeken/')),
          page.keyboard.press('Enter'),
        ]);
        expect(antwoord.status(), 'de zoekpagina bestaat').toBe(200);
        await page.waitForURL(/\/zoeken\//);
        expect(new URL(page.url()).searchParams.get('q')).toBe('huisvesting');
        // The results: links in the list named "Resultaten", filled in by the search script.
        const treffer = page.getByRole('list', { name: /resultaten/i }).getByRole('link');
        await treffer.first().waitFor({ timeout: 20_000 });
        await wachtOpScripts(page);
        const ronde = await tabRonde(page);
        expect(ronde.gemist, `niet bereikbaar met Tab:\n  ${ronde.gemist.join('\n  ')}`).toEqual([]);
        expect(ronde.problemen, `\n  ${ronde.problemen.join('\n  ')}`).toEqual([]);
        const resultaten = await treffer.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        for (const href of resultaten.slice(0, 5)) expect(ronde.volgorde, href).toContain(`a[href=${href}]`);
      }),
  );
});
