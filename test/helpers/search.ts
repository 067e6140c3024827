import type { Page } from 'playwright-core';
import { zoekQueryString, type ZoekStatus } from '../../src/utils/zoeken.ts';

/**
 * Waits until the search page has rendered the results of exactly this state: with its facet
 * counts and help (`klaar`, the default), or only the result list (`getoond`, enough to judge the order).
 */
export async function waitForSearch(
  page: Page,
  status: ZoekStatus,
  timeout = 30_000,
  tot: 'klaar' | 'getoond' = 'klaar',
): Promise<void> {
  const vraag = zoekQueryString(status);
  await page.waitForFunction(
    ([v, t]) => {
      const form = document.getElementById('zoeken');
      return t === 'getoond' ? form?.dataset.getoond === v : form?.dataset.zoekstatus === 'klaar' && form.dataset.zoekvraag === v;
    },
    [vraag, tot] as const,
    { timeout },
  );
}

/** Opens /zoeken/ for a state (as a shared link would) and waits for its results. */
export async function openSearch(
  page: Page,
  baseUrl: string,
  status: ZoekStatus,
  tot: 'klaar' | 'getoond' = 'klaar',
): Promise<void> {
  await page.goto(`${baseUrl}zoeken/${zoekQueryString(status)}`);
  await waitForSearch(page, status, 30_000, tot);
}

/** The results on the page, in order, as ids: insight slugs, `alliantie:<id>` for alliance pages, the path for other pages. */
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
