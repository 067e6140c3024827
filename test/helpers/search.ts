import type { Page } from 'playwright-core';
import { zoekQueryString, type ZoekStatus } from '../../src/utils/zoeken.ts';

/** Waits until the search page has rendered the results of exactly this state. */
export async function waitForSearch(page: Page, status: ZoekStatus, timeout = 15_000): Promise<void> {
  const vraag = zoekQueryString(status);
  await page.waitForFunction(
    (v) => {
      const form = document.getElementById('zoeken');
      return form?.dataset.zoekstatus === 'klaar' && form.dataset.zoekvraag === v;
    },
    vraag,
    { timeout },
  );
}

/** Opens /zoeken/ for a state (as a shared link would) and waits for its results. */
export async function openSearch(page: Page, baseUrl: string, status: ZoekStatus): Promise<void> {
  await page.goto(`${baseUrl}zoeken/${zoekQueryString(status)}`);
  await waitForSearch(page, status);
}

/** The results on the page, in order, as ids: insight slugs, or `alliantie:<id>` for alliance pages. */
export async function resultIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('#zoek-resultaten > li h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => {
    const inzicht = /\/inzichten\/([^/]+)\/$/.exec(h);
    if (inzicht) return inzicht[1];
    const alliantie = /\/allianties\/([^/]+)\/$/.exec(h);
    return alliantie ? `alliantie:${alliantie[1]}` : h;
  });
}
