import fs from 'node:fs';
import path from 'node:path';
import { expect, inject } from 'vitest';
import type { AlliantieExport, InzichtExport } from '../../src/schemas/opendata.ts';
import { buildSite, root, siteDir, volgendePagina } from './build.ts';
import { maakContent } from './fixture.ts';
import { tags } from './html.ts';
import { readText, validateAgainstSchema, type BuiltSite } from './published.ts';

/**
 * The two builds the travel tests (open data, feeds, metadata, checklists) check with the same
 * assertions: the real site at the domain root, and a fixture with drafts, an embargo and
 * awkward characters (test/fixtures/travel) built under a base path.
 */

/** The real site, built once per test run by test/global-setup.ts. */
export const echteSite: BuiltSite = { dir: siteDir, base: '/', origin: 'https://inzichtenbank.maatschappelijkealliantie.org' };

const fixtureMap = path.join(root, 'test/fixtures/travel');

/** Titles and names of the fixture's drafts and embargoed entries: they must appear in no output. */
export const verborgen = [
  'Dit concept mag nergens verschijnen',
  'Dit inzicht staat onder embargo',
  'Conceptalliantie',
  'Inzicht van een conceptalliantie',
];

/**
 * The travel fixture, built under /inzichtenbank/. Built by the first test file of a run that
 * asks for it and reused by the others (test files run one after another, see vitest.config.ts).
 */
export function travelFixture(): BuiltSite {
  const base = '/inzichtenbank/';
  const origin = 'https://voorbeeld.github.io';
  const tmp = path.join(root, '.tmp');
  const naam = `travel-basis-${inject('testrun')}`;
  const dir = path.join(tmp, naam);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    for (const oud of fs.existsSync(tmp) ? fs.readdirSync(tmp) : [])
      if (oud.startsWith('travel-basis')) fs.rmSync(path.join(tmp, oud), { recursive: true, force: true });
    const bestanden = Object.fromEntries(
      (fs.readdirSync(fixtureMap, { recursive: true }) as string[])
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => [f.split(path.sep).join('/'), fs.readFileSync(path.join(fixtureMap, f), 'utf8')]),
    );
    const result = buildSite({ contentDir: maakContent(bestanden), outDir: dir, env: { BASE_PATH: base, SITE_URL: origin } });
    if (result.status !== 0) throw new Error(result.output);
  }
  return { dir, base, origin };
}

/** Both builds, for `describe.each`. */
export const beideSites: [string, () => BuiltSite][] = [
  ['the real site at the domain root', () => echteSite],
  ['a fixture with drafts and an embargo, built under a base path', travelFixture],
];

export const pageHtml = (site: BuiltSite, pad: string) => readText(site, pad.endsWith('/') ? `${pad}index.html` : pad);

/** Every page of a paginated listing, found by following its "Volgende" links. */
export function listingHtml(site: BuiltSite, pad: string): string[] {
  const paginas = [pageHtml(site, pad)];
  for (let volgende; (volgende = volgendePagina(paginas.at(-1)!)) && paginas.length < 1000;) {
    expect(volgende.startsWith(site.base)).toBe(true);
    paginas.push(pageHtml(site, volgende.slice(site.base.length)));
  }
  return paginas;
}

/** The insights of the JSON export, checked against its schema. */
export const exportInzichten = (site: BuiltSite): InzichtExport[] =>
  validateAgainstSchema(site, 'open-data/inzichten.json', 'open-data/inzichten.schema.json').inzichten;

/** The alliances of the JSON export, checked against its schema. */
export const exportAllianties = (site: BuiltSite): AlliantieExport[] =>
  validateAgainstSchema(site, 'open-data/allianties.json', 'open-data/allianties.schema.json').allianties;

/** All CSS a page uses: inline <style> and linked stylesheets. */
export function stylesOf(site: BuiltSite, html: string): string {
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const linked = tags(html, 'link')
    .filter((l) => l.rel === 'stylesheet')
    .map((l) => readText(site, l.href.slice(site.base.length)));
  return [...inline, ...linked].join('\n');
}
