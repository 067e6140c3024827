import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { siteDir } from './helpers/build.ts';
import { jsonLd, tags, text } from './helpers/html.ts';

/**
 * schema.org structured data on every page of the built site: each JSON-LD block parses, every
 * node has the properties its type needs, every reference points into the page's graph, pages
 * with a breadcrumb trail describe the same trail as a BreadcrumbList, and insights and
 * alliances say when they were last changed.
 */
type Ld = Record<string, unknown>;

const paginas = (fs.readdirSync(siteDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html') && !f.startsWith('admin/') && f !== '404.html')
  .sort()
  .map((f) => ({ bestand: `/${f}`, html: fs.readFileSync(path.join(siteDir, f), 'utf8') }));

/** Properties each type must have here (schema.org's and search engines' expectations for it). */
const VERPLICHT: Record<string, string[]> = {
  // Partners and source publishers are known by name only.
  Organization: ['name'],
  WebSite: ['name', 'url', 'inLanguage', 'publisher'],
  WebPage: ['name', 'url', 'description', 'inLanguage', 'isPartOf'],
  AboutPage: ['name', 'url', 'description', 'inLanguage', 'isPartOf', 'dateModified', 'mainEntity'],
  CollectionPage: ['name', 'url', 'description', 'inLanguage', 'isPartOf'],
  Article: [
    'headline',
    'description',
    'url',
    'mainEntityOfPage',
    'inLanguage',
    'datePublished',
    'dateModified',
    'author',
    'publisher',
    'about',
    'citation',
  ],
  BreadcrumbList: ['itemListElement'],
  ListItem: ['position', 'name', 'item'],
  DefinedTerm: ['name', 'termCode', 'url', 'inDefinedTermSet'],
  CreativeWork: ['name'],
};

/** Every node in a JSON-LD value, nested ones included. */
function knopen(waarde: unknown): Ld[] {
  if (Array.isArray(waarde)) return waarde.flatMap(knopen);
  if (!waarde || typeof waarde !== 'object') return [];
  const knoop = waarde as Ld;
  return [knoop, ...Object.values(knoop).flatMap(knopen)];
}

const isDatum = (w: unknown) => typeof w === 'string' && !Number.isNaN(Date.parse(w));

test('every page has valid JSON-LD whose nodes have the required properties', () => {
  expect(paginas.length).toBeGreaterThan(100);
  const fouten: string[] = [];
  const typen = new Set<string>();
  for (const { bestand, html } of paginas) {
    let blokken: Ld[];
    try {
      blokken = jsonLd(html);
    } catch (e) {
      fouten.push(`${bestand}: JSON-LD is geen geldige JSON (${(e as Error).message})`);
      continue;
    }
    if (blokken.length === 0) fouten.push(`${bestand}: geen JSON-LD`);
    const ids = new Set(blokken.flatMap(knopen).flatMap((k) => (k['@type'] && k['@id'] ? [k['@id']] : [])));
    for (const blok of blokken) {
      if (blok['@context'] !== 'https://schema.org') fouten.push(`${bestand}: @context is niet https://schema.org`);
      for (const knoop of knopen(blok)) {
        const type = knoop['@type'];
        // A bare {"@id": ...} is a reference to a node of the same page.
        if (!type) {
          if (Object.keys(knoop).length === 1 && knoop['@id'] && !ids.has(knoop['@id']))
            fouten.push(`${bestand}: verwijzing naar onbekende knoop ${knoop['@id']}`);
          continue;
        }
        typen.add(String(type));
        const nodig = VERPLICHT[String(type)];
        if (!nodig) {
          fouten.push(`${bestand}: type ${type} wordt door deze test niet gecontroleerd`);
          continue;
        }
        for (const veld of nodig) {
          const w = knoop[veld];
          if (w === undefined || w === '' || (Array.isArray(w) && w.length === 0))
            fouten.push(`${bestand}: ${type} mist ${veld}`);
        }
        for (const veld of ['datePublished', 'dateModified'])
          if (knoop[veld] !== undefined && !isDatum(knoop[veld])) fouten.push(`${bestand}: ${type}.${veld} is geen datum`);
        if (type === 'Article' && Date.parse(String(knoop.dateModified)) < Date.parse(String(knoop.datePublished)))
          fouten.push(`${bestand}: Article.dateModified ligt voor datePublished`);
      }
    }
  }
  expect(fouten).toEqual([]);
  expect([...typen]).toEqual(expect.arrayContaining(['Article', 'AboutPage', 'BreadcrumbList', 'WebPage']));
});

test('every page with breadcrumbs describes the same trail as a BreadcrumbList, ending in the page', () => {
  const fouten: string[] = [];
  let metKruimelpad = 0;
  for (const { bestand, html } of paginas) {
    const nav = /<nav class="kruimelpad"[\s\S]*?<\/nav>/.exec(html)?.[0];
    const lijsten = jsonLd(html).filter((b) => b['@type'] === 'BreadcrumbList');
    if (!nav) {
      if (lijsten.length) fouten.push(`${bestand}: BreadcrumbList zonder zichtbaar kruimelpad`);
      continue;
    }
    metKruimelpad++;
    if (lijsten.length !== 1) {
      fouten.push(`${bestand}: ${lijsten.length} BreadcrumbLists`);
      continue;
    }
    const items = lijsten[0].itemListElement as { position: number; name: string; item: string }[];
    const zichtbaar = tags(nav, 'a').map((a) => a.href);
    const canonical = tags(html, 'link').find((l) => l.rel === 'canonical')?.href;
    const titel = text(html, 'title')?.replace(/ \| Inzichtenbank$/, '');
    const verwacht = [...zichtbaar.map((h) => new URL(h, canonical).href), canonical];
    if (JSON.stringify(items.map((i) => i.item)) !== JSON.stringify(verwacht))
      fouten.push(`${bestand}: ${JSON.stringify(items.map((i) => i.item))} is niet ${JSON.stringify(verwacht)}`);
    if (items.some((i, n) => i.position !== n + 1)) fouten.push(`${bestand}: posities niet 1, 2, 3, ...`);
    if (items.at(-1)?.name !== titel) fouten.push(`${bestand}: laatste item heet "${items.at(-1)?.name}", niet "${titel}"`);
  }
  expect(fouten).toEqual([]);
  expect(metKruimelpad).toBeGreaterThan(100);
});

test('an insight page says when the insight was last changed, as the page shows it', () => {
  const inzicht = paginas.find((p) => p.bestand.startsWith('/inzichten/') && p.html.includes('Laatst gewijzigd op'))!;
  expect(inzicht).toBeDefined();
  const artikel = jsonLd(inzicht.html)
    .flatMap((b) => knopen(b))
    .find((k) => k['@type'] === 'Article')!;
  const getoond = /Laatst gewijzigd op <time datetime="([^"]+)"/.exec(inzicht.html)![1];
  expect(Date.parse(String(artikel.dateModified))).toBeGreaterThanOrEqual(Date.parse(getoond));
  expect(artikel.image).toBeUndefined();
});
