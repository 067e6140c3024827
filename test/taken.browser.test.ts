import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { root, siteDir } from './helpers/build.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { MAX_STAPPEN, taken, type Stap, type Taak } from './fixtures/taken.ts';

/**
 * The six tasks of a municipal officer (issue 20), walked in Chromium like a visitor: from the
 * home page, only by following visible links and searching in the header, at a phone and a
 * desktop width. Each must reach a page holding the expected insights within MAX_STAPPEN clicks
 * or searches. The steps taken are written to test-results/taken.json.
 */

const BREEDTES = [375, 1280];
let browser: Browser;
let server: StaticServer;
const gelopen: { taak: string; breedte: number; stappen: number; adres: string }[] = [];

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'test-results/taken.json'), `${JSON.stringify(gelopen, null, 2)}\n`);
});

async function zetStap(page: Page, stap: Stap): Promise<void> {
  if ('zoek' in stap) {
    const veld = page.getByRole('searchbox', { name: 'Zoek in de inzichtenbank' });
    await veld.fill(stap.zoek);
    await Promise.all([page.waitForURL(/\/zoeken\//), veld.press('Enter')]);
    // Results are rendered by the search script; wait until the first visible link to an insight is there.
    await page
      .locator('main a[href*="/inzichten/"]:not([href$="/inzichten/"])')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 30_000 });
    return;
  }
  const link = page.getByRole('link', { name: stap.link, exact: typeof stap.link === 'string' }).filter({ visible: true });
  await expect(link.count(), `a visible link "${stap.link}" on ${page.url()}`).resolves.toBeGreaterThan(0);
  await Promise.all([page.waitForLoadState('load'), link.first().click()]);
}

/** Slugs of the insights the page links to in its main content (or the insight the page is). */
async function inzichtenOp(page: Page): Promise<Set<string>> {
  const hrefs = await page.locator('main a[href*="/inzichten/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const slugs = hrefs.flatMap((h) => /\/inzichten\/([a-z0-9-]+)\/$/.exec(h)?.[1] ?? []);
  const eigen = /\/inzichten\/([a-z0-9-]+)\/$/.exec(new URL(page.url()).pathname)?.[1];
  return new Set(eigen ? [...slugs, eigen] : slugs);
}

describe.each(BREEDTES)('at %i px wide', (breedte) => {
  test.each(taken.map((t) => [t.id, t] as [string, Taak]))('%s: reached within three clicks or searches', async (_, taak) => {
    expect(taak.stappen.length).toBeLessThanOrEqual(MAX_STAPPEN);
    const page = await browser.newPage({ viewport: { width: breedte, height: 800 } });
    try {
      await page.goto(server.url);
      for (const stap of taak.stappen) await zetStap(page, stap);
      const gevonden = await inzichtenOp(page);
      for (const slug of taak.verwacht) expect(gevonden.has(slug), `${slug} on ${page.url()}`).toBe(true);
      if (taak.zegt) await expect(page.locator('main').innerText()).resolves.toContain(taak.zegt);
      if (taak.adresBevat) expect(page.url()).toContain(taak.adresBevat);
      gelopen.push({ taak: taak.id, breedte, stappen: taak.stappen.length, adres: new URL(page.url()).pathname });
    } finally {
      await page.close();
    }
  });
});
