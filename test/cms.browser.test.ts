import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser } from './helpers/browser.ts';
import { buildSite, readPage, root } from './helpers/build.ts';
import { git, maakKladRepo, startDecapServer, type DecapServer } from './helpers/cms.ts';
import { parseEntry } from './helpers/content.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { NEDERLANDS, sleutels } from '../src/cms/nederlands.ts';
import { inzichtSchema } from '../src/schemas/inzicht.ts';
import { MAANDEN } from '../src/utils/datum.ts';
import { slugVan } from '../src/utils/slug.ts';
import { leesTaxonomieIds } from '../src/utils/taxonomie.ts';

/**
 * The editor end to end, without GitHub: the built /admin/ in Chromium, against decap-server
 * (Decap's local backend) in git mode on a scratch copy of the repository. Git mode runs the
 * same editorial workflow as GitHub: "Opslaan" commits to a branch cms/<collectie>/<slug>
 * (on GitHub: a pull request), "Publiceer" merges it into main.
 */

const FIXTURE = path.join(root, 'test/fixtures/cms');
const ALLIANTIE = 'huisvesting-alliantie';
/** The alliance's name as its file has it; the editor names its collection and button after it. */
const ALLIANTIE_NAAM = parseEntry(path.join(root, 'content/allianties', ALLIANTIE, 'index.mdx')).data.naam;
const BESTAAND = `content/allianties/${ALLIANTIE}/inzichten/ondersteun-met-een-intentieverklaring.mdx`;
const NIEUWE_TITEL = 'Één gedeelde missie maakt samenwerken makkelijker';
const NIEUWE_SLUG = slugVan(NIEUWE_TITEL);
const NIEUW = `content/allianties/${ALLIANTIE}/inzichten/${NIEUWE_SLUG}.mdx`;

let repo: string;
let siteOut: string;
let browser: Browser;
let server: StaticServer;
let decap: DecapServer;
let context: BrowserContext;
let page: Page;
const paginaFouten: string[] = [];

beforeAll(async () => {
  repo = maakKladRepo('cms-repo', FIXTURE);
  siteOut = path.join(root, '.tmp/cms-site');
  const build = buildSite({ contentDir: path.join(repo, 'content'), outDir: siteOut });
  if (build.status !== 0) throw new Error(`build faalde:\n${build.output}`);
  server = await serveStatic(siteOut);
  decap = await startDecapServer(repo);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The config says local_backend: true, which Decap looks for at localhost:8081; send it to our decap-server.
  // A request still under way when the browser closes at the end has nowhere to go: drop it.
  await context.route('http://localhost:8081/api/v1', async (route) => {
    const antwoord = await route.fetch({ url: decap.url }).catch(() => undefined);
    if (antwoord) await route.fulfill({ response: antwoord });
    else await route.abort().catch(() => {});
  });
});

/** Opens /admin/ at `hash` in a fresh tab, logging in (the local backend's login button) when asked, and waits for `klaar`. */
async function openEditor(hash: string, klaar = () => page.locator('textarea.mdx-tekst')) {
  await page?.close();
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => paginaFouten.push(e.message));
  // The 5 MB editor bundle takes a while to parse on a busy 2-core machine.
  await page.goto(`${server.url}admin/${hash}`, { timeout: 120_000 });
  const inloggen = page.getByRole('button', { name: 'Inloggen' });
  await inloggen.or(klaar()).first().waitFor();
  if (await inloggen.isVisible()) await inloggen.click();
  await klaar().first().waitFor();
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.stop();
});

const lees = (bestand: string) => fs.readFileSync(path.join(repo, bestand), 'utf8');

async function wachtOp<T>(vraag: () => T | undefined, wat: string, ms = 30_000): Promise<T> {
  const tot = Date.now() + ms;
  for (;;) {
    const antwoord = vraag();
    if (antwoord !== undefined) return antwoord;
    if (Date.now() > tot) {
      await page.screenshot({ path: path.join(root, '.tmp/cms-fout.png'), fullPage: true }).catch(() => {});
      throw new Error(`wachten op ${wat} duurde te lang (zie .tmp/cms-fout.png); decap-server:\n${decap.log.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The Dutch label of a term, as the editor shows it (from content/taxonomie/<naam>.yaml). */
function label(taxonomie: string, id: string): string {
  const termen = parse(fs.readFileSync(path.join(root, 'content/taxonomie', `${taxonomie}.yaml`), 'utf8')) as {
    id: string;
    label?: string;
    titel?: string;
  }[];
  const term = termen.find((t) => t.id === id);
  if (!term) throw new Error(`${id} staat niet in ${taxonomie}.yaml`);
  return (term.label ?? term.titel)!;
}

function branches(): string[] {
  return git(repo, 'branch', '--format=%(refname:short)').split('\n').filter(Boolean);
}

/** Sets the entry's status with the toolbar's status menu ("Status: Concept" → "Wordt beoordeeld" …). */
async function zetStatus(van: string, naar: string) {
  await page.getByRole('button', { name: `Status: ${van}` }).click();
  await page.getByRole('menuitem', { name: naar }).click();
  await page.getByRole('button', { name: `Status: ${naar}` }).waitFor();
}

/**
 * The toolbar's "Publiceer" menu: Decap renders it in every status, the site hides it until the
 * status is "Klaar" (src/cms/publiceren.ts). Waits until it is rendered and shown or hidden as asked.
 */
async function publiceerknop(zichtbaar: boolean) {
  const knop = (includeHidden: boolean) => page.getByRole('button', { name: 'Publiceer', exact: true, includeHidden });
  const verwacht = `1 in de werkbalk, ${zichtbaar ? 1 : 0} zichtbaar`;
  const tot = Date.now() + 30_000;
  for (;;) {
    const gezien = `${await knop(true).count()} in de werkbalk, ${await knop(false).count()} zichtbaar`;
    if (gezien === verwacht) return;
    if (Date.now() > tot) {
      await page.screenshot({ path: path.join(root, '.tmp/cms-fout.png'), fullPage: true }).catch(() => {});
      throw new Error(`de knop Publiceer: verwacht ${verwacht}, gezien ${gezien} (zie .tmp/cms-fout.png)`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Publishes the saved draft: "Publiceer" appears only once the status is "Klaar". */
async function publiceer(branch: string, status = 'Concept') {
  await publiceerknop(false);
  await zetStatus(status, 'Klaar');
  await publiceerknop(true);
  await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
  page.once('dialog', (d) => d.accept());
  await page.getByRole('menuitem', { name: 'Publiceer nu', exact: true }).click();
  await wachtOp(() => (branches().includes(branch) ? undefined : true), `het samenvoegen van ${branch} in main`);
}

/** Saves the draft: the branch cms/<collection>/<slug> (on GitHub: the pull request) appears. */
async function opslaan(branch: string) {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await wachtOp(() => (branches().includes(branch) ? true : undefined), `branch ${branch}`);
  await page.getByText('Wijzigingen opgeslagen', { exact: false }).first().waitFor();
}

/** Clicks "Opslaan" on a form the editor must refuse: it says why, in Dutch, and writes nothing. */
async function geweigerd(melding: string) {
  const voor = branches();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.locator('.Toastify__toast', { hasText: melding }).first().waitFor();
  expect(branches()).toEqual(voor);
}

/** The date field as the author sees it: the chosen day, month and year. */
const datumKeuze = () =>
  page
    .getByRole('group', { name: 'Publicatiedatum' })
    .evaluate((groep) =>
      [...groep.querySelectorAll('select, input')].map((c) =>
        c instanceof HTMLSelectElement ? c.selectedOptions[0]?.text : (c as HTMLInputElement).value,
      ),
    );

/** The field errors the form shows, as the author reads them. */
const veldfouten = () => page.locator('[class*="ControlErrorsList"] li').allInnerTexts();

function npmCheck(): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/check.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INZICHTENBANK_CONTENT: path.join(repo, 'content') },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

test('editing an insight with an MDX component changes only the edited field', async () => {
  const voor = lees(BESTAAND);
  const branch = `cms/inzichten-${ALLIANTIE}/ondersteun-met-een-intentieverklaring`;
  await openEditor(`#/collections/inzichten-${ALLIANTIE}/entries/ondersteun-met-een-intentieverklaring`);
  const samenvatting = page.locator('textarea[id^="samenvatting-field"]');
  await expect(samenvatting.inputValue()).resolves.toContain('intentieverklaring');
  const nieuweSamenvatting =
    'Gemeenten steunen tijdelijke huisvesting met een intentieverklaring, tijdelijke vergunningen en verantwoordelijkheid bij problemen.';
  await samenvatting.fill(nieuweSamenvatting);
  await opslaan(branch);
  // The delete button says what it removes, as docs/redactie.md names it: the changes, never the published entry.
  await page.getByRole('button', { name: 'Wijzigingen verwijderen', exact: true }).waitFor();
  await publiceer(branch);

  const na = lees(BESTAAND);
  expect(git(repo, 'status', '--porcelain')).toBe('');
  const [, fmVoor, bodyVoor] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(voor)!;
  const [, fmNa, bodyNa] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(na)!;
  // The body, with its import and <Citaat> component, is byte for byte the same.
  expect(bodyNa).toBe(bodyVoor);
  expect(bodyNa).toContain('<Citaat\n  naam="Jeanette Walderveen"');
  // Only the summary lines differ; every other front-matter line (quotes, comments, inline lists) is untouched.
  const zonderSamenvatting = (fm: string) => fm.replace(/^samenvatting:.*\n(?:[ ]{2}.*\n)*/m, '');
  expect(zonderSamenvatting(`${fmNa}\n`)).toBe(zonderSamenvatting(`${fmVoor}\n`));
  expect(parse(fmNa).samenvatting).toBe(nieuweSamenvatting);
  expect(git(repo, 'log', '-1', '--format=%s', 'main')).toMatch(/ondersteun-met-een-intentieverklaring/);
});

test('a new insight lands where npm run nieuw puts it, passes the check and builds into a page', async () => {
  const branch = `cms/inzichten-${ALLIANTIE}/${NIEUWE_SLUG}`;
  // The collection's button, as docs/redactie.md names it.
  await openEditor(`#/collections/inzichten-${ALLIANTIE}`, () => page.getByRole('link', { name: /inzicht van / }));
  const nieuw = page.getByRole('link', { name: `inzicht van ${ALLIANTIE_NAAM} toevoegen`, exact: true });
  await expect(nieuw.innerText()).resolves.toBe(`＋ inzicht van ${ALLIANTIE_NAAM}`);
  await nieuw.click();
  await page.locator('textarea.mdx-tekst').waitFor();
  await page.getByText('(vul eerst de titel in)').waitFor();
  // Optional fields say so; the file name, made from the title, is neither to fill in nor to leave out.
  await expect(page.locator('label[for^="samenvatting-field"]').innerText()).resolves.not.toMatch(/optioneel/i);
  await expect(page.locator('label[for^="tags-field"]').innerText()).resolves.toMatch(/\(optioneel\)$/i);
  await expect(page.locator('label[for^="bestandsnaam-field"]').innerText()).resolves.toMatch(/^bestandsnaam$/i);

  // The date the Dutch way, starting at today, without "UTC".
  const nu = new Date();
  await expect(datumKeuze()).resolves.toEqual([String(nu.getDate()), MAANDEN[nu.getMonth()], String(nu.getFullYear())]);
  expect(await page.locator('body').innerText()).not.toMatch(/\bUTC\b/);

  // An empty form is refused: every required field says so in a sentence, the sources too.
  await geweigerd('Niet opgeslagen: vul eerst in wat rood gemarkeerd is.');
  expect(await veldfouten()).toEqual(
    expect.arrayContaining([
      'Titel is verplicht.',
      'Rollen is verplicht.',
      'Fasen is verplicht.',
      'Bronnen: voeg er minstens 1 toe.',
    ]),
  );
  // Decap writes errors in capitals by default; the admin page keeps them as written.
  await expect(
    page
      .locator('[class*="ControlErrorsList"]')
      .first()
      .evaluate((el) => getComputedStyle(el).textTransform),
  ).resolves.toBe('none');

  await page.getByRole('textbox', { name: 'Titel', exact: true }).fill(NIEUWE_TITEL);
  await expect.poll(() => page.locator('output[data-bestandsnaam]').textContent()).toBe(NIEUWE_SLUG);

  const kies = async (veld: string, optie: string | RegExp, zoek = String(optie)) => {
    const invoer = page.locator(`input[id^="${veld}-field"]`).last();
    await invoer.fill(zoek);
    await page.getByRole('option', { name: optie }).first().click();
  };
  await kies('soort', 'Succesvoorwaarde');
  await page
    .locator('textarea[id^="samenvatting-field"]')
    .fill('Partners die één gedeelde missie formuleren, weten waar ze samen naartoe werken.');
  await kies('rollen', label('rollen', 'partners'));
  await kies('rollen', label('rollen', 'facilitator'));
  await kies('fasen', label('fasen', 'alliantie-vormen'));

  // Everything filled in but the sources: still refused, at Bronnen.
  await geweigerd('Niet opgeslagen: vul eerst in wat rood gemarkeerd is.');
  expect(await veldfouten()).toEqual(['Bronnen: voeg er minstens 1 toe.']);

  // A source that names neither a document nor a title is refused in the words of the form.
  await page.getByRole('button', { name: 'Voeg bron toe' }).click();
  await page.getByText('1 bron', { exact: true }).waitFor();
  await page.locator('input[id^="sectie-field"]').fill('Advies van het bestuur');
  await geweigerd('Niet opgeslagen: Bron 1: kies een brondocument uit de lijst, of vul de titel van de bron in.');
  await kies('document', label('bronnen', 'boekje-ma'));

  // A verbatim quote in the form, from the document of a second source (seed 001); the lists count in Dutch.
  await page.getByRole('button', { name: 'Voeg bron toe' }).click();
  await page.getByText('2 bronnen', { exact: true }).waitFor();
  await kies('document', label('bronnen', 'jaarverslag-2021'));
  await page.getByRole('button', { name: 'Voeg citaat toe' }).click();
  await page.getByText('1 citaat', { exact: true }).waitFor();
  await page.locator('textarea[id^="tekst-field"]').fill('De businesscase klopt voor de vastgoedeigenaar.');
  await page.locator('input[id^="naam-field"]').fill('Thijs Eradus');
  await page.locator('input[id^="functie-field"]').fill('directeur');
  await page.locator('input[id^="organisatie-field"]').fill('Springplank');

  // The text, with a component inserted from the button above the text box: refused while its example texts are left.
  const tekst = page.locator('textarea.mdx-tekst');
  await tekst.fill('Formuleer samen één gedeelde missie.\n\n');
  await tekst.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
  await page.locator('button[data-component="Citaat"]').click();
  await expect(tekst.inputValue()).resolves.toContain('<Citaat naam="Naam"');
  await geweigerd('Niet opgeslagen: vul eerst in wat rood gemarkeerd is.');
  // One sentence per example text, each saying what belongs in its place.
  expect(await veldfouten()).toEqual([
    [
      'In <Citaat> staat nog de voorbeeldtekst naam="Naam": vervang die door de naam van wie het zei, zoals de bron die noemt.',
      'In <Citaat> staat nog de voorbeeldtekst functie="Functie": vervang die door de functie zoals de bron die noemt, of haal functie="..." weg.',
      'In <Citaat> staat nog de voorbeeldtekst organisatie="Organisatie": vervang die door de organisatie van wie het zei.',
      'In <Citaat> staat nog de voorbeeldtekst "Letterlijk citaat uit de bron.": vervang die door het citaat, woord voor woord uit de bron.',
    ].join(' '),
  ]);
  // The author replaces the button's example texts with a quote from seed 001.
  await tekst.fill(
    (await tekst.inputValue())
      .replace('naam="Naam"', 'naam="Thijs Eradus"')
      .replace('functie="Functie"', 'functie="directeur"')
      .replace('organisatie="Organisatie"', 'organisatie="Springplank"')
      .replace('Letterlijk citaat uit de bron.', 'De businesscase klopt voor de vastgoedeigenaar.'),
  );

  // The date: the day list follows the month, so 31 February cannot be chosen; 29 February 2024 can.
  await page.getByRole('combobox', { name: 'Publicatiedatum: dag' }).selectOption('31');
  await page.getByRole('combobox', { name: 'Publicatiedatum: maand' }).selectOption({ label: 'februari' });
  await page.getByRole('textbox', { name: 'Publicatiedatum: jaar' }).fill('2024');
  await expect(datumKeuze()).resolves.toEqual(['28', 'februari', '2024']);
  await page.getByRole('combobox', { name: 'Publicatiedatum: dag' }).selectOption('29');

  await opslaan(branch);
  await page.getByRole('button', { name: 'Concept verwijderen', exact: true }).waitFor();
  await publiceerknop(false);
  await zetStatus('Concept', 'Wordt beoordeeld');
  await publiceerknop(false);

  // The workflow board in Dutch: the card's date in words, publishing only from the column "Klaar".
  await page.goto(`${server.url}admin/#/workflow`);
  await page.getByText('Redactionele workflow', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Nieuw inzicht of alliantie' }).waitFor();
  const kaart = page.locator('[class*="WorkflowCardContainer"]', { hasText: NIEUWE_TITEL });
  await expect(kaart.innerText()).resolves.toContain(`${nu.getDate()} ${MAANDEN[nu.getMonth()]} ${nu.getFullYear()}`);
  await expect(kaart.getByRole('button', { name: 'Publiceer', includeHidden: true }).isDisabled()).resolves.toBe(true);

  await page.goto(`${server.url}admin/#/collections/inzichten-${ALLIANTIE}/entries/${NIEUWE_SLUG}`);
  await page.getByRole('button', { name: 'Status: Wordt beoordeeld' }).waitFor();
  await publiceer(branch, 'Wordt beoordeeld');

  // Every phrase the site overrides still exists in this version of Decap (src/cms/nederlands.ts),
  // and uses only the values Decap fills into that phrase (else "%{count}" would be shown as typed).
  const engels = await page.evaluate(() => (window as unknown as { CMS: { getLocale(l: string): object } }).CMS.getLocale('en'));
  const zinOp = (boom: object, pad: string) =>
    pad.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], boom);
  const waarden = (zin: string) => new Set([...zin.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]));
  for (const pad of sleutels(NEDERLANDS)) {
    const zin = zinOp(engels, pad);
    expect(typeof zin, pad).toBe('string');
    const eigen = [...waarden(zinOp(NEDERLANDS, pad) as string)];
    expect(
      eigen.filter((w) => !waarden(zin as string).has(w)),
      pad,
    ).toEqual([]);
  }

  // Same place and file name as `npm run nieuw -- inzicht --alliantie huisvesting-alliantie --titel "..."`.
  expect(NIEUWE_SLUG).toBe('een-gedeelde-missie-maakt-samenwerken-makkelijker');
  const inhoud = lees(NIEUW);
  const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(inhoud)!;
  const data = parse(fm);
  expect(data).toMatchObject({
    titel: NIEUWE_TITEL,
    soort: 'succesvoorwaarde',
    rollen: ['partners', 'facilitator'],
    fasen: ['alliantie-vormen'],
    citaten: [
      {
        tekst: 'De businesscase klopt voor de vastgoedeigenaar.',
        naam: 'Thijs Eradus',
        functie: 'directeur',
        organisatie: 'Springplank',
      },
    ],
    bronnen: [{ document: 'boekje-ma', sectie: 'Advies van het bestuur' }, { document: 'jaarverslag-2021' }],
  });
  expect(fm).toMatch(/^datum: 2024-02-29$/m);
  expect(fm).not.toMatch(/bestandsnaam|__bron|body:/);
  // Author components need no import line (src/components/auteur/index.ts).
  expect(body).not.toContain('import ');
  expect(body).toContain(
    '<Citaat naam="Thijs Eradus" functie="directeur" organisatie="Springplank">\n  De businesscase klopt voor de vastgoedeigenaar.\n</Citaat>',
  );
  expect(body).toContain('Formuleer samen één gedeelde missie.');

  // The same Zod schema the build and the content check use accepts it...
  const tax = leesTaxonomieIds(path.join(repo, 'content'));
  const geldig = inzichtSchema(tax).safeParse(data);
  expect(geldig.success, JSON.stringify(geldig.error?.issues)).toBe(true);
  // ...and so does `npm run check`.
  const check = npmCheck();
  expect(check.status, check.output).toBe(0);

  const build = buildSite({ contentDir: path.join(repo, 'content'), outDir: path.join(root, '.tmp/cms-site-na') });
  expect(build.status, build.output).toBe(0);
  const html = readPage(build.outDir, `/inzichten/${NIEUWE_SLUG}/`);
  expect(html).toContain('gedeelde missie maakt samenwerken makkelijker');
  expect(html).toContain('Formuleer samen één gedeelde missie.');
  expect(html).toContain('class="citaat"');
  // The edited insight still renders its component.
  expect(readPage(build.outDir, '/inzichten/ondersteun-met-een-intentieverklaring/')).toContain('Jeanette Walderveen');
  expect(paginaFouten).toEqual([]);
}, 600_000); // the editor flow plus a full build of the scratch content: minutes on a busy 2-core machine
