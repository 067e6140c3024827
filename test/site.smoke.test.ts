import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { siteDir } from './helpers/build.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the home page renders in Chromium with lang="nl" and links to every soort', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  await expect(page.locator('h1').textContent()).resolves.toBe('Inzichtenbank');
  for (const soort of ['succesvoorwaarde', 'systeemfout', 'les']) {
    expect(await page.locator(`main a[href="/soorten/${soort}/"]`).count()).toBeGreaterThan(0);
  }
});
