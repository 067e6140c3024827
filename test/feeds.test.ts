/**
 * RSS feeds: the site feed, one per soort, rol and thema, and one per rol and soort, on the
 * real site and on a fixture built under a base path.
 */
import { describe, expect, test } from 'vitest';
import type { InzichtExport } from '../src/schemas/opendata.ts';
import { tags } from './helpers/html.ts';
import { pageIds, readRss, readText } from './helpers/published.ts';
import { beideSites, exportInzichten, listingHtml, pageHtml, travelFixture } from './helpers/travel.ts';

describe.each(beideSites)('%s', (_naam, getSite) => {
  test('/rss.xml is valid RSS with every insight, newest first', () => {
    const site = getSite();
    const inzichten = exportInzichten(site);
    const feed = readRss(site, 'rss.xml');
    expect(feed.item.map((i) => i.link)).toEqual(inzichten.map((i) => i.url));
    expect(feed.item.map((i) => i.title)).toEqual(inzichten.map((i) => i.titel));
    expect(feed.language).toBe('nl-nl');
  });

  test('every soort, rol and thema has a valid feed with its insights, linked from its page', () => {
    const site = getSite();
    const alle = exportInzichten(site);
    const velden = {
      soorten: (i: InzichtExport) => [i.soort],
      rollen: (i: InzichtExport) => i.rollen,
      themas: (i: InzichtExport) => i.themas,
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
});

describe('the travel fixture', () => {
  test('the feeds hold exactly the published fixture entries', () => {
    const site = travelFixture();
    expect(readRss(site, 'rss.xml').item.map((i) => i.link)).toEqual(exportInzichten(site).map((i) => i.url));
    expect(readRss(site, 'rollen/gemeente/succesvoorwaarde/rss.xml').item.map((i) => i.title)).toEqual([
      'Creëer één gedeelde visie met de gemeente',
    ]);
  });

  test('the feed escapes markup in titles', () => {
    const site = travelFixture();
    const titel = '=HYPERLINK("https://voorbeeld.invalid") & <b>geen</b> opmaak';
    expect(readRss(site, 'rss.xml').item.map((i) => i.title)).toContain(titel);
    expect(readText(site, 'rss.xml')).not.toContain('<b>geen');
  });
});
