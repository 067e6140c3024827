/**
 * The printable checklists (one per rol and fase): their items, sources and addresses, their
 * A4 print styles, and the print button in Chromium, on the real site and on a fixture built
 * under a base path.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InzichtExport } from '../src/schemas/opendata.ts';
import { launchBrowser } from './helpers/browser.ts';
import { text } from './helpers/html.ts';
import { pageIds, readText } from './helpers/published.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { beideSites, echteSite, exportInzichten, pageHtml, stylesOf, travelFixture } from './helpers/travel.ts';

describe.each(beideSites)('%s', (_naam, getSite) => {
  test('every rol and fase has a printable A4 checklist with the source and URL of each item', () => {
    const site = getSite();
    const alle = exportInzichten(site);
    for (const [taxonomie, termen] of [
      ['rollen', (i: InzichtExport) => i.rollen],
      ['fasen', (i: InzichtExport) => i.fasen],
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
});

test('the real site has the printable checklist for gemeenten with every insight for gemeenten', () => {
  const voorGemeenten = exportInzichten(echteSite).filter((i) => i.rollen.some((r) => r.id === 'gemeente'));
  expect(voorGemeenten.length).toBeGreaterThan(5);
  const html = readText(echteSite, 'rollen/gemeente/checklist/index.html');
  expect(html.match(/class="checklist__item"/g)?.length).toBe(voorGemeenten.length);
});

describe('the travel fixture in Chromium, served under the base path', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const site = travelFixture();
    server = await serveStatic(site.dir, { base: site.base });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
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
