/**
 * The insights travel: open data, RSS feeds, printable checklists, sharing
 * metadata, the sitemap and a build under a base path. The same checks run on
 * the real site (at the domain root) and on a fixture with drafts, an embargo
 * and awkward characters, built under /inzichtenbank/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ALLIANTIE_KOLOMMEN, INZICHT_KOLOMMEN } from '../src/utils/opendata.ts';
import { launchBrowser } from './helpers/browser.ts';
import { buildSite, root, siteDir } from './helpers/build.ts';
import { makeContentFixture } from './helpers/fixtures.ts';
import { jsonLd, meta, tags, text } from './helpers/html.ts';
import {
  checkInternalLinks,
  pageIds,
  publicPages,
  publicUrl,
  readCsv,
  readRss,
  readText,
  sitemapUrls,
  spreadsheetSafe,
  validateAgainstSchema,
  type BuiltSite,
} from './helpers/published.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';

interface Term {
  id: string;
  label: string;
}
interface InzichtRecord {
  id: string;
  url: string;
  titel: string;
  samenvatting: string;
  soort: Term;
  rollen: Term[];
  fasen: Term[];
  themas: Term[];
  alliantie: { id: string; naam: string; url: string } | null;
  datum: string;
  citeerAls: string;
  bronnen: { titel: string }[];
}
interface AlliantieRecord {
  id: string;
  url: string;
  naam: string;
  inzichten: string[];
}

const pageHtml = (site: BuiltSite, pad: string) => readText(site, pad.endsWith('/') ? `${pad}index.html` : pad);
/** Every page of a paginated listing, found by following its "Volgende" links. */
function listingHtml(site: BuiltSite, pad: string): string[] {
  const paginas = [pageHtml(site, pad)];
  for (let volgende; (volgende = /<a href="([^"]+)">Volgende<\/a>/.exec(paginas.at(-1)!)?.[1]) && paginas.length < 1000;) {
    expect(volgende.startsWith(site.base)).toBe(true);
    paginas.push(pageHtml(site, volgende.slice(site.base.length)));
  }
  return paginas;
}

/** The checks every build must pass, whatever its content and base path. */
function publishedOutputTests(getSite: () => BuiltSite) {
  const inzichten = () =>
    validateAgainstSchema(getSite(), 'open-data/inzichten.json', 'open-data/inzichten.schema.json').inzichten as InzichtRecord[];
  const allianties = () =>
    validateAgainstSchema(getSite(), 'open-data/allianties.json', 'open-data/allianties.schema.json')
      .allianties as AlliantieRecord[];

  test('the JSON exports follow their schemas and hold exactly the entries that have pages', () => {
    const site = getSite();
    const data = validateAgainstSchema(site, 'open-data/inzichten.json', 'open-data/inzichten.schema.json');
    expect(data.aantal).toBe(data.inzichten.length);
    expect(data.inzichten.map((i: InzichtRecord) => i.id).sort()).toEqual(pageIds(site, 'inzichten').sort());
    for (const i of data.inzichten as InzichtRecord[]) {
      expect(i.url).toBe(publicUrl(site, `inzichten/${i.id}/`));
      if (i.alliantie) expect(i.alliantie.url).toBe(publicUrl(site, `allianties/${i.alliantie.id}/`));
    }
    const datums = data.inzichten.map((i: InzichtRecord) => i.datum);
    expect(datums).toEqual([...datums].sort().reverse());

    const alle = allianties();
    expect(alle.map((a) => a.id).sort()).toEqual(pageIds(site, 'allianties').sort());
    const perAlliantie = Object.groupBy(data.inzichten as InzichtRecord[], (i) => i.alliantie?.id ?? '');
    for (const a of alle) {
      expect(a.url).toBe(publicUrl(site, `allianties/${a.id}/`));
      expect(a.inzichten.sort()).toEqual((perAlliantie[a.id] ?? []).map((i) => i.id).sort());
    }
  });

  test('the CSV exports open as Dutch Excel expects and match the JSON row for row', () => {
    const site = getSite();
    for (const [naam, kolommen, records, sleutel] of [
      ['inzichten', INZICHT_KOLOMMEN, inzichten(), 'titel'],
      ['allianties', ALLIANTIE_KOLOMMEN, allianties(), 'naam'],
    ] as const) {
      const { raw, rows, header } = readCsv(site, `open-data/${naam}.csv`);
      expect(raw.startsWith('\uFEFF"id";')).toBe(true);
      expect(raw.endsWith('\r\n')).toBe(true);
      expect(raw.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n/);
      expect(header).toEqual(kolommen.map((k) => k.naam));
      expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
      records.forEach((record, n) => {
        const waarde = (record as unknown as Record<string, string>)[sleutel];
        expect(rows[n][sleutel]).toBe(spreadsheetSafe(waarde));
        expect(rows[n].url).toBe(record.url);
      });
    }
  });

  test('/rss.xml is valid RSS with every insight, newest first', () => {
    const site = getSite();
    const feed = readRss(site, 'rss.xml');
    expect(feed.item.map((i) => i.link)).toEqual(inzichten().map((i) => i.url));
    expect(feed.item.map((i) => i.title)).toEqual(inzichten().map((i) => i.titel));
    expect(feed.language).toBe('nl-nl');
  });

  test('every soort, rol and thema has a valid feed with its insights, linked from its page', () => {
    const site = getSite();
    const alle = inzichten();
    const velden = {
      soorten: (i: InzichtRecord) => [i.soort],
      rollen: (i: InzichtRecord) => i.rollen,
      themas: (i: InzichtRecord) => i.themas,
    };
    let feeds = 0;
    for (const [taxonomie, termen] of Object.entries(velden)) {
      const ids = pageIds(site, taxonomie);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const verwacht = alle.filter((i) => termen(i).some((t) => t.id === id)).map((i) => i.url);
        // A term without insights has no feed, and its page offers none (test/feed-links.test.ts).
        if (verwacht.length === 0) {
          expect(pageHtml(site, `${taxonomie}/${id}/`)).not.toContain(`${taxonomie}/${id}/rss.xml`);
          feeds++;
          continue;
        }
        const feed = readRss(site, `${taxonomie}/${id}/rss.xml`);
        expect(
          feed.item.map((i) => i.link),
          `${taxonomie}/${id}`,
        ).toEqual(verwacht);
        const html = pageHtml(site, `${taxonomie}/${id}/`);
        const alternates = tags(html, 'link')
          .filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml')
          .map((l) => l.href);
        expect(alternates).toContain(`${site.base}${taxonomie}/${id}/rss.xml`);
        // The listing (all its pages) lists the same insights as its feed.
        const opPagina = new Set(
          listingHtml(site, `${taxonomie}/${id}/`)
            .flatMap((p) => tags(p, 'a').map((a) => a.href))
            .filter((h) => /\/inzichten\/[^/]+\/$/.test(h)),
        );
        expect([...opPagina].sort()).toEqual(verwacht.map((u) => new URL(u).pathname).sort());
        feeds++;
      }
    }
    for (const rol of pageIds(site, 'rollen')) {
      const html = pageHtml(site, `rollen/${rol}/`);
      for (const soort of pageIds(site, 'soorten')) {
        const verwacht = alle.filter((i) => i.soort.id === soort && i.rollen.some((r) => r.id === rol)).map((i) => i.url);
        if (verwacht.length === 0) {
          // No insights of this soort for this rol: no feed is built, and the page does not offer one.
          expect(html).not.toContain(`href="${site.base}rollen/${rol}/${soort}/rss.xml"`);
          feeds++;
          continue;
        }
        const feed = readRss(site, `rollen/${rol}/${soort}/rss.xml`);
        expect(
          feed.item.map((i) => i.link),
          `rollen/${rol}/${soort}`,
        ).toEqual(verwacht);
        expect(html).toContain(`href="${site.base}rollen/${rol}/${soort}/rss.xml"`);
        feeds++;
      }
    }
    expect(feeds).toBeGreaterThan(20);
  });

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
    for (const i of inzichten()) {
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

  test('every rol and fase has a printable A4 checklist with the source and URL of each item', () => {
    const site = getSite();
    const alle = inzichten();
    for (const [taxonomie, termen] of [
      ['rollen', (i: InzichtRecord) => i.rollen],
      ['fasen', (i: InzichtRecord) => i.fasen],
    ] as const) {
      const ids = pageIds(site, taxonomie);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const pad = `${taxonomie}/${id}/checklist/`;
        expect(pageHtml(site, `${taxonomie}/${id}/`)).toContain(`href="${site.base}${pad}"`);
        const html = pageHtml(site, pad);
        expect(html).toContain('data-afdrukken');
        expect(html).toMatch(/Ctrl<\/kbd>\+<kbd>P/);
        const css = stylesOf(site, html);
        expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
        for (const i of alle.filter((i) => termen(i).some((t) => t.id === id))) {
          const item = /<li class="checklist__item"[\s\S]*?<\/li>\s*(?=<li class="checklist__item"|<\/ol>)/g;
          const blok = [...html.matchAll(item)].map((m) => m[0]).find((b) => b.includes(`>${i.url}</a>`));
          expect(blok, `${pad}: ${i.id}`).toBeDefined();
          expect(text(blok!, 'h3')).toBe(i.titel);
          expect(text(blok!, 'ul')).toContain(i.bronnen[0].titel);
          if (i.alliantie) expect(blok).toContain(i.alliantie.naam.replace(/&/g, '&amp;'));
        }
      }
    }
    expect(readText(site, 'rollen/gemeente/checklist/index.html')).toContain(
      '<h1>Succesvoorwaarden en valkuilen voor gemeenten</h1>',
    );
    expect(readText(site, 'fasen/alliantie-vormen/checklist/index.html')).toContain('<h1>Fase 2: Alliantie vormen</h1>');
  });

  test('every internal link, asset, feed and export address resolves inside the base path', () => {
    const site = getSite();
    expect(checkInternalLinks(site)).toBeGreaterThan(100);
    const adressen = [...inzichten().map((i) => i.url), ...allianties().map((a) => a.url)];
    for (const adres of adressen) {
      expect(adres.startsWith(publicUrl(site, ''))).toBe(true);
      expect(fs.existsSync(path.join(site.dir, adres.slice(publicUrl(site, '').length), 'index.html')), adres).toBe(true);
    }
  });
}

/** All CSS a page uses: inline <style> and linked stylesheets. */
function stylesOf(site: BuiltSite, html: string): string {
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const linked = tags(html, 'link')
    .filter((l) => l.rel === 'stylesheet')
    .map((l) => readText(site, l.href.slice(site.base.length)));
  return [...inline, ...linked].join('\n');
}

describe('the real site at the domain root', () => {
  publishedOutputTests(() => ({ dir: siteDir, base: '/', origin: 'https://inzichtenbank.maatschappelijkealliantie.org' }));

  test('has the printable checklist for gemeenten with every insight for gemeenten', () => {
    const site = { dir: siteDir, base: '/', origin: 'https://inzichtenbank.maatschappelijkealliantie.org' };
    const voorGemeenten = (readJson(site).inzichten as InzichtRecord[]).filter((i) => i.rollen.some((r) => r.id === 'gemeente'));
    expect(voorGemeenten.length).toBeGreaterThan(5);
    const html = readText(site, 'rollen/gemeente/checklist/index.html');
    expect(html.match(/class="checklist__item"/g)?.length).toBe(voorGemeenten.length);
  });
});

const readJson = (site: BuiltSite) => JSON.parse(readText(site, 'open-data/inzichten.json'));

describe('a fixture with drafts and an embargo, built under a base path', () => {
  const base = '/inzichtenbank/';
  const site: BuiltSite = { dir: path.join(root, '.tmp/travel-basis'), base, origin: 'https://voorbeeld.github.io' };
  const fixture = path.join(root, 'test/fixtures/travel');
  const bestanden = Object.fromEntries(
    (fs.readdirSync(fixture, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => [f.split(path.sep).join('/'), fs.readFileSync(path.join(fixture, f), 'utf8')]),
  );
  const verborgen = [
    'Dit concept mag nergens verschijnen',
    'Dit inzicht staat onder embargo',
    'Conceptalliantie',
    'Inzicht van een conceptalliantie',
  ];

  beforeAll(() => {
    const result = buildSite({
      contentDir: makeContentFixture(bestanden),
      outDir: site.dir,
      env: { BASE_PATH: base, SITE_URL: site.origin },
    });
    if (result.status !== 0) throw new Error(result.output);
  });

  publishedOutputTests(() => site);

  test('exports and feeds hold exactly the published fixture entries, newest first', () => {
    const json = readJson(site);
    expect(json.inzichten.map((i: InzichtRecord) => i.id)).toEqual([
      'leer-van-de-doelgroep',
      'formule-in-de-titel',
      'creeer-een-gedeelde-visie',
    ]);
    expect(JSON.parse(readText(site, 'open-data/allianties.json')).allianties.map((a: AlliantieRecord) => a.id)).toEqual([
      'proef-alliantie',
    ]);
    expect(readRss(site, 'rss.xml').item.map((i) => i.link)).toEqual(json.inzichten.map((i: InzichtRecord) => i.url));
    expect(readRss(site, 'rollen/gemeente/succesvoorwaarde/rss.xml').item.map((i) => i.title)).toEqual([
      'Creëer één gedeelde visie met de gemeente',
    ]);
  });

  test('drafts, embargoed entries and insights of a draft alliance appear in no output at all', () => {
    const lekken: string[] = [];
    for (const file of fs.readdirSync(site.dir, { recursive: true }) as string[]) {
      if (!/\.(html|xml|json|csv|txt)$/.test(file)) continue;
      const inhoud = fs.readFileSync(path.join(site.dir, file), 'utf8');
      for (const v of verborgen) if (inhoud.includes(v)) lekken.push(`${file}: ${v}`);
    }
    expect(lekken).toEqual([]);
    expect(fs.existsSync(path.join(site.dir, 'inzichten/concept-inzicht'))).toBe(false);
    expect(fs.existsSync(path.join(site.dir, 'allianties/concept-alliantie'))).toBe(false);
  });

  test('the CSV keeps diacritics, quotes and line breaks, and disarms formulas', () => {
    const { rows } = readCsv(site, 'open-data/inzichten.csv');
    const visie = rows.find((r) => r.id === 'creeer-een-gedeelde-visie')!;
    expect(visie.titel).toBe('Creëer één gedeelde visie met de gemeente');
    expect(visie.alliantie_naam).toBe('Proefalliantie Één & Ander');
    expect(visie.rollen).toBe('gemeente | vastgoedeigenaar');
    expect(visie.citaten).toBe(
      '“Een proefcitaat met "aanhalingstekens" en één trema.” — Proef Persoon, wethouder, Gemeente Proefstad',
    );
    const bron = readJson(site).inzichten.find((i: InzichtRecord) => i.id === 'creeer-een-gedeelde-visie').bronnen[0];
    expect(visie.bronnen.startsWith(bron.titel)).toBe(true);
    expect(visie.bronnen.endsWith(', Inzichtenbank Proefalliantie, p. 12')).toBe(true);
    const formule = rows.find((r) => r.id === 'formule-in-de-titel')!;
    expect(formule.titel).toBe(`'=HYPERLINK("https://voorbeeld.invalid") & <b>geen</b> opmaak`);
    expect(formule.samenvatting.startsWith("'-1 ")).toBe(true);
    expect(formule.bronnen.startsWith("'@Bron")).toBe(true);
    expect(formule.tekst).toBe("'- Een tekst die met een lijst begint.");
    const alliantie = readCsv(site, 'open-data/allianties.csv').rows[0];
    expect(alliantie.aanleiding).toBe('Er zijn 12 proefpanden; "aanhalingstekens"; en een puntkomma.');
    expect(alliantie.partners).toBe('Gemeente Proefstad (Overheid) | Stichting Ééndracht (Maatschappelijke organisatie)');
    expect(alliantie.startjaar).toBe('2020');
  });

  test('the feed escapes markup in titles and the JSON keeps it as text', () => {
    const titel = '=HYPERLINK("https://voorbeeld.invalid") & <b>geen</b> opmaak';
    expect(readRss(site, 'rss.xml').item.map((i) => i.title)).toContain(titel);
    expect(readText(site, 'rss.xml')).not.toContain('<b>geen');
    expect(readJson(site).inzichten.find((i: InzichtRecord) => i.id === 'formule-in-de-titel').titel).toBe(titel);
  });

  describe('in Chromium, served under the base path', () => {
    let browser: Browser;
    let server: StaticServer;
    beforeAll(async () => {
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

    test('the checklist shows its print button with JavaScript, without errors or CSP violations', async () => {
      const page = await browser.newPage();
      const problemen: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problemen.push(m.text());
      });
      page.on('pageerror', (e) => problemen.push(e.message));
      await page.goto(`${server.url}rollen/gemeente/checklist/`);
      const knop = page.getByRole('button', { name: 'Afdrukken / opslaan als PDF' });
      await knop.waitFor({ state: 'visible' });
      // window.print is replaced, so the test sees the call without a print dialog.
      await page.evaluate(() => {
        (window as unknown as { afgedrukt: number }).afgedrukt = 0;
        window.print = () => void (window as unknown as { afgedrukt: number }).afgedrukt++;
      });
      await knop.click();
      expect(await page.evaluate(() => (window as unknown as { afgedrukt: number }).afgedrukt)).toBe(1);

      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['.site-header', '.site-footer', '.kruimelpad', '.checklist__acties']) {
        expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
      }
      expect(await page.locator('.checklist__item').count()).toBe(2);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // @page { size: A4 } decides the paper: 210 x 297 mm is 595 x 842 points (Chromium's default would be Letter, 612 x 792).
      const [, breedte, hoogte] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1')) ?? [];
      expect(Math.round(Number(breedte))).toBe(595);
      expect(Math.round(Number(hoogte))).toBe(842);
      expect(problemen).toEqual([]);
      await page.close();
    });
  });
});
