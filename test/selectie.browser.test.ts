import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InzichtExport, InzichtenBestand } from '../src/schemas/opendata.ts';
import { INZICHT_KOLOMMEN } from '../src/utils/opendata.ts';
import { launchBrowser } from './helpers/browser.ts';
import { siteDir } from './helpers/build.ts';
import { downloadVia, leesCsv } from './helpers/selectie.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { WIDTHS, injectAxe, runAxeOn, type Breedte } from './helpers/sitepass.ts';
import { tabRonde } from './helpers/toetsenbord.ts';

/**
 * "Mijn selectie" in Chromium on the real site: saving from an insight page, a card and a whole list,
 * the page /mijn-selectie/ (order, keyboard reordering, removing, clearing with undo), sharing by link
 * in a fresh browser, print, the CSV and Markdown downloads, axe-core and the keyboard, and the site
 * without JavaScript.
 */

let server: StaticServer;
let browser: Browser;
let inzichten: InzichtExport[];
const contexten: BrowserContext[] = [];

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  inzichten = (JSON.parse(fs.readFileSync(path.join(siteDir, 'open-data/inzichten.json'), 'utf8')) as InzichtenBestand).inzichten;
});

afterAll(async () => {
  for (const c of contexten) await c.close();
  await browser?.close();
  await server?.close();
});

const adres = (pad: string) => new URL(pad.replace(/^\//, ''), server.url).href;
const record = (id: string) => inzichten.find((i) => i.id === id)!;

async function nieuwePagina(opties: { breedte?: Breedte; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: WIDTHS[opties.breedte ?? 'desktop'],
    javaScriptEnabled: opties.javaScript ?? true,
    acceptDownloads: true,
  });
  contexten.push(context);
  const page = await context.newPage();
  page.on('dialog', (d) => void d.dismiss());
  return page;
}

/** Accessible name of a control with the insight's title after it ("Omhoog: titel"); Chromium may put a space before the colon. */
const naam = (tekst: string, titel: string) => new RegExp(`^${tekst}\\s?: ${titel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const knop = (page: Page, tekst: string, titel: string) => page.getByRole('button', { name: naam(tekst, titel) });
const bewaarKnop = (page: Page, titel: string) => knop(page, 'Bewaar in mijn selectie', titel);
const focusTekst = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim().replace(/\s+/g, ' '));
const opgeslagen = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('inzichtenbank:mijn-selectie') ?? '[]') as string[]);
const titelsInLijst = (page: Page) => page.locator('[data-lijst] > li h2').allTextContents();
const melding = (page: Page) => page.locator('[data-selectie-melding]');

async function vulSelectie(page: Page, ids: string[]): Promise<void> {
  await page.goto(adres('/'));
  await page.evaluate((ids) => localStorage.setItem('inzichtenbank:mijn-selectie', JSON.stringify(ids)), ids);
}
async function openSelectie(page: Page, zoek = ''): Promise<void> {
  await page.goto(adres(`/mijn-selectie/${zoek}`));
  await page.locator('[data-met-js]').waitFor();
}

describe('saving insights', () => {
  test('from an insight page: a toggle button that announces the change and counts in the header', async () => {
    const page = await nieuwePagina();
    const a = inzichten[0];
    await page.goto(adres(`/inzichten/${a.id}/`));
    const knop = bewaarKnop(page, a.titel);
    // Hidden until the script runs, then shown with its state.
    await knop.waitFor({ state: 'visible' });
    expect(await knop.getAttribute('aria-pressed')).toBe('false');
    await knop.click();
    expect(await knop.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => melding(page).textContent(), { timeout: 10_000 })
      .toBe('Bewaard in mijn selectie. Er staat nu 1 inzicht in.');
    expect(await page.getByRole('link', { name: 'Mijn selectie (1)' }).count()).toBe(1);
    expect(await opgeslagen(page)).toEqual([a.id]);
    // Pressed again: removed.
    await knop.press('Enter');
    expect(await knop.getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(() => melding(page).textContent(), { timeout: 10_000 })
      .toBe('Verwijderd uit mijn selectie. Er staan nu 0 inzichten in.');
    expect(await opgeslagen(page)).toEqual([]);
  });

  test('from a card in a listing, and the state shows on every card of that insight', async () => {
    const page = await nieuwePagina({ breedte: 'telefoon' });
    await page.goto(adres('/inzichten/'));
    const kaart = page.locator('.kaart').nth(2);
    const id = (await kaart.locator('[data-bewaar]').getAttribute('data-bewaar'))!;
    const knop = bewaarKnop(page, record(id).titel);
    await knop.click();
    expect(await knop.getAttribute('aria-pressed')).toBe('true');
    expect(await opgeslagen(page)).toEqual([id]);
    await page.goto(adres(`/inzichten/${id}/`));
    await bewaarKnop(page, record(id).titel).waitFor();
    expect(await bewaarKnop(page, record(id).titel).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('link', { name: 'Mijn selectie (1)' }).count()).toBe(1);
  });

  test('from a search result: insight results carry the toggle, other result types do not', async () => {
    const page = await nieuwePagina();
    const id = 'lerarentekort-treft-scholen-kwetsbare-wijken';
    await page.goto(adres('/zoeken/?q=lerarentekort'));
    const knopInResultaat = page.locator('#zoek-resultaten > li').filter({ has: page.locator(`[data-bewaar="${id}"]`) });
    await bewaarKnop(page, record(id).titel).waitFor();
    expect(await knopInResultaat.count()).toBe(1);
    await bewaarKnop(page, record(id).titel).click();
    expect(await bewaarKnop(page, record(id).titel).getAttribute('aria-pressed')).toBe('true');
    expect(await opgeslagen(page)).toEqual([id]);
    await expect.poll(() => melding(page).textContent()).toBe('Bewaard in mijn selectie. Er staat nu 1 inzicht in.');
    const zonderKnop = await page
      .locator('#zoek-resultaten > li')
      .evaluateAll(
        (li) =>
          li.filter((l) => !/\/inzichten\/[^/]+\/$/.test(l.querySelector('a')!.pathname) && l.querySelector('[data-bewaar]'))
            .length,
      );
    expect(zonderKnop).toBe(0);
  });

  test('"Bewaar alle N" saves the listed insights in the order shown, after what was saved before', async () => {
    const page = await nieuwePagina();
    await page.goto(adres('/rollen/gemeente/'));
    const ids = await page
      .locator('[data-bewaar-groep] [data-bewaar]')
      .evaluateAll((k) => k.map((x) => (x as HTMLElement).dataset.bewaar!));
    expect(ids.length).toBeGreaterThan(1);
    await bewaarKnop(page, record(ids[1]).titel).click();
    const alle = page.getByRole('button', { name: new RegExp(`^Bewaar alle ${ids.length}( op deze pagina)? in mijn selectie$`) });
    await alle.click();
    expect(await opgeslagen(page)).toEqual([ids[1], ...ids.filter((id) => id !== ids[1])]);
    await expect
      .poll(() => melding(page).textContent(), { timeout: 10_000 })
      .toContain(`Er staan nu ${ids.length} inzichten in.`);
    for (const id of ids.slice(0, 5))
      expect(await bewaarKnop(page, record(id).titel).first().getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the page /mijn-selectie/', () => {
  const ids = () =>
    inzichten
      .filter((i) => i.alliantie)
      .slice(0, 3)
      .map((i) => i.id);

  test('shows the saved insights in saved order with soort, alliance, summary and source', async () => {
    const page = await nieuwePagina();
    await vulSelectie(page, [ids()[2], ids()[0], ids()[1]]);
    await openSelectie(page);
    expect(await titelsInLijst(page)).toEqual([ids()[2], ids()[0], ids()[1]].map((id) => record(id).titel));
    const eerste = page.locator('[data-lijst] > li').first();
    const r = record(ids()[2]);
    const tekst = (await eerste.textContent())!;
    for (const deel of [r.soort.label, r.alliantie!.naam, r.samenvatting, r.bronnen[0].titel, r.url])
      expect(tekst).toContain(deel);
    expect(await page.getByRole('link', { name: 'Mijn selectie (3)' }).count()).toBe(1);
  });

  test('reorders with the keyboard: focus stays on the moved insight, the new place is announced', async () => {
    const page = await nieuwePagina();
    const [a, b, c] = ids();
    await vulSelectie(page, [a, b, c]);
    await openSelectie(page);
    await knop(page, 'Omlaag', record(a).titel).focus();
    await page.keyboard.press('Enter');
    expect(await opgeslagen(page)).toEqual([b, a, c]);
    expect(await titelsInLijst(page)).toEqual([b, a, c].map((id) => record(id).titel));
    expect(await focusTekst(page)).toBe(`Omlaag: ${record(a).titel}`);
    await expect
      .poll(() => melding(page).textContent(), { timeout: 10_000 })
      .toBe(`‘${record(a).titel}’ staat nu op plaats 2 van 3.`);
    await page.keyboard.press('Enter');
    expect(await opgeslagen(page)).toEqual([b, c, a]);
    // At the bottom "Omlaag" is off; focus moved to a control of the same insight.
    expect(await knop(page, 'Omlaag', record(a).titel).isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('h2')?.textContent)).toBe(
      record(a).titel,
    );
    await knop(page, 'Omhoog', record(c).titel).press('Space');
    expect(await opgeslagen(page)).toEqual([c, b, a]);
  });

  test('removes one, clears all and undoes the clearing', async () => {
    const page = await nieuwePagina();
    const [a, b, c] = ids();
    await vulSelectie(page, [a, b, c]);
    await openSelectie(page);
    await knop(page, 'Verwijder', record(b).titel).click();
    expect(await opgeslagen(page)).toEqual([a, c]);
    expect(await focusTekst(page)).toBe(`Verwijder: ${record(c).titel}`);
    await page.getByRole('button', { name: 'Maak selectie leeg' }).click();
    expect(await opgeslagen(page)).toEqual([]);
    expect(await page.getByText('Uw selectie is nog leeg.').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Mijn selectie (0)' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Zet de selectie terug' }).click();
    expect(await opgeslagen(page)).toEqual([a, c]);
    expect(await titelsInLijst(page)).toEqual([record(a).titel, record(c).titel]);
  });

  test('a share link shows the same list in a fresh browser, which can adopt it without losing its own', async () => {
    const page = await nieuwePagina();
    const [a, b, c] = ids();
    await vulSelectie(page, [c, a]);
    await openSelectie(page);
    const link = await page.getByLabel('Link om deze selectie te delen').inputValue();
    expect(link).toBe(adres(`/mijn-selectie/?i=${c}&i=${a}`));
    expect(await page.locator('.checklist__voet a').getAttribute('href')).toBe(link);

    const ander = await nieuwePagina({ breedte: 'telefoon' });
    await vulSelectie(ander, [b, a]);
    await ander.goto(link);
    await ander.locator('[data-lijst] > li').first().waitFor();
    await expect
      .poll(() => ander.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
      .toBe('Gedeelde selectie');
    expect(await titelsInLijst(ander)).toEqual([record(c).titel, record(a).titel]);
    expect(await ander.getByRole('button', { name: /^Verwijder/ }).count()).toBe(0);
    expect(await opgeslagen(ander)).toEqual([b, a]);
    await ander.getByRole('button', { name: 'Neem over in mijn selectie' }).click();
    expect(await opgeslagen(ander)).toEqual([b, a, c]);
    expect(new URL(ander.url()).search).toBe('');
    await expect.poll(() => ander.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('Mijn selectie');
    expect(await titelsInLijst(ander)).toEqual([b, a, c].map((id) => record(id).titel));
    await expect
      .poll(() => melding(ander).textContent(), { timeout: 10_000 })
      .toBe('1 inzicht overgenomen. Er staan nu 3 inzichten in mijn selectie.');
  });

  test('leaves unknown, draft and malformed ids in a link out, with a notice', async () => {
    const page = await nieuwePagina();
    const [a] = ids();
    await openSelectie(page, `?i=bestaat-niet&i=${a}&i=%3Cscript%3E&i=${a}`);
    await page.locator('[data-lijst] > li').first().waitFor();
    expect(await titelsInLijst(page)).toEqual([record(a).titel]);
    await expect
      .poll(() => page.locator('[data-notitie]').textContent(), { timeout: 10_000 })
      .toBe('2 inzichten uit deze link zijn niet (meer) gepubliceerd of bestaan niet; die staan hier niet bij.');
  });
});

describe('print and downloads', () => {
  const ids = () => inzichten.slice(3, 7).map((i) => i.id);

  test('the print layout shows every item with a tick box and its source, and the share link at the bottom', async () => {
    const page = await nieuwePagina();
    await vulSelectie(page, ids());
    await openSelectie(page);
    await page.locator('[data-lijst] > li').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const items = page.locator('[data-lijst] > li');
    expect(await items.count()).toBe(ids().length);
    for (const [n, id] of ids().entries()) {
      const item = items.nth(n);
      expect(await item.isVisible()).toBe(true);
      expect(await item.locator('h2').textContent()).toBe(record(id).titel);
      expect(await item.locator('.checklist__vak').isVisible()).toBe(true);
      expect(await item.locator('.checklist__bron').textContent()).toContain(record(id).bronnen[0].titel);
      // The controls are in the item, but not on paper.
      expect(await item.locator('button').count()).toBe(3);
      expect(await item.locator('button:visible').count()).toBe(0);
    }
    const voet = page.locator('.checklist__voet');
    expect(await voet.isVisible()).toBe(true);
    expect(await voet.textContent()).toContain(adres(`/mijn-selectie/?i=${ids().join('&i=')}`));
    for (const weg of ['.site-header', '.site-footer', '.checklist__acties'])
      expect(await page.locator(weg).isVisible(), weg).toBe(false);
    // Chromium lays the print version out as PDF without errors.
    expect((await page.pdf({ format: 'A4' })).byteLength).toBeGreaterThan(1000);
  });

  test('the CSV download has the columns and rows of /open-data/inzichten.csv, in the order of the selection', async () => {
    const page = await nieuwePagina();
    await vulSelectie(page, ids());
    await openSelectie(page);
    const { naam, tekst: csv } = await downloadVia(page, 'Download als CSV');
    expect(naam).toBe('mijn-selectie.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rijen = leesCsv(csv);
    expect(Object.keys(rijen[0])).toEqual(INZICHT_KOLOMMEN.map((k) => k.naam));
    expect(rijen.map((r) => r.id)).toEqual(ids());
    const open = new Map(leesCsv(fs.readFileSync(path.join(siteDir, 'open-data/inzichten.csv'), 'utf8')).map((r) => [r.id, r]));
    for (const r of rijen) expect(r).toEqual(open.get(r.id));
  });

  test('the Markdown download lists the insights in order with their sources and the share link', async () => {
    const page = await nieuwePagina();
    await vulSelectie(page, ids());
    await openSelectie(page);
    const { naam, tekst: md } = await downloadVia(page, 'Download als Markdown');
    expect(naam).toBe('mijn-selectie.md');
    const koppen = [...md.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1]));
    expect(koppen).toEqual(ids().map((_, n) => n + 1));
    for (const id of ids()) expect(md).toContain(`- Online: <${record(id).url}>`);
    expect(md).toContain(`Deze selectie online: <${adres(`/mijn-selectie/?i=${ids().join('&i=')}`)}>`);
  });
});

describe('accessibility and the keyboard', () => {
  for (const breedte of ['telefoon', 'desktop'] as const)
    test(`axe-core finds nothing on /mijn-selectie/ with and without items, at ${WIDTHS[breedte].width} px`, async () => {
      const page = await nieuwePagina({ breedte });
      await openSelectie(page);
      await page.getByText('Uw selectie is nog leeg.').waitFor();
      await injectAxe(page);
      const leeg = await runAxeOn(page);
      await vulSelectie(
        page,
        inzichten.slice(0, 4).map((i) => i.id),
      );
      await openSelectie(page);
      await page.locator('[data-lijst] > li').first().waitFor();
      await injectAxe(page);
      const vol = await runAxeOn(page);
      await openSelectie(page, `?i=${inzichten[5].id}&i=bestaat-niet`);
      await page.locator('[data-lijst] > li').first().waitFor();
      await injectAxe(page);
      const gedeeld = await runAxeOn(page);
      const breed = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ leeg, vol, gedeeld }).toEqual({ leeg: [], vol: [], gedeeld: [] });
      expect(breed).toBeLessThanOrEqual(WIDTHS[breedte].width);
    });

  test('Tab reaches every new control, each with a visible focus indicator, at 375 px', async () => {
    const page = await nieuwePagina({ breedte: 'telefoon' });
    await vulSelectie(
      page,
      inzichten.slice(0, 3).map((i) => i.id),
    );
    await openSelectie(page);
    await page.locator('[data-lijst] > li').first().waitFor();
    const ronde = await tabRonde(page);
    expect(ronde.gemist).toEqual([]);
    expect(ronde.problemen).toEqual([]);
    for (const naam of [
      'Afdrukken',
      'Download als CSV',
      'Download als Markdown',
      'Maak selectie leeg',
      'Kopieer link',
      'Omlaag',
      'Verwijder',
    ])
      expect(
        ronde.kandidaten.some((k) => k.includes(naam)),
        naam,
      ).toBe(true);

    await page.goto(adres('/rollen/gemeente/'));
    await page.locator('[data-bewaar]').first().waitFor();
    const lijst = await tabRonde(page);
    expect(lijst.gemist).toEqual([]);
    expect(lijst.problemen).toEqual([]);
    expect(lijst.kandidaten.filter((k) => k.includes('Bewaar in mijn selectie')).length).toBeGreaterThan(1);
    expect(lijst.kandidaten.some((k) => /Bewaar alle \d+/.test(k))).toBe(true);
  });
});

describe('without JavaScript', () => {
  test('no toggle is shown, and /mijn-selectie/ explains and points to the fixed checklists', async () => {
    const page = await nieuwePagina({ javaScript: false });
    await page.goto(adres(`/inzichten/${inzichten[0].id}/`));
    expect(await page.locator('[data-bewaar]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /Bewaar/ }).count()).toBe(0);
    await page.goto(adres('/rollen/gemeente/'));
    expect(await page.getByRole('button', { name: /Bewaar/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Mijn selectie', exact: true }).count()).toBe(1);
    await page.goto(adres('/mijn-selectie/'));
    const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(main).toContain('Daarvoor is JavaScript nodig');
    expect(await page.getByRole('link', { name: 'Voor gemeenten' }).getAttribute('href')).toBe('/rollen/gemeente/checklist/');
    expect(await page.getByRole('button').count()).toBe(1); // the header search only
    expect(await page.locator('[data-met-js]').isVisible()).toBe(false);
  });
});
