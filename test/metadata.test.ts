/**
 * What makes the pages findable and shareable: the sitemap, canonical URLs, descriptions,
 * Open Graph, JSON-LD and the citation of an insight, and every internal address resolving
 * inside the base path, on the real site and on a fixture built under /inzichtenbank/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { jsonLd, meta, tags, text } from './helpers/html.ts';
import { checkInternalLinks, publicPages, publicUrl, readText, sitemapUrls } from './helpers/published.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { beideSites, exportInzichten, pageHtml, travelFixture } from './helpers/travel.ts';

describe.each(beideSites)('%s', (_naam, getSite) => {
  test('the sitemap lists every public page and nothing else', () => {
    const site = getSite();
    const urls = sitemapUrls(site);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.sort()).toEqual(
      publicPages(site)
        .map((p) => publicUrl(site, p))
        .sort(),
    );
    expect(urls.some((u) => /\/404\/?$|\/admin\//.test(u))).toBe(false);
    expect(readText(site, 'robots.txt')).toContain(`Sitemap: ${publicUrl(site, 'sitemap-index.xml')}`);
  });

  test('every page has a canonical URL, a description, Open Graph, a Twitter card and JSON-LD', () => {
    const site = getSite();
    for (const pad of publicPages(site)) {
      const html = pageHtml(site, pad);
      const canonical = tags(html, 'link').find((l) => l.rel === 'canonical')?.href;
      expect(canonical, pad).toBe(publicUrl(site, pad));
      expect(meta(html, 'description'), pad).toBeTruthy();
      expect(meta(html, 'og:url'), pad).toBe(canonical);
      expect(meta(html, 'og:title'), pad).toBeTruthy();
      expect(meta(html, 'og:description'), pad).toBe(meta(html, 'description'));
      expect(meta(html, 'og:locale'), pad).toBe('nl_NL');
      expect(meta(html, 'twitter:card'), pad).toBe('summary');
      // One graph in the head; a page with breadcrumbs adds its BreadcrumbList (test/jsonld.test.ts).
      const ld = jsonLd(html).filter((b) => b['@type'] !== 'BreadcrumbList');
      expect(ld, pad).toHaveLength(1);
      expect(ld[0]['@context']).toBe('https://schema.org');
      const graph = ld[0]['@graph'] as Record<string, unknown>[];
      expect(graph.find((n) => n['@type'] === 'WebSite')?.url).toBe(publicUrl(site, ''));
    }
  });

  test('an insight page is an Article in JSON-LD and shows how to cite it', () => {
    const site = getSite();
    for (const i of exportInzichten(site)) {
      const html = pageHtml(site, `inzichten/${i.id}/`);
      expect(meta(html, 'og:type')).toBe('article');
      const graph = jsonLd(html)[0]['@graph'] as Record<string, any>[];
      const article = graph.find((n) => n['@type'] === 'Article')!;
      expect(article.headline).toBe(i.titel);
      expect(article.headline).toBe(text(html, 'h1'));
      expect(article.url).toBe(i.url);
      expect(article.datePublished).toBe(i.datum);
      expect(article.isPartOf['@id']).toBe(graph.find((n) => n['@type'] === 'WebSite')!['@id']);
      expect(graph.find((n) => n['@id'] === article.author['@id'])?.name).toBe('Maatschappelijke Alliantie');
      expect(article.about.map((t: { termCode: string }) => t.termCode)).toEqual(
        expect.arrayContaining([i.soort.id, ...i.rollen.map((r) => r.id), ...i.fasen.map((f) => f.id)]),
      );
      if (i.alliantie) expect(article.sourceOrganization.name).toBe(i.alliantie.naam);

      const citeer = /<section class="citeer"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      const tekst = text(citeer, 'p')!;
      expect(tekst).toBe(i.citeerAls);
      expect(tekst).toContain(i.titel);
      expect(tekst).toContain(`(${i.datum.slice(0, 4)})`);
      expect(tekst).toContain(i.url);
      if (i.alliantie) expect(tekst).toContain(i.alliantie.naam);
    }
  });

  test('every internal link, asset, feed and export address resolves inside the base path', () => {
    expect(checkInternalLinks(getSite())).toBeGreaterThan(100);
  });
});

describe('the travel fixture in Chromium, served under the base path', () => {
  let browser: Browser;
  let server: StaticServer;
  let base: string;
  beforeAll(async () => {
    const site = travelFixture();
    base = site.base;
    server = await serveStatic(site.dir, { base });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('pages load their assets, and Pagefind finds insights with links inside the base path', async () => {
    const page = await browser.newPage();
    const fouten: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) fouten.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${server.url}inzichten/creeer-een-gedeelde-visie/`);
    expect(await page.locator('h1').textContent()).toBe('Creëer één gedeelde visie met de gemeente');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');

    // A string, so the test runner does not rewrite the dynamic import meant for the browser.
    const resultaten = (await page.evaluate(`(async () => {
      const pagefind = await import('${base}pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '${base}' });
      const zoek = await pagefind.search('visie');
      return Promise.all(zoek.results.map((r) => r.data()));
    })()`)) as { url: string; meta: { title: string } }[];
    expect(resultaten.map((r) => r.meta.title)).toContain('Creëer één gedeelde visie met de gemeente');
    for (const r of resultaten) {
      expect(r.url.startsWith(base)).toBe(true);
      expect((await page.request.get(new URL(r.url, server.url).href)).status()).toBe(200);
    }
    expect(fouten).toEqual([]);
    await page.close();
  });
});
