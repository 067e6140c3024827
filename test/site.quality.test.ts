import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { root, siteDir } from './helpers/build.ts';
import { controleerLinks, type LinkRapport } from './helpers/links.ts';
import { zoekMetPagefind } from './helpers/pagefind.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { pageType, siteUrls } from './helpers/site-urls.ts';
import { EDITOR, sitePass, type PaginaResultaat } from './helpers/sitepass.ts';

/**
 * The whole built site in a real browser (Debian Chromium): every URL from a crawl of the
 * build and its sitemap, at a phone and a desktop width. One pass collects axe-core results,
 * CSP reports, console errors, requests and references; the tests below judge them.
 * Figures go to test-results/site-rapport.json and test-results/externe-links.md.
 */

/**
 * Budgets per page (see README, "Performance budget"). "Transferred" is what a static host sends:
 * every resource gzip-compressed (measured from the files the browser loaded); "raw" is uncompressed.
 */
const BUDGET = {
  /** Everything a content page loads (HTML, CSS, JS, images, fonts), transferred. */
  inhoudTotaal: 50 * 1024,
  /** HTML of one content page, raw: what a low-end phone must parse and lay out. */
  inhoudHtml: 150 * 1024,
  /** All CSS of one page, raw. */
  css: 20 * 1024,
  /**
   * JavaScript on a content page, transferred: only the "Mijn selectie" script (src/scripts/selectie.ts), one
   * hashed file every page shares, plus the chunk it loads on /mijn-selectie/ itself.
   */
  selectieScript: 5 * 1024,
  /** Everything the search page loads before a search, transferred. */
  zoekpagina: 150 * 1024,
};
const ZOEKPAGINA = '/zoeken/';
/**
 * Page types that may carry one small script of their own besides the shared selection script, with why
 * (README, "Performance budget"). Anything else with JavaScript fails the budget test.
 */
const EIGEN_SCRIPT: Record<string, { reden: string; maxBytes: number }> = {
  '/[taxonomie]/[term]/checklist/': { reden: 'de knop "Afdrukken" (verborgen zonder JavaScript)', maxBytes: 512 },
};
const rapportDir = path.join(root, 'test-results');

let browser: Browser;
let server: StaticServer;
let results: PaginaResultaat[] = [];
let urls: string[] = [];
let links: LinkRapport;

beforeAll(async () => {
  urls = siteUrls(siteDir);
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  results = await sitePass(browser, { origin: server.url, urls });
  links = controleerLinks(
    results.filter((r) => r.breedte === 'desktop'),
    siteDir,
    server.url,
  );
  schrijfRapport();
  // Every page (about 650 since the theme pages of "Waar staat u?") at two widths with axe: over ten minutes on 2 cores.
}, 1_800_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const regels = (lijst: string[]) => (lijst.length ? `\n  ${lijst.join('\n  ')}` : '');

describe('every page of the built site', () => {
  test('the crawl finds the whole site', () => {
    expect(urls.length).toBeGreaterThan(100);
    for (const u of ['/', '/inzichten/', '/allianties/', '/404.html']) expect(urls).toContain(u);
    expect(results.length).toBe(urls.length * 2);
  });

  test('every page loads (status 200) without console errors, failed requests or dialogs', () => {
    const fout = results.flatMap((r) => [
      ...(r.status === 200 ? [] : [`${r.url} (${r.breedte}): status ${r.status}`]),
      ...r.fouten.map((f) => `${r.url} (${r.breedte}): ${f}`),
      ...r.mislukt.map((f) => `${r.url} (${r.breedte}): ${f}`),
      ...r.dialogen.map((f) => `${r.url} (${r.breedte}): dialoog ${f}`),
    ]);
    expect(fout, regels(fout)).toEqual([]);
  });

  test('no page requests anything from another origin (no third-party resources)', () => {
    const fout = results.flatMap((r) => r.extern.map((u) => `${r.url} (${r.breedte}): ${u}`));
    expect(fout, regels(fout)).toEqual([]);
  });
});

describe('accessibility (axe-core, WCAG 2.0/2.1/2.2 A and AA)', () => {
  test('zero violations on every page at phone and desktop width', () => {
    const fout = results
      .filter((r) => r.url !== EDITOR.pad)
      .flatMap((r) =>
        r.axe.map((v) => `${r.url} (${r.breedte}): ${v.rule} [${v.impact}] ${v.help}: ${v.targets.slice(0, 5).join(' | ')}`),
      );
    expect(fout, regels(fout)).toEqual([]);
  });
});

describe('reflow (WCAG 1.4.10)', () => {
  test('no page scrolls sideways at phone or desktop width', () => {
    const fout = results.flatMap((r) => r.overloop.map((o) => `${r.url} (${r.breedte}): ${o}`));
    expect(fout, regels(fout)).toEqual([]);
  });
});

describe('Content Security Policy', () => {
  const csp = (url: string) => {
    const file = url.endsWith('/') ? path.join(siteDir, url, 'index.html') : path.join(siteDir, url);
    const html = fs.readFileSync(file, 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((m) => m[1]);
    return { html, metas };
  };

  test('every page carries one strict policy: hashed scripts, no unsafe-inline or unsafe-eval for scripts', () => {
    const fout: string[] = [];
    for (const url of urls) {
      const { html, metas } = csp(url);
      if (metas.length !== 1) {
        fout.push(`${url}: ${metas.length} CSP-meta-elementen`);
        continue;
      }
      const directives = new Map(
        metas[0]
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map((d) => [d[0], d.slice(1)]),
      );
      const scriptSrc = directives.get('script-src') ?? [];
      if (!scriptSrc.includes("'self'")) fout.push(`${url}: script-src zonder 'self'`);
      // The editor alone may evaluate code (its schema validator needs it); no page may run inline scripts.
      for (const bad of ["'unsafe-inline'", ...(url === EDITOR.pad ? [] : ["'unsafe-eval'"]), '*', 'data:', 'http:', 'https:'])
        for (const d of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src'])
          if (directives.get(d)?.includes(bad)) fout.push(`${url}: ${d} bevat ${bad}`);
      if (directives.get('default-src')?.join(' ') !== "'self'") fout.push(`${url}: default-src is niet 'self'`);
      if (!directives.get('object-src')?.includes("'none'")) fout.push(`${url}: object-src is niet 'none'`);
      if (!directives.has('base-uri')) fout.push(`${url}: base-uri ontbreekt`);
      // The policy must come before anything it governs.
      const metaAt = html.search(/<meta http-equiv="content-security-policy"/i);
      // (JSON-LD data blocks are not scripts and fall outside the policy.)
      const eerste = html.search(/<script(?![^>]*type="application\/(ld\+)?json")[\s>]|<link[^>]*rel="stylesheet"|<style[\s>]/i);
      if (eerste >= 0 && eerste < metaAt) fout.push(`${url}: een script of stylesheet staat vóór de CSP`);
    }
    expect(fout, regels(fout)).toEqual([]);
  });

  test('no page has an inline event handler, a script address, or a script the policy does not name', () => {
    const fout = results
      .filter((r) => r.breedte === 'desktop')
      .flatMap((r) => [
        ...r.handlers.map((h) => `${r.url}: ${h}`),
        ...r.verwijzingen
          .filter((v) => /^(javascript|vbscript):/i.test(v.absoluut))
          .map((v) => `${r.url}: ${v.bron}="${v.waarde}"`),
        ...r.scripts
          .filter((x) => (x.src ? !x.src.startsWith(server.url) : !x.gehasht))
          .map((x) => `${r.url}: script ${x.src || `inline zonder hash in de CSP (${x.inlineBytes} bytes)`}`),
      ]);
    expect(fout, regels(fout)).toEqual([]);
  });

  test('no page reports a CSP violation in the browser', () => {
    const fout = results.flatMap((r) => r.csp.map((c) => `${r.url} (${r.breedte}): ${c}`));
    expect(fout, regels(fout)).toEqual([]);
  });

  test('Pagefind (WebAssembly and its worker) searches under the policy of a built page', async () => {
    const page = await browser.newPage();
    const meldingen: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) meldingen.push(m.text());
    });
    await page.goto(new URL('inzichten/', server.url).href);
    const { treffers, csp } = await zoekMetPagefind(page, new URL('pagefind/pagefind.js', server.url).href, ['alliantie']);
    await page.close();
    expect([...csp, ...meldingen]).toEqual([]);
    expect(treffers.alliantie.length).toBeGreaterThan(0);
    expect(treffers.alliantie[0].url).toMatch(/^\/(inzichten|allianties)\//);
  });

  test('search on /zoeken/ finds results under the policy, with no CSP violation', async () => {
    expect(urls, 'de zoekpagina /zoeken/ ontbreekt in de build; het zoekveld in de kop verwijst ernaar').toContain(ZOEKPAGINA);
    const page = await browser.newPage();
    const meldingen: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) meldingen.push(m.text());
    });
    page.on('pageerror', (e) => meldingen.push(`${e.name}: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy: ${e.effectiveDirective} blokkeert ${e.blockedURI}`),
      );
    });
    await page.goto(new URL('zoeken/?q=huisvesting', server.url).href);
    const treffers = page.getByRole('list', { name: /resultaten/i }).getByRole('link');
    await treffers.first().waitFor({ timeout: 20_000 });
    expect(await treffers.count()).toBeGreaterThan(0);
    await page.close();
    expect(meldingen).toEqual([]);
  });
});

describe('links', () => {
  test('every internal link, anchor, image, asset and form target resolves (also in feeds, sitemaps and exports)', () => {
    const fout = links.kapot.map((k) => `${k.pagina}: ${k.bron} "${k.waarde}": ${k.reden}`);
    expect(links.intern).toBeGreaterThan(urls.length * 10);
    expect(fout, regels(fout)).toEqual([]);
  });

  test('external links are listed in test-results/externe-links.md, not fetched', () => {
    const md = fs.readFileSync(path.join(rapportDir, 'externe-links.md'), 'utf8');
    for (const adres of links.extern.keys()) expect(md).toContain(adres);
  });
});

describe('performance budget', () => {
  const perPagina = () =>
    results
      .filter((r) => r.breedte === 'desktop')
      .map((r) => {
        const b = { html: 0, css: 0, js: 0, overig: 0 };
        for (const res of r.resources) {
          if (res.type === 'document') b.html += res.bytes;
          else if (res.type === 'stylesheet') b.css += res.bytes;
          else if (res.type === 'script' || /\.m?js(\?|$)/.test(res.url)) b.js += res.bytes;
          else b.overig += res.bytes;
        }
        const inline = r.scripts.reduce((n, s) => n + s.inlineBytes, 0);
        const gzip = r.resources.reduce((n, x) => n + gzipBytes(x.url), 0);
        const jsGzip = r.resources
          .filter((x) => x.type === 'script' || /\.m?js(\?|$)/.test(x.url))
          .reduce((n, x) => n + gzipBytes(x.url), 0);
        return {
          url: r.url,
          type: pageType(r.url, urls),
          ...b,
          totaal: b.html + b.css + b.js + b.overig,
          gzip,
          jsGzip,
          scripts: r.scripts,
          inline,
        };
      });

  test(`content pages ship no JavaScript apart from the shared selection script, at most ${BUDGET.selectieScript / 1024} KB transferred`, () => {
    const inhoud = perPagina().filter((p) => p.type !== ZOEKPAGINA && p.url !== EDITOR.pad);
    // The one script every content page carries is the selection script: a bundled file, so browsers cache it.
    const scriptsVan = (p: (typeof inhoud)[number]) => p.scripts.map((s) => s.src || `inline:${s.inlineBytes}`);
    const overal = scriptsVan(inhoud[0]).filter((s) => inhoud.every((p) => scriptsVan(p).includes(s)));
    expect(overal, 'het gedeelde selectiescript (een gebundeld bestand)').toEqual([expect.stringMatching(/\/_astro\/.+\.js$/)]);
    const fout = inhoud.flatMap((p) => {
      const eigen = p.scripts.filter((s) => !overal.includes(s.src || `inline:${s.inlineBytes}`));
      const toegestaan = EIGEN_SCRIPT[p.type];
      if (toegestaan && eigen.length === 1 && !eigen[0].src && eigen[0].inlineBytes <= toegestaan.maxBytes) return [];
      return eigen.map((s) => `${p.url} (${p.type}): script ${s.src || `inline, ${s.inlineBytes} bytes`}`);
    });
    expect(fout, regels(fout)).toEqual([]);
    const teVeel = inhoud
      .filter((p) => p.jsGzip > BUDGET.selectieScript)
      .map((p) => `${p.url}: ${p.jsGzip} bytes JavaScript (gzip)`);
    expect(teVeel, regels(teVeel)).toEqual([]);
  });

  test(`content pages stay under ${BUDGET.inhoudTotaal / 1024} KB transferred, HTML under ${BUDGET.inhoudHtml / 1024} KB raw, CSS under ${BUDGET.css / 1024} KB raw`, () => {
    const fout = perPagina()
      .filter((p) => p.type !== ZOEKPAGINA && p.url !== EDITOR.pad)
      .flatMap((p) => [
        ...(p.gzip > BUDGET.inhoudTotaal ? [`${p.url}: ${p.gzip} bytes overgedragen (gzip)`] : []),
        ...(p.html > BUDGET.inhoudHtml ? [`${p.url}: ${p.html} bytes HTML`] : []),
        ...(p.css > BUDGET.css ? [`${p.url}: ${p.css} bytes CSS`] : []),
      ]);
    expect(fout, regels(fout)).toEqual([]);
  });

  test(`the search page stays under ${BUDGET.zoekpagina / 1024} KB before a search`, () => {
    const zoek = perPagina().filter((p) => p.type === ZOEKPAGINA);
    for (const p of zoek) expect(p.gzip, p.url).toBeLessThanOrEqual(BUDGET.zoekpagina);
  });
});

/** Figures for the README and the report: bytes per page type, counts of everything checked. */
const gzipCache = new Map<string, number>();
/** Size of a served file after gzip, as a static host would send it. */
function gzipBytes(u: string): number {
  if (!gzipCache.has(u)) {
    const rel = decodeURIComponent(new URL(u).pathname).slice(new URL(server.url).pathname.length);
    const file = rel === '' || rel.endsWith('/') ? path.join(siteDir, rel, 'index.html') : path.join(siteDir, rel);
    gzipCache.set(u, fs.existsSync(file) && fs.statSync(file).isFile() ? zlib.gzipSync(fs.readFileSync(file)).length : 0);
  }
  return gzipCache.get(u)!;
}

function schrijfRapport() {
  fs.mkdirSync(rapportDir, { recursive: true });
  const gz = gzipBytes;
  const typen = new Map<
    string,
    { paginas: number; html: number[]; css: number[]; js: number[]; totaal: number[]; gzip: number[] }
  >();
  for (const r of results.filter((r) => r.breedte === 'desktop')) {
    const t = pageType(r.url, urls);
    if (!typen.has(t)) typen.set(t, { paginas: 0, html: [], css: [], js: [], totaal: [], gzip: [] });
    const e = typen.get(t)!;
    const som = (f: (x: (typeof r.resources)[number]) => boolean) => r.resources.filter(f).reduce((n, x) => n + x.bytes, 0);
    e.paginas++;
    e.html.push(som((x) => x.type === 'document'));
    e.css.push(som((x) => x.type === 'stylesheet'));
    e.js.push(som((x) => x.type === 'script' || /\.m?js(\?|$)/.test(x.url)) + r.scripts.reduce((n, s) => n + s.inlineBytes, 0));
    e.totaal.push(som(() => true));
    e.gzip.push(r.resources.reduce((n, x) => n + gz(x.url), 0));
  }
  const max = (xs: number[]) => Math.max(...xs);
  const perType = Object.fromEntries(
    [...typen].sort().map(([t, e]) => [
      t,
      {
        paginas: e.paginas,
        maxHtml: max(e.html),
        maxCss: max(e.css),
        maxJs: max(e.js),
        maxTotaal: max(e.totaal),
        maxTotaalGzip: max(e.gzip),
      },
    ]),
  );
  const rapport = {
    paginas: urls.length,
    bezoeken: results.length,
    axeOvertredingen: results
      .filter((r) => r.url !== EDITOR.pad)
      .reduce((n, r) => n + r.axe.reduce((m, v) => m + v.targets.length, 0), 0),
    axeEditor: results
      .filter((r) => r.url === EDITOR.pad)
      .flatMap((r) => r.axe.map((v) => `${r.breedte}: ${v.rule} ${v.targets.join(' | ')}`)),
    cspMeldingen: results.reduce((n, r) => n + r.csp.length, 0),
    interneVerwijzingen: links.intern,
    kapotteLinks: links.kapot.length,
    externeLinks: links.extern.size,
    bytesPerPaginatype: perType,
  };
  fs.writeFileSync(path.join(rapportDir, 'site-rapport.json'), `${JSON.stringify(rapport, null, 2)}\n`);
  const md = [
    '# Externe links',
    '',
    `Gevonden in de build (${urls.length} pagina's plus feeds, sitemaps en exports); niet opgevraagd.`,
    '',
    ...[...links.extern]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([adres, op]) => `- ${adres} (op ${[...op].sort().join(', ')})`),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(rapportDir, 'externe-links.md'), md);
  console.info(
    `Sitecontrole: ${rapport.paginas} pagina's, ${rapport.bezoeken} bezoeken, ${rapport.axeOvertredingen} axe-overtredingen, ${rapport.kapotteLinks} kapotte links, ${rapport.externeLinks} externe links\n` +
      Object.entries(perType)
        .map(
          ([t, e]) =>
            `  ${t.padEnd(24)} ${String(e.paginas).padStart(4)} p.  html ≤ ${e.maxHtml}  css ≤ ${e.maxCss}  js ≤ ${e.maxJs}  totaal ≤ ${e.maxTotaal} (gzip ${e.maxTotaalGzip})`,
        )
        .join('\n'),
  );
}
