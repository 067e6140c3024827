import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { siteDir } from './helpers/build.ts';
import { tags } from './helpers/html.ts';

/**
 * No page advertises an empty feed: every feed a page links to (<link rel="alternate"> in the
 * head, or a visible RSS link) exists and has at least one item, and the build writes no feed
 * without items.
 */
const bestanden = (fs.readdirSync(siteDir, { recursive: true }) as string[]).sort();

function aantalItems(feedPad: string): number {
  const xml = new XMLParser().parse(fs.readFileSync(feedPad, 'utf8'));
  const items = xml.rss?.channel?.item;
  return items === undefined ? 0 : Array.isArray(items) ? items.length : 1;
}

test('every feed a page links to exists and has at least one item', () => {
  const gelinkt = new Map<string, string>();
  for (const f of bestanden.filter((b) => b.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(siteDir, f), 'utf8');
    const feeds = [...tags(html, 'link'), ...tags(html, 'a')].filter(
      (t) => t.type === 'application/rss+xml' || /\/rss\.xml$/.test(t.href ?? ''),
    );
    for (const t of feeds) if (!gelinkt.has(t.href)) gelinkt.set(t.href, `/${f}`);
  }
  // The site-wide feed, one per soort, rol and thema with insights, and per rol and soort.
  expect(gelinkt.size).toBeGreaterThan(30);
  const leeg: string[] = [];
  for (const [href, pagina] of gelinkt) {
    const feed = path.join(siteDir, href);
    if (!fs.existsSync(feed)) leeg.push(`${href} (gelinkt op ${pagina}) bestaat niet`);
    else if (aantalItems(feed) === 0) leeg.push(`${href} (gelinkt op ${pagina}) heeft geen items`);
  }
  expect(leeg).toEqual([]);
});

test('the build writes no feed without items', () => {
  const feeds = bestanden.filter((b) => b.endsWith('rss.xml'));
  expect(feeds.length).toBeGreaterThan(30);
  expect(feeds.filter((f) => aantalItems(path.join(siteDir, f)) === 0)).toEqual([]);
});
