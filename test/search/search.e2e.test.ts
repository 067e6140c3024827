import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { siteDir } from '../helpers/build.ts';
import { publishedInsightFiles } from '../helpers/content.ts';
import { openSearch, resultIds, waitForSearch } from '../helpers/search.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';

/**
 * The search page in a real browser, against the real built site: what a user
 * does with keyboard, mouse, phone and shared links.
 */
const inzichten = publishedInsightFiles();
const metRol = (rol: string) => inzichten.filter((i) => (i.data.rollen as string[]).includes(rol));

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
async function nieuwePagina(opties: Parameters<Browser['newContext']>[0] = {}) {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opties });
  page = await context.newPage();
  return page;
}

const status = () => page.locator('#zoek-status');
const vakje = (sleutel: string, id: string) => page.locator(`#f-${sleutel}-${id}`);
const aantalBij = async (sleutel: string, id: string) =>
  Number((await page.locator(`label[for="f-${sleutel}-${id}"] [data-aantal]`).textContent())?.replace(/\D/g, ''));
const zoekparams = () => new URL(page.url()).searchParams;

describe('searching as you type', () => {
  test('typing shows results with highlighted words, announces the count and puts the query in the URL', async () => {
    await nieuwePagina();
    await page.goto(`${server.url}zoeken/`);
    await waitForSearch(page, { q: '', filters: {} });
    await expect(status().getAttribute('role')).resolves.toBe('status');
    await page.locator('#zoekterm').pressSequentially('daklozen', { delay: 30 });
    await waitForSearch(page, { q: 'daklozen', filters: {} });
    const n = await page.locator('#zoek-resultaten > li').count();
    expect(n).toBeGreaterThan(0);
    expect(await status().textContent()).toMatch(new RegExp(`^${n === 10 ? '\\d+' : n} resultaten voor ‘daklozen’`));
    expect(zoekparams().get('q')).toBe('daklozen');
    const eerste = page.locator('#zoek-resultaten > li').first();
    expect(await eerste.locator('h3 a').getAttribute('href')).toMatch(/^\/(inzichten|allianties)\/[a-z0-9-]+\/$/);
    expect(await eerste.locator('.soortlabel').textContent()).toMatch(/^(Succesvoorwaarde|Systeemfout|Les|Alliantie)$/);
    expect((await page.locator('#zoek-resultaten mark').allTextContents()).map((m) => m.toLowerCase())).toContain('daklozen');
  });

  test('Dutch inflections find each other', async () => {
    await nieuwePagina();
    // The same pages (counted by the status), whichever form is typed.
    const zelfde = async (a: string, b: string) => {
      await openSearch(page, server.url, { q: a, filters: {} });
      const aantal = (await status().textContent())!.match(/^(\d+) resultaten/)?.[1];
      const ids = await resultIds(page);
      expect(Number(aantal), a).toBeGreaterThan(0);
      await openSearch(page, server.url, { q: b, filters: {} });
      expect((await status().textContent())!.match(/^(\d+) resultaten/)?.[1], b).toBe(aantal);
      expect(await resultIds(page), b).toContain(ids[0]);
    };
    await zelfde('vergunning', 'vergunningen');
    await zelfde('gemeente daklozen', 'gemeenten dakloos');
  });

  test('compound words are found by their first part, hyphenated words by each part', async () => {
    await nieuwePagina();
    await openSearch(page, server.url, { q: 'leegstand', filters: {} });
    expect(await resultIds(page)).toContain('samen-de-dagelijkse-leiding-organiseren'); // "leegstandbeheerder"
    for (const q of ['co-creatie', 'creatie', 'cocreatie']) {
      await openSearch(page, server.url, { q, filters: {} });
      expect(await resultIds(page), q).toContain('kies-per-partner-een-participatieniveau');
    }
  });

  test('an exact title ranks first', async () => {
    await nieuwePagina();
    await page.goto(`${server.url}zoeken/`);
    // Every fifth insight, typed into the search field as a visitor would paste a title.
    for (const i of inzichten.filter((_, n) => n % 5 === 0)) {
      const titel = i.data.titel as string;
      await page.locator('#zoekterm').fill(titel);
      await waitForSearch(page, { q: titel, filters: {} });
      expect((await resultIds(page))[0], titel).toBe(i.slug);
    }
  });
});

describe('facets', () => {
  test('each value shows how many results it gives; values can be combined and removed', async () => {
    await nieuwePagina();
    await openSearch(page, server.url, { q: 'huisvesting', filters: {} });
    const gemeente = await aantalBij('rol', 'gemeente');
    expect(gemeente).toBeGreaterThan(0);
    await vakje('rol', 'gemeente').check();
    await waitForSearch(page, { q: 'huisvesting', filters: { rol: ['gemeente'] } });
    expect(await page.locator('#zoek-resultaten > li').count()).toBe(Math.min(gemeente, 10));
    expect(await status().textContent()).toContain(`${gemeente} resultat`);
    for (const meta of await page.locator('.zoekresultaat__meta').allTextContents()) expect(meta).toContain('Gemeente');

    // A second value of the same facet widens: its count is what it adds up to, alone.
    const vastgoed = await aantalBij('rol', 'vastgoedeigenaar');
    await vakje('rol', 'vastgoedeigenaar').check();
    await waitForSearch(page, { q: 'huisvesting', filters: { rol: ['gemeente', 'vastgoedeigenaar'] } });
    const beide = Number((await status().textContent())!.match(/^(\d+)/)![1]);
    expect(beide).toBeGreaterThanOrEqual(Math.max(gemeente, vastgoed));
    expect(beide).toBeLessThanOrEqual(gemeente + vastgoed);

    // Another facet narrows; its values with no results are disabled.
    const succes = await aantalBij('soort', 'succesvoorwaarde');
    await vakje('soort', 'succesvoorwaarde').check();
    await waitForSearch(page, {
      q: 'huisvesting',
      filters: { soort: ['succesvoorwaarde'], rol: ['gemeente', 'vastgoedeigenaar'] },
    });
    expect(Number((await status().textContent())!.match(/^(\d+)/)![1])).toBe(succes);
    expect(zoekparams().getAll('rol')).toEqual(['gemeente', 'vastgoedeigenaar']);
    for (const v of await page.locator('.facet input[type="checkbox"]').all()) {
      const id = await v.getAttribute('id');
      const n = Number((await page.locator(`label[for="${id}"] [data-aantal]`).textContent())?.replace(/\D/g, ''));
      if (!(await v.isChecked())) expect(await v.isDisabled(), id!).toBe(n === 0);
    }

    // The summary lists the three choices; removing one keeps the others.
    const labels = page.locator('#zoek-gekozen li button');
    expect(await labels.allTextContents()).toEqual([
      'Soort: Succesvoorwaarde×',
      'Voor wie: Gemeente×',
      'Voor wie: Vastgoedeigenaar×',
    ]);
    await page.getByRole('button', { name: 'Voor wie: Vastgoedeigenaar, filter verwijderen' }).click();
    await waitForSearch(page, { q: 'huisvesting', filters: { soort: ['succesvoorwaarde'], rol: ['gemeente'] } });
    expect(await vakje('rol', 'vastgoedeigenaar').isChecked()).toBe(false);

    // 'Alles wissen' removes every filter in one click and keeps the words.
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await waitForSearch(page, { q: 'huisvesting', filters: {} });
    expect(await page.locator('#zoek-gekozen').isHidden()).toBe(true);
    expect(await page.locator('.facet input:checked').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekterm');
  });

  test('filters alone are a search: all success conditions for the rol gemeente', async () => {
    await nieuwePagina();
    const verwacht = metRol('gemeente').filter((i) => i.data.soort === 'succesvoorwaarde');
    await openSearch(page, server.url, { q: '', filters: { soort: ['succesvoorwaarde'], rol: ['gemeente'] } });
    expect(await status().textContent()).toBe(`${verwacht.length} resultaten met 2 filters.`);
    while (await page.locator('#zoek-meer').isVisible()) {
      const voor = await page.locator('#zoek-resultaten > li').count();
      await page.locator('#zoek-meer').click();
      await page.waitForFunction((n) => document.querySelectorAll('#zoek-resultaten > li').length > n, voor);
    }
    expect((await resultIds(page)).sort()).toEqual(verwacht.map((i) => i.slug).sort());
  });

  test('on a phone the filters come before the results and work', async () => {
    await nieuwePagina({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await openSearch(page, server.url, { q: 'scholen', filters: {} });
    const samenvatting = page.locator('details.facet[data-facet="soort"] summary');
    const box = (await samenvatting.boundingBox())!;
    const resultaten = (await page.locator('#zoek-resultaten').boundingBox())!;
    expect(box.y).toBeLessThan(resultaten.y);
    expect(box.y + box.height).toBeLessThan(844 * 1.5);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await samenvatting.tap();
    await page.locator('label[for="f-soort-systeemfout"]').tap();
    await waitForSearch(page, { q: 'scholen', filters: { soort: ['systeemfout'] } });
    expect(await page.locator('details.facet[data-facet="soort"] summary').textContent()).toContain('(1 gekozen)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('shareable state', () => {
  test('a shared URL gives the same results; back and forward restore each step', async () => {
    await nieuwePagina();
    await page.goto(`${server.url}zoeken/`);
    await waitForSearch(page, { q: '', filters: {} });
    await page.locator('#zoekterm').pressSequentially('samenwerking', { delay: 20 });
    await waitForSearch(page, { q: 'samenwerking', filters: {} });
    const alleenWoord = await resultIds(page);
    await vakje('soort', 'systeemfout').check();
    await waitForSearch(page, { q: 'samenwerking', filters: { soort: ['systeemfout'] } });
    const metFilter = await resultIds(page);
    expect(metFilter).not.toEqual(alleenWoord);
    expect(page.url()).toBe(`${server.url}zoeken/?q=samenwerking&soort=systeemfout`);

    // Someone else opens the link.
    const ander = await (await browser.newContext()).newPage();
    await ander.goto(page.url());
    await waitForSearch(ander, { q: 'samenwerking', filters: { soort: ['systeemfout'] } });
    expect(await resultIds(ander)).toEqual(metFilter);
    expect(await ander.locator('#zoekterm').inputValue()).toBe('samenwerking');
    expect(await ander.locator('#f-soort-systeemfout').isChecked()).toBe(true);
    await ander.context().close();

    // And a reload shows the same.
    await page.reload();
    await waitForSearch(page, { q: 'samenwerking', filters: { soort: ['systeemfout'] } });
    expect(await resultIds(page)).toEqual(metFilter);

    await page.goBack();
    await waitForSearch(page, { q: 'samenwerking', filters: {} });
    expect(await resultIds(page)).toEqual(alleenWoord);
    expect(await vakje('soort', 'systeemfout').isChecked()).toBe(false);
    // Typing made one history entry, not one per letter.
    await page.goBack();
    await waitForSearch(page, { q: '', filters: {} });
    expect(await page.locator('#zoekterm').inputValue()).toBe('');
    expect(await page.locator('#zoek-resultaten > li').count()).toBe(0);
    await page.goForward();
    await waitForSearch(page, { q: 'samenwerking', filters: {} });
    expect(await resultIds(page)).toEqual(alleenWoord);
  });

  test('every browse page links to its search', async () => {
    await nieuwePagina();
    for (const [pad, verwacht] of [
      ['rollen/gemeente/', 'zoeken/?rol=gemeente'],
      ['soorten/systeemfout/', 'zoeken/?soort=systeemfout'],
      ['fasen/co-creatie/', 'zoeken/?fase=co-creatie'],
      ['themas/onderwijs/', 'zoeken/?thema=onderwijs'],
      ['allianties/huisvesting-alliantie/', 'zoeken/?alliantie=huisvesting-alliantie'],
    ]) {
      await page.goto(server.url + pad);
      await page.locator(`a[href="/${verwacht}"]`).click();
      const filters = Object.fromEntries([...new URL(server.url + verwacht).searchParams].map(([k, v]) => [k, [v]]));
      await waitForSearch(page, { q: '', filters });
      expect(await page.locator('#zoek-resultaten > li').count(), pad).toBeGreaterThan(0);
    }
  });
});

describe('keyboard and screen reader', () => {
  test('search, filter and open a result with the keyboard only', async () => {
    await nieuwePagina();
    await page.goto(`${server.url}zoeken/`);
    await waitForSearch(page, { q: '', filters: {} });
    const focus = () =>
      page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.textContent?.trim() || '',
      );
    const tabTot = async (doel: (f: string) => boolean, max = 60) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (doel(await focus())) return;
      }
      throw new Error(`focus kwam niet aan; staat op ${await focus()}`);
    };
    await tabTot((f) => f === 'zoekterm');
    await page.keyboard.type('vertrouwen');
    await page.keyboard.press('Enter');
    await waitForSearch(page, { q: 'vertrouwen', filters: {} });
    await tabTot((f) => f === 'f-soort-succesvoorwaarde');
    await page.keyboard.press('Space');
    await waitForSearch(page, { q: 'vertrouwen', filters: { soort: ['succesvoorwaarde'] } });
    const eerste = await page.locator('#zoek-resultaten > li h3 a').first().textContent();
    await tabTot((f) => f === eerste?.trim());
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/inzichten\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(eerste);
    await page.goBack();
    await waitForSearch(page, { q: 'vertrouwen', filters: { soort: ['succesvoorwaarde'] } });
  });

  test('a removed filter leaves the focus on the next filter, not on the page body', async () => {
    await nieuwePagina();
    await openSearch(page, server.url, { q: '', filters: { soort: ['les'], rol: ['facilitator'] } });
    await page.getByRole('button', { name: 'Soort: Les, filter verwijderen' }).focus();
    await page.keyboard.press('Enter');
    await waitForSearch(page, { q: '', filters: { rol: ['facilitator'] } });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Voor wie: Facilitator, filter verwijderen',
    );
  });
});

describe('security', () => {
  test('search works under a strict Content-Security-Policy, without violations', async () => {
    await nieuwePagina();
    const csp =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    const schendingen: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) schendingen.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await openSearch(page, server.url, { q: 'daklozen', filters: { soort: ['succesvoorwaarde'] } });
    expect(await page.locator('#zoek-resultaten > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#zoek-resultaten mark').count()).toBeGreaterThan(0);
    expect(schendingen).toEqual([]);
  });
});

describe('never a dead end', () => {
  test('a typo gets a "Bedoelde u" that searches the known word', async () => {
    await nieuwePagina();
    await openSearch(page, server.url, { q: 'lerarentekrot', filters: {} });
    const link = page.locator('#zoek-suggestie a');
    // The suggestion follows the results: it waits for the site's word list and a trial search.
    await expect
      .poll(() => page.locator('#zoek-suggestie').textContent(), { timeout: 30_000 })
      .toBe('Bedoelde u: lerarentekort?');
    await link.click();
    await waitForSearch(page, { q: 'lerarentekort', filters: {} });
    expect(zoekparams().get('q')).toBe('lerarentekort');
    expect(await resultIds(page)).toContain('lerarentekort-treft-scholen-kwetsbare-wijken');
  });

  test('a typo that Pagefind still answers with similar words gets a "Bedoelde u" as well', async () => {
    await nieuwePagina();
    await openSearch(page, server.url, { q: 'huisvestnig', filters: {} });
    expect((await resultIds(page)).length, 'Pagefind vindt verwante woorden').toBeGreaterThan(0);
    await expect.poll(() => page.locator('#zoek-suggestie').textContent(), { timeout: 30_000 }).toBe('Bedoelde u: huisvesting?');
    expect(await page.locator('#zoek-suggestie a').getAttribute('href')).toBe('/zoeken/?q=huisvesting');
  });

  test('no results with filters offers the search without filters and the overview pages', async () => {
    await nieuwePagina();
    await openSearch(page, server.url, { q: 'lerarentekort', filters: { rol: ['leegstandbeheerder'] } });
    expect(await status().textContent()).toBe('Geen resultaten voor ‘lerarentekort’ met 1 filter.');
    expect(await page.locator('#zoek-leeg').isVisible()).toBe(true);
    expect(await page.locator('#zoek-leeg a[href="/rollen/gemeente/"]').count()).toBe(1);
    expect(await page.locator('#zoek-leeg-filters-tekst').textContent()).toMatch(/^Zonder filters zijn er \d+ resultaten?\./);
    await page.getByRole('button', { name: 'Zoek zonder filters' }).click();
    await waitForSearch(page, { q: 'lerarentekort', filters: {} });
    expect(await resultIds(page)).toContain('lerarentekort-treft-scholen-kwetsbare-wijken');
  });

  test('when the search index cannot load, the page says so and links to the overviews', async () => {
    await nieuwePagina();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${server.url}zoeken/?q=daklozen`);
    await page.locator('#zoek-fout').waitFor();
    expect(await page.locator('#zoek-fout h2').textContent()).toBe('Zoeken lukt nu niet');
    expect(await page.locator('#zoek-fout a[href="/rollen/gemeente/"]').isVisible()).toBe(true);
    expect(await page.locator('#zoek-app').isHidden()).toBe(true);
  });

  test('without JavaScript the page explains and links to the overviews; the header form leads there', async () => {
    await nieuwePagina({ javaScriptEnabled: false });
    await page.goto(`${server.url}inzichten/`);
    await page.locator('#kop-zoekveld').fill('daklozen');
    await page.locator('#kop-zoekveld').press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=daklozen$/);
    expect(await page.locator('noscript').count()).toBe(1);
    const tekst = await page.locator('main').innerText();
    expect(tekst).toContain('Zoeken werkt met JavaScript');
    expect(await page.locator('main a[href="/rollen/gemeente/"]:visible').count()).toBe(1);
    expect(await page.locator('main a[href="/inzichten/"]:visible').count()).toBe(1);
    // A browser without scripts hides the results frame with `@media (scripting: none)`; Playwright's switch
    // turns scripts off without changing that media feature, so only the absence of results is checked here.
    expect(await page.locator('#zoek-resultaten > li').count()).toBe(0);
    expect(await page.locator('#zoekterm').isVisible()).toBe(true);
  });
});
