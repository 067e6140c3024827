import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { markdownToHtml } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { buildSite, type BuildResult } from './helpers/build.ts';
import { geldigeAlliantie, geldigInzicht, maakContent, mdx } from './helpers/fixture.ts';
import { controleerLinks } from './helpers/links.ts';
import { zoekMetPagefind } from './helpers/pagefind.ts';
import { downloadVia, leesCsv } from './helpers/selectie.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { siteUrls } from './helpers/site-urls.ts';
import { sitePass, type PaginaResultaat } from './helpers/sitepass.ts';
import { controleerDataBestanden, dataBestanden, leesUitvoer } from './helpers/uitvoer.ts';

/**
 * Hostile and broken content, built for real (under a base path) and opened in Chromium:
 * HTML and script payloads in every text field are shown as text, nothing runs on any page,
 * in the search results, the feeds or the exports, and no request leaves the origin.
 * Drafts and embargoed entries appear nowhere, not even in the search index.
 * (Payloads the content check refuses outright are proven in src/validation/veilig.test.ts.)
 */

const BASE = '/inzichtenbank/';
/** Each payload calls alert with its own label, so a dialog names the field that let it through. */
const P = {
  script: '<script>alert("xss-script")</script>',
  img: '<img src="https://kwaad.example/pixel.png" onerror="alert(\'xss-img\')">',
  svg: '<svg onload="alert(\'xss-svg\')"><circle r="5"/></svg>',
  link: '<a href="javascript:alert(\'xss-link\')">klik hier</a>',
  attribuut: '"><script>alert("xss-attribuut")</script><b title="',
  formule: '=HYPERLINK("https://kwaad.example","klik")',
};
const ZOEKWOORD = 'vijandigzoekwoord';
const LANG_WOORD = `Publiekprivatesamenwerkings${'verbandsovereenkomst'.repeat(6)}`;
const RTL = 'مرحبا بالعالم שלום עולם';
const EMOJI = '🏠👩🏽‍⚕️🤝🇳🇱';
const GEHEIM = { concept: 'kwispelconceptgeheim', embargo: 'morgenembargogeheim', verborgen: 'verborgenalliantiegeheim' };
const ZICHTBAAR = 'zichtbaarcontrolewoord';

const titel = `${P.script} Begin klein ${EMOJI}`;
const bestanden: Record<string, string> = {
  'allianties/vijandig/index.mdx': mdx(
    {
      ...geldigeAlliantie,
      naam: `Alliantie ${P.script}`,
      samenvatting: `${P.img} ${RTL} ${ZOEKWOORD}`,
      doel: P.link,
      aanleiding: [P.attribuut, LANG_WOORD],
      partners: [{ naam: P.svg, sector: 'overheid' }],
      plaatsen: [EMOJI],
      resultaten: [P.formule],
    },
    `Verhaal met &lt;script&gt;alert(xss_entiteit)&lt;/script&gt; als tekst en ${RTL}.`,
  ),
  'allianties/vijandig/inzichten/vijandige-titel.mdx': mdx(
    {
      ...geldigInzicht,
      titel,
      samenvatting: `${P.img} ${P.formule} ${ZOEKWOORD}`,
      tags: [P.svg, EMOJI],
      citaten: [{ tekst: `${P.attribuut} ${RTL}`, naam: P.svg, functie: P.link, organisatie: P.img }],
      bronnen: [{ titel: P.script, sectie: P.link }],
    },
    [
      'Tekst met &lt;script&gt;alert(xss_body)&lt;/script&gt; en een code-voorbeeld: `<img src=x onerror=alert(xss_code)>`.',
      '',
      '```html',
      '<script>alert("xss-fence")</script>',
      '```',
      '',
      LANG_WOORD,
      '',
      `${RTL} ${EMOJI}`,
    ].join('\n'),
  ),
  'inzichten/lang-woord.mdx': mdx(
    { ...geldigInzicht, titel: LANG_WOORD.slice(0, 150), samenvatting: `${LANG_WOORD} ${LANG_WOORD}`.slice(0, 290) },
    LANG_WOORD,
  ),
  'inzichten/rechts-naar-links.mdx': mdx(
    { ...geldigInzicht, titel: `${RTL} ${EMOJI}`, samenvatting: `${RTL} — ${EMOJI} — ${RTL}` },
    `${RTL}\n\n${EMOJI}`,
  ),
  'inzichten/formule.mdx': mdx({ ...geldigInzicht, titel: P.formule, samenvatting: `-2+3 @SUM(A1) ${P.formule}` }),
  'inzichten/zichtbaar.mdx': mdx(
    { ...geldigInzicht, titel: `Zichtbaar ${ZICHTBAAR}`, samenvatting: `Gepubliceerd: ${ZICHTBAAR}.` },
    `Tekst ${ZICHTBAAR}.`,
  ),
  // Must never appear anywhere:
  'inzichten/concept-inzicht.mdx': mdx(
    { ...geldigInzicht, titel: `Concept ${GEHEIM.concept}`, samenvatting: GEHEIM.concept, tags: [GEHEIM.concept], concept: true },
    `Tekst ${GEHEIM.concept}.`,
  ),
  'inzichten/embargo-inzicht.mdx': mdx(
    { ...geldigInzicht, titel: `Embargo ${GEHEIM.embargo}`, samenvatting: GEHEIM.embargo, datum: '2999-01-01' },
    `Tekst ${GEHEIM.embargo}.`,
  ),
  'allianties/verborgen-alliantie/index.mdx': mdx({
    ...geldigeAlliantie,
    naam: `Alliantie ${GEHEIM.verborgen}`,
    samenvatting: GEHEIM.verborgen,
    concept: true,
  }),
  'allianties/verborgen-alliantie/inzichten/kind-van-verborgen.mdx': mdx(
    { ...geldigInzicht, titel: `Kind ${GEHEIM.verborgen}`, samenvatting: GEHEIM.verborgen },
    GEHEIM.verborgen,
  ),
};
const VERBORGEN_PADEN = [
  'inzichten/concept-inzicht/',
  'inzichten/embargo-inzicht/',
  'allianties/verborgen-alliantie/',
  'inzichten/kind-van-verborgen/',
];

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
let results: PaginaResultaat[] = [];
let urls: string[] = [];
const outDir = path.join(os.tmpdir(), `inzichtenbank-vijandig-${process.pid}`);

beforeAll(async () => {
  build = buildSite({ contentDir: maakContent(bestanden), outDir, env: { BASE_PATH: BASE } });
  if (build.status !== 0) return;
  urls = siteUrls(outDir);
  server = await serveStatic(outDir, { base: BASE });
  browser = await launchBrowser();
  // axe runs on the pages that show the hostile text; every page is watched for scripts and requests.
  const vijandig = (u: string) => /vijandig|lang-woord|rechts-naar-links|formule|^\/(inzichten|allianties)\/$/.test(u);
  results = [
    ...(await sitePass(browser, { origin: server.url, urls: urls.filter(vijandig) })),
    ...(await sitePass(browser, { origin: server.url, urls: urls.filter((u) => !vijandig(u)), axe: false })),
  ];
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (!process.env.BEWAAR_FIXTURE) {
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(`${outDir}-cache`, { recursive: true, force: true });
  }
});

const regels = (lijst: string[]) => (lijst.length ? `\n  ${lijst.join('\n  ')}` : '');

describe('hostile content', () => {
  test('builds (the content check accepts payloads in text fields: they are shown as text)', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(urls).toContain('/inzichten/vijandige-titel/');
  });

  test('no script runs and nothing leaves the origin on any page, at phone and desktop width', () => {
    expect(results.length).toBe(urls.length * 2);
    const fout = results.flatMap((r) => [
      ...r.dialogen.map((d) => `${r.url} (${r.breedte}): dialoog ${d}`),
      ...r.extern.map((u) => `${r.url} (${r.breedte}): verzoek naar ${u}`),
      ...r.fouten.map((f) => `${r.url} (${r.breedte}): ${f}`),
      ...r.csp.map((c) => `${r.url} (${r.breedte}): CSP ${c}`),
      ...r.handlers.map((h) => `${r.url}: ${h}`),
      ...r.verwijzingen
        .filter((v) => /^(javascript|vbscript):/i.test(v.absoluut))
        .map((v) => `${r.url}: ${v.bron}="${v.waarde}"`),
      // Only the site's own scripts: bundled files, or inline ones whose hash Astro put in the CSP.
      ...r.scripts
        .filter((s) => (s.src ? !s.src.startsWith(server.url) : !s.gehasht))
        .map((s) => `${r.url}: script ${s.src || `inline (${s.inlineBytes} bytes)`}`),
    ]);
    expect(fout, regels(fout)).toEqual([]);
  });

  test('the payloads are shown as literal text, where the author put them', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('inzichten/vijandige-titel/', server.url).href);
    expect(await page.locator('h1').textContent()).toBe(titel);
    expect(await page.title()).toContain(P.script);
    const tekst = (await page.locator('main').textContent()) ?? '';
    for (const deel of [
      '<script>alert(xss_body)</script>',
      '<img src=x onerror=alert(xss_code)>',
      '<script>alert("xss-fence")</script>',
      P.svg,
      P.img,
      P.attribuut.trim(),
      RTL,
      EMOJI,
      LANG_WOORD,
    ])
      expect(tekst, deel).toContain(deel);
    await page.goto(new URL('allianties/vijandig/', server.url).href);
    const alliantie = (await page.locator('main').textContent()) ?? '';
    for (const deel of [P.script, P.link, P.svg, '<script>alert(xss_entiteit)</script>']) expect(alliantie, deel).toContain(deel);
    await page.close();
  });

  test('very long words, right-to-left text and emoji do not make any page scroll sideways', () => {
    const fout = results.flatMap((r) => r.overloop.map((o) => `${r.url} (${r.breedte}): ${o}`));
    expect(fout, regels(fout)).toEqual([]);
  });

  test('the pages with hostile text have no axe-core violations', () => {
    const fout = results.flatMap((r) =>
      r.axe.map((v) => `${r.url} (${r.breedte}): ${v.rule} ${v.help}: ${v.targets.slice(0, 3).join(' | ')}`),
    );
    expect(fout, regels(fout)).toEqual([]);
  });

  test('every internal link resolves under the base path', () => {
    const links = controleerLinks(
      results.filter((r) => r.breedte === 'desktop'),
      outDir,
      server.url,
    );
    const fout = links.kapot.map((k) => `${k.pagina}: ${k.bron} "${k.waarde}": ${k.reden}`);
    expect(fout, regels(fout)).toEqual([]);
  });

  test('feeds and exports hold the payloads as text: nothing a reader or spreadsheet would run', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const fout = await controleerDataBestanden(page, outDir);
    // Opening each file in the browser runs nothing either.
    const dialogen: string[] = [];
    page.on('dialog', (d) => {
      dialogen.push(d.message());
      void d.dismiss();
    });
    // (CSV files are downloaded, not shown, so they cannot run anything in the browser.)
    for (const f of dataBestanden(outDir).filter((f) => /\.(xml|json|txt|rss|atom)$/.test(f)))
      await page.goto(new URL(f, server.url).href);
    await page.close();
    expect([...fout, ...dialogen], regels([...fout, ...dialogen])).toEqual([]);
  });

  test('search results show the payloads as text and run nothing', async () => {
    expect(urls, 'de zoekpagina /zoeken/ ontbreekt in de build').toContain('/zoeken/');
    const page = await browser.newPage();
    const dialogen: string[] = [];
    page.on('dialog', (d) => {
      dialogen.push(d.message());
      void d.dismiss();
    });
    await page.goto(new URL(`zoeken/?q=${ZOEKWOORD}`, server.url).href);
    const resultaat = page.getByRole('list', { name: /resultaten/i }).locator('a[href*="/vijandige-titel/"]');
    await resultaat.waitFor({ timeout: 20_000 });
    const main = (await page.locator('main').textContent()) ?? '';
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      ),
    );
    await page.close();
    expect(main).toContain('<script>alert("xss-script")</script>');
    expect(handlers).toEqual([]);
    expect(dialogen).toEqual([]);
  });

  test('the search index holds text, not markup: excerpts carry only <mark>', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const { treffers } = await zoekMetPagefind(page, new URL('pagefind/pagefind.js', server.url).href, [ZOEKWOORD]);
    await page.close();
    const gevonden = treffers[ZOEKWOORD];
    expect(gevonden.length).toBeGreaterThan(0);
    for (const r of gevonden) expect(r.excerpt.replace(/<\/?mark>/g, ''), r.url).not.toMatch(/<[a-z!/]/i);
    expect(gevonden.map((r) => r.meta.title)).toContain(titel);
  });
});

describe('Mijn selectie with hostile titles', () => {
  test('the list, the print view and both downloads hold the payloads as text and run nothing', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const dialogen: string[] = [];
    page.on('dialog', (d) => {
      dialogen.push(d.message());
      void d.dismiss();
    });
    for (const id of ['vijandige-titel', 'formule']) {
      await page.goto(new URL(`inzichten/${id}/`, server.url).href);
      const knop = page.locator(`article [data-bewaar="${id}"]`);
      await knop.waitFor({ state: 'visible' });
      await knop.click();
    }
    await page.goto(new URL('mijn-selectie/', server.url).href);
    const koppen = page.locator('[data-lijst] > li h2');
    await koppen.first().waitFor();
    expect(await koppen.allTextContents()).toEqual([titel, P.formule]);
    const lijst = (await page.locator('[data-lijst]').textContent()) ?? '';
    for (const deel of [P.img, P.script, P.link]) expect(lijst, deel).toContain(deel);
    expect(await page.getByLabel('Link om deze selectie te delen').inputValue()).toBe(
      new URL('mijn-selectie/?i=vijandige-titel&i=formule', server.url).href,
    );
    await page.emulateMedia({ media: 'print' });
    expect(await koppen.first().innerText()).toBe(titel);
    await page.emulateMedia({ media: 'screen' });
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      ),
    );
    expect(handlers).toEqual([]);

    const rijen = leesCsv((await downloadVia(page, 'Download als CSV')).tekst);
    expect(rijen.map((r) => r.titel)).toEqual([titel, `'${P.formule}`]);
    const { html } = markdownToHtml((await downloadVia(page, 'Download als Markdown')).tekst);
    expect(html).not.toMatch(/<(script|img|svg|b)[\s>]|<a href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert("xss-script")&lt;/script&gt;');
    await context.close();
    expect(dialogen).toEqual([]);
  });

  test('a share link with draft, embargoed and hidden ids shows only the published one, and none of their text', async () => {
    const page = await browser.newPage();
    const verborgen = ['concept-inzicht', 'embargo-inzicht', 'kind-van-verborgen'];
    await page.goto(new URL(`mijn-selectie/?${[...verborgen, 'zichtbaar'].map((id) => `i=${id}`).join('&')}`, server.url).href);
    await page.locator('[data-lijst] > li h2').first().waitFor();
    expect(await page.locator('[data-lijst] > li h2').allTextContents()).toEqual([`Zichtbaar ${ZICHTBAAR}`]);
    const tekst = ((await page.locator('main').textContent()) ?? '').toLowerCase();
    expect(tekst).toContain('3 inzichten uit deze link zijn niet (meer) gepubliceerd');
    for (const geheim of Object.values(GEHEIM)) expect(tekst).not.toContain(geheim);
    await page.close();
  });
});

describe('drafts and embargoed entries', () => {
  test('appear in no file of the build: pages, search index, feeds, sitemap, exports', () => {
    const uitvoer = leesUitvoer(outDir);
    expect(
      [...uitvoer.values()].some((t) => t.includes(ZICHTBAAR)),
      'controle: het gepubliceerde woord staat in de build',
    ).toBe(true);
    const fout: string[] = [];
    for (const [f, t] of uitvoer) {
      const klein = t.toLowerCase();
      for (const geheim of Object.values(GEHEIM)) if (klein.includes(geheim)) fout.push(`${f}: ${geheim}`);
      for (const pad of VERBORGEN_PADEN) if (t.includes(pad)) fout.push(`${f}: ${pad}`);
    }
    for (const pad of VERBORGEN_PADEN) if (fs.existsSync(path.join(outDir, pad))) fout.push(`map ${pad} bestaat`);
    expect(fout, regels(fout)).toEqual([]);
  });

  test("are not found through Pagefind's search API, while a published entry is", async () => {
    const page: Page = await browser.newPage();
    await page.goto(server.url);
    // The marker words occur only in the hidden entries. A word Pagefind does not know still finds pages through
    // its shorter forms ("verborgen…" finds "verder"), so the proof is that no result is a hidden page or holds a
    // marker word, not that there are none.
    const woorden = [ZICHTBAAR, ...Object.values(GEHEIM)];
    const { treffers } = await zoekMetPagefind(page, new URL('pagefind/pagefind.js', server.url).href, woorden);
    await page.close();
    expect(treffers[ZICHTBAAR].length).toBeGreaterThan(0);
    expect(treffers[ZICHTBAAR].some((t) => t.content.toLowerCase().includes(ZICHTBAAR.toLowerCase()))).toBe(true);
    const lekken = woorden
      .slice(1)
      .flatMap((w) =>
        treffers[w]
          .filter(
            (t) =>
              VERBORGEN_PADEN.some((p) => t.url.endsWith(`/${p}`)) ||
              Object.values(GEHEIM).some((g) => `${t.content} ${Object.values(t.meta).join(' ')}`.toLowerCase().includes(g)),
          )
          .map((t) => `${w}: ${t.url}`),
      );
    expect(lekken, regels(lekken)).toEqual([]);
  });
});
