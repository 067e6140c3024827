import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { siteDir } from './helpers/build.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';

/** The phase diagram and the charts as a browser and a screen reader see them, without JavaScript. */

let browser: Browser;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  page = await browser.newPage({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('every phase in the diagram is a named link that the keyboard reaches and that opens the phase page', async () => {
  await page.goto(`${server.url}werkwijze/`);
  const diagram = page.getByRole('group', { name: 'De zes fasen van de werkmethodiek als doorlopende cyclus' });
  await expect(diagram.isVisible()).resolves.toBe(true);
  const links = diagram.getByRole('link');
  await expect(links.count()).resolves.toBe(6);
  const namen = await links.evaluateAll((as) => as.map((a) => a.textContent!.replace(/\s+/g, ' ').trim()));
  expect(namen).toEqual([
    'Fase 1 Verkennen',
    'Fase 2 Alliantie vormen',
    'Fase 3 Co-creatie',
    'Fase 4 Implementatie',
    'Fase 5 Evalueren',
    'Fase 6 Borgen van de impact',
  ]);
  await expect(diagram.getByRole('link', { name: 'Fase 6 Borgen van de impact' }).count()).resolves.toBe(1);

  // Tab from the top of the page until the first phase has focus.
  await page.locator('body').focus();
  let gevonden = false;
  for (let i = 0; i < 60 && !gevonden; i++) {
    await page.keyboard.press('Tab');
    gevonden = await page.evaluate(
      () =>
        document.activeElement?.closest('svg.cyclus__svg') !== null &&
        document.activeElement?.getAttribute('href')?.endsWith('/fasen/verkennen/') === true,
    );
  }
  expect(gevonden).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/fasen\/verkennen\/$/);
  await expect(page.locator('h1').textContent()).resolves.toBe('Fase 1: Verkennen');
});

test('the charts on the home page are images named by their title, with the numbers in their description', async () => {
  await page.goto(server.url);
  for (const naam of ['Inzichten per soort', 'Inzichten per thema', 'Allianties per fase']) {
    const img = page.getByRole('img', { name: naam, exact: true });
    await expect(img.count()).resolves.toBe(1);
    const beschrijving = await img.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    expect(beschrijving).toMatch(/: \d+ /);
    expect(beschrijving).toMatch(/Totaal: \d+/);
  }
  // The table with the same numbers opens without JavaScript.
  await page.getByText('Bekijk de cijfers als tabel').first().click();
  await expect(page.getByRole('table', { name: 'Inzichten per soort' }).isVisible()).resolves.toBe(true);
});
