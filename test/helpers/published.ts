/**
 * Readers and checks for what the site publishes besides its pages: open-data
 * exports, RSS feeds and the sitemap. Shared by the test of the real site and the
 * test of a fixture built under a base path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { expect } from 'vitest';
import { allPages } from './build.ts';
import { OP_PATROON } from '../../src/utils/patroonvolgorde.ts';

/** A built site and where it is meant to live. */
export interface BuiltSite {
  dir: string;
  /** Base path, "/" or "/sub/". */
  base: string;
  /** Public origin, without a trailing slash: "https://example.org". */
  origin: string;
}

/** Full public address of a path inside the site ("inzichten/x/" -> "https://example.org/sub/inzichten/x/"). */
export const publicUrl = (site: BuiltSite, pad: string) => `${site.origin}${site.base}${pad.replace(/^\//, '')}`;

export const readText = (site: BuiltSite, pad: string) => fs.readFileSync(path.join(site.dir, pad), 'utf8');
export const readJsonFile = <T = any>(site: BuiltSite, pad: string): T => JSON.parse(readText(site, pad));

/** URL paths (without base) of the pages that make up the public site: every HTML page but 404 and the editor. */
export function publicPages(site: BuiltSite): string[] {
  return allPages(site.dir).filter((p) => p !== '/404.html' && !p.startsWith('/admin/'));
}

/** Ids of the pages under a folder: pageIds(site, 'inzichten') -> slugs of /inzichten/<slug>/. */
export function pageIds(site: BuiltSite, folder: string): string[] {
  const re = new RegExp(`^/${folder}/([^/]+)/$`);
  // `/inzichten/op-patroon/` is the listing in another order, not an entry.
  return publicPages(site)
    .flatMap((p) => re.exec(p)?.[1] ?? [])
    .filter((id) => id !== OP_PATROON);
}

/** Validates a JSON export against the schema that is published next to it. */
export function validateAgainstSchema(site: BuiltSite, dataFile: string, schemaFile: string) {
  const data = readJsonFile(site, dataFile);
  const schema = readJsonFile(site, schemaFile);
  expect(data.$schema).toBe(publicUrl(site, schemaFile));
  expect(schema.$id).toBe(publicUrl(site, schemaFile));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const valid = ajv.validate(schema, data);
  expect(ajv.errors ?? [], `${dataFile} volgt ${schemaFile}`).toEqual([]);
  expect(valid).toBe(true);
  return data;
}

/** A CSV export, parsed as Dutch Excel would: BOM, semicolons, CRLF. */
export function readCsv(site: BuiltSite, pad: string): { raw: string; rows: Record<string, string>[]; header: string[] } {
  const raw = readText(site, pad);
  const rows = parseCsv(raw, { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
  const header = parseCsv(raw, { bom: true, delimiter: ';', to_line: 1 })[0] as string[];
  return { raw, rows, header };
}

/** What a spreadsheet-safe cell holds for a text: formulas get a leading apostrophe. */
export const spreadsheetSafe = (tekst: string) => (/^[=+\-@\t\r]/.test(tekst) ? `'${tekst}` : tekst);

export interface RssItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  description: string;
  pubDate: string;
  category?: string | string[];
}
export interface RssChannel {
  title: string;
  link: string;
  description: string;
  language?: string;
  item: RssItem[];
  'atom:link'?: { '@_href': string; '@_rel': string };
}

/** Parses an RSS file with a real XML parser and checks the elements RSS 2.0 requires. */
export function readRss(site: BuiltSite, pad: string): RssChannel {
  const xml = readText(site, pad);
  expect(() => SyntaxValidator.validate(xml), `${pad} is well-formed XML`).not.toThrow();
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
  expect(doc.rss?.['@_version']).toBe('2.0');
  const channel = doc.rss.channel as RssChannel;
  for (const field of ['title', 'link', 'description'] as const)
    expect(typeof channel[field] === 'string' && channel[field].length > 0, `${pad}: channel/${field}`).toBe(true);
  expect(channel['atom:link']?.['@_href']).toBe(publicUrl(site, pad));
  expect(channel['atom:link']?.['@_rel']).toBe('self');
  channel.item ??= [];
  for (const item of channel.item) {
    expect(item.title, `${pad}: item/title`).toBeTruthy();
    expect(item.link, `${pad}: item/link`).toBeTruthy();
    expect(typeof item.guid === 'string' ? item.guid : item.guid['#text']).toBe(item.link);
    expect(Number.isNaN(Date.parse(item.pubDate)), `${pad}: item/pubDate "${item.pubDate}"`).toBe(false);
  }
  return channel;
}

/** The <loc> URLs of the sitemap index and all its sitemaps. */
export function sitemapUrls(site: BuiltSite): string[] {
  const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
  const index = readText(site, 'sitemap-index.xml');
  expect(() => SyntaxValidator.validate(index), 'sitemap-index.xml is well-formed XML').not.toThrow();
  const urls: string[] = [];
  for (const { loc } of parser.parse(index).sitemapindex.sitemap as { loc: string }[]) {
    expect(loc.startsWith(publicUrl(site, ''))).toBe(true);
    const xml = readText(site, loc.slice(publicUrl(site, '').length));
    expect(() => SyntaxValidator.validate(xml), `${loc} is well-formed XML`).not.toThrow();
    for (const u of parser.parse(xml).urlset.url as { loc: string }[]) urls.push(u.loc);
  }
  return urls;
}

/**
 * Checks every internal reference of every HTML page: it starts with the base
 * path and points at a file of the build. Returns the number of references checked.
 */
export function checkInternalLinks(site: BuiltSite): number {
  const broken: string[] = [];
  let checked = 0;
  const origin = new URL(site.origin);
  for (const page of allPages(site.dir)) {
    const html = fs.readFileSync(path.join(site.dir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
    for (const ref of referencesOf(html)) {
      if (/^(mailto:|tel:|data:|#|javascript:)/.test(ref) || ref === '') continue;
      const pageUrl = new URL(`${site.base}${page.slice(1)}`, site.origin);
      const target = new URL(ref, pageUrl);
      if (target.origin !== origin.origin) continue;
      checked++;
      if (!target.pathname.startsWith(site.base)) {
        broken.push(`${page}: ${ref} (buiten ${site.base})`);
        continue;
      }
      const rel = decodeURIComponent(target.pathname.slice(site.base.length));
      const file = path.join(site.dir, rel);
      const exists =
        rel === '' || rel.endsWith('/')
          ? fs.existsSync(path.join(file, 'index.html'))
          : fs.existsSync(file) && fs.statSync(file).isFile();
      if (!exists) broken.push(`${page}: ${ref}`);
    }
  }
  expect(broken).toEqual([]);
  return checked;
}

function referencesOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}
