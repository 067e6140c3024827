import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { allPages, readListing, readPage, siteDir } from './helpers/build.ts';
import { allianceFiles, publishedInsightFiles } from './helpers/content.ts';

const h1 = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    .replace(/<[^>]+>/g, '')
    .trim();
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

const inzichten = publishedInsightFiles();
const allianties = allianceFiles();

describe('the real site', () => {
  test('holds all seven alliances and at least 60 insights', () => {
    expect(allianties.map((a) => a.slug).sort()).toEqual(
      [
        'a-team-breda',
        'deltaplan-jeugd',
        'huisvesting-alliantie',
        'maatschappelijk-brein',
        'mobiliteit-ouderen',
        'onderwijs-alliantie',
        'wijschool',
      ].sort(),
    );
    expect(inzichten.length).toBeGreaterThanOrEqual(60);
  });

  test.each(allianties.map((a) => [a.slug, a]))(
    'alliance page /allianties/%s/ has its name and links to its insights',
    (slug, a) => {
      const html = readPage(siteDir, `/allianties/${slug}/`);
      expect(decode(h1(html)!)).toBe(a.data.naam);
      expect(html).toContain('<html lang="nl"');
      for (const i of inzichten.filter((i) => i.alliantie === slug)) expect(html).toContain(`href="/inzichten/${i.slug}/"`);
    },
  );

  test.each(inzichten.map((i) => [i.slug, i]))('insight page /inzichten/%s/ has its title, soort and source', (slug, i) => {
    const html = readPage(siteDir, `/inzichten/${slug}/`);
    expect(decode(h1(html)!)).toBe(i.data.titel);
    expect(html).toContain(`soortlabel--${i.data.soort}`);
    expect(html).toMatch(/<h2 id="bronnen">Bronn?e?n?<\/h2>/);
    if (i.alliantie) expect(html).toContain(`href="/allianties/${i.alliantie}/"`);
    for (const rol of i.data.rollen as string[]) expect(html).toContain(`href="/rollen/${rol}/"`);
    for (const fase of i.data.fasen as string[]) expect(html).toContain(`href="/fasen/${fase}/"`);
    for (const c of (i.data.citaten as { naam: string }[] | undefined) ?? []) expect(decode(html)).toContain(c.naam);
  });

  test('the home page counts the insights per soort', () => {
    const html = readPage(siteDir, '/');
    for (const soort of ['succesvoorwaarde', 'systeemfout', 'les']) {
      const n = inzichten.filter((i) => i.data.soort === soort).length;
      expect(n).toBeGreaterThan(0);
      expect(html).toMatch(new RegExp(`href="/soorten/${soort}/"><span class="cijfer">${n}</span>`));
    }
  });

  test('there is an overview page per soort, thema, rol and fase, each listing its insights', () => {
    const pages = allPages(siteDir);
    for (const tax of ['soorten', 'themas', 'rollen', 'fasen', 'sectoren']) expect(pages).toContain(`/${tax}/`);
    const gemeente = readListing(siteDir, '/rollen/gemeente/').join('');
    const voorGemeenten = inzichten.filter((i) => (i.data.rollen as string[]).includes('gemeente'));
    expect(voorGemeenten.length).toBeGreaterThan(0);
    for (const i of voorGemeenten) expect(gemeente).toContain(`href="/inzichten/${i.slug}/"`);
    const fase = readListing(siteDir, '/fasen/alliantie-vormen/').join('');
    for (const i of inzichten.filter((i) => (i.data.fasen as string[]).includes('alliantie-vormen')))
      expect(fase).toContain(`href="/inzichten/${i.slug}/"`);
  });

  test('long listings are split into pages of at most 50 cards that together link to every insight', () => {
    const kaarten = (html: string) => html.match(/<article class="kaart"[^>]*><span class="soortlabel/g)?.length ?? 0;
    const listings: [string, typeof inzichten][] = [
      ['/inzichten/', inzichten],
      ['/rollen/partners/', inzichten.filter((i) => (i.data.rollen as string[]).includes('partners'))],
      ['/soorten/succesvoorwaarde/', inzichten.filter((i) => i.data.soort === 'succesvoorwaarde')],
    ];
    for (const [listing, verwacht] of listings) {
      // These listings are longer than one page with the real content; the test must see page 2.
      expect(verwacht.length).toBeGreaterThan(50);
      const paginas = readListing(siteDir, listing);
      expect(paginas.length).toBe(Math.ceil(verwacht.length / 50));
      for (const [n, html] of paginas.entries()) {
        expect(kaarten(html)).toBeLessThanOrEqual(50);
        expect(html).toMatch(
          new RegExp(`<a href="${n === 0 ? listing : `${listing}pagina/${n + 1}/`}" aria-current="page"[^>]*>`),
        );
      }
      expect(paginas.reduce((som, html) => som + kaarten(html), 0)).toBe(verwacht.length);
      const alles = paginas.join('');
      for (const i of verwacht) expect(alles).toContain(`href="/inzichten/${i.slug}/"`);
    }
    // The counts per soort on the overview come from the whole list, on every page.
    const n = inzichten.filter((i) => i.data.soort === 'succesvoorwaarde').length;
    for (const html of readListing(siteDir, '/inzichten/')) expect(html).toContain(`succesvoorwaarden</a> (${n})`);
  });

  test('a helpful 404 page exists', () => {
    const html = readPage(siteDir, '/404.html');
    expect(h1(html)).toBe('Deze pagina bestaat niet');
    expect(html).toContain('action="/zoeken/"');
    expect(html).toContain('href="/inzichten/"');
  });

  test('content pages ship no JavaScript but the one shared selection script (its budget: site.quality.test.ts)', () => {
    const scripts = ['/', `/inzichten/${inzichten[0].slug}/`, `/allianties/${allianties[0].slug}/`, '/rollen/gemeente/'].map(
      (url) => [...readPage(siteDir, url).matchAll(/<script(?![^>]*type="application\/ld\+json")([^>]*)>/g)].map((m) => m[1]),
    );
    for (const opPagina of scripts) {
      expect(opPagina).toHaveLength(1);
      expect(opPagina[0]).toMatch(/^ type="module" src="\/_astro\/[^"]+\.js"$/);
    }
    expect(new Set(scripts.flat()).size).toBe(1);
  });

  test('Pagefind indexes the insight, alliance, method and pattern pages in Dutch', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    const methode = allPages(siteDir).filter((p) => p.startsWith('/werkwijze/') || p.startsWith('/principes/'));
    expect(methode.length).toBeGreaterThan(20);
    expect(entry.languages.nl.page_count).toBe(inzichten.length + allianties.length + methode.length);
  });
});
