import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPage, siteDir } from './helpers/build.ts';
import { isGepubliceerd } from '../src/utils/publicatie.ts';
import { contentRoot, parseEntry, publishedAllianceFiles, publishedInsightFiles } from './helpers/content.ts';
import { decodeHtml, tags } from './helpers/html.ts';

interface Project {
  slug: string;
  data: {
    naam: string;
    alliantie: string;
    plaatsen: string[];
    bijdragen: { rollen: string[]; inzichten: string[] }[];
    concept?: boolean;
    datum?: string;
  };
}

const map = path.join(contentRoot, 'praktijkvoorbeelden');
const projecten: Project[] = fs
  .readdirSync(map)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: parseEntry(path.join(map, f)).data as Project['data'] }))
  // The projects the site publishes (src/utils/publicatie.ts), of published alliances.
  .filter((p) => isGepubliceerd(p) && publishedAllianceFiles().some((a) => a.slug === p.data.alliantie));
const rollen = new Map(
  (
    (await import('yaml')).parse(fs.readFileSync(path.join(contentRoot, 'taxonomie/rollen.yaml'), 'utf8')) as {
      id: string;
      deed?: string;
    }[]
  ).map((r) => [r.id, r]),
);
const inzichtIds = new Set(publishedInsightFiles().map((i) => i.slug));
const links = (html: string) => tags(html, 'a').map((a) => a.href);
const tekst = (html: string) => decodeHtml(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

describe('praktijkvoorbeelden', () => {
  test('the sources describe at least the projects the issue names', () => {
    const namen = projecten.map((p) => p.data.naam).join(' | ');
    for (const plaats of ['Amstelveen', 'Drechtsteden', 'Breda', 'WIJscan']) expect(namen).toContain(plaats);
  });

  test('the overview lists every project, and is linked from every page footer', () => {
    const html = readPage(siteDir, '/praktijkvoorbeelden/');
    for (const p of projecten) expect(links(html)).toContain(`/praktijkvoorbeelden/${p.slug}/`);
    expect(links(readPage(siteDir, '/'))).toContain('/praktijkvoorbeelden/');
  });

  test.each(projecten.map((p) => [p.slug, p] as const))('%s shows its facts and its insights per party', (slug, p) => {
    const html = readPage(siteDir, `/praktijkvoorbeelden/${slug}/`);
    const zichtbaar = tekst(html);
    expect(zichtbaar).toContain(p.data.naam);
    for (const plaats of p.data.plaatsen) expect(zichtbaar).toContain(plaats);
    expect(links(html)).toContain(`/allianties/${p.data.alliantie}/`);
    for (const b of p.data.bijdragen) {
      if (b.rollen.length === 1) expect(zichtbaar).toContain(rollen.get(b.rollen[0])!.deed!);
      for (const id of b.inzichten) {
        expect(inzichtIds.has(id), `${id} is published`).toBe(true);
        expect(links(html)).toContain(`/inzichten/${id}/`);
      }
    }
    // The table of contents leads to every section.
    const ankers = tags(html, 'a')
      .map((a) => a.href)
      .filter((h) => h.startsWith('#') && h !== '#inhoud');
    expect(ankers.length).toBeGreaterThanOrEqual(p.data.bijdragen.length + 1);
    for (const a of ankers) expect(html).toContain(`id="${a.slice(1)}"`);
  });

  test('every insight a project shows links back to the project', () => {
    for (const p of projecten)
      for (const id of p.data.bijdragen.flatMap((b) => b.inzichten)) {
        const html = readPage(siteDir, `/inzichten/${id}/`);
        expect(links(html), `/inzichten/${id}/ links to ${p.slug}`).toContain(`/praktijkvoorbeelden/${p.slug}/`);
      }
  });

  test('the Amstelveen project gathers the three things the gemeente did', () => {
    const html = readPage(siteDir, '/praktijkvoorbeelden/kantoorpand-amstelveen/');
    const gemeente = html.slice(html.indexOf('id="wat-deed-gemeente"'));
    const sectie = gemeente.slice(0, gemeente.indexOf('</section>'));
    expect(links(sectie)).toEqual(
      expect.arrayContaining([
        '/inzichten/intentieverklaring-en-tijdelijke-vergunningen/',
        '/inzichten/gemeente-neemt-verantwoordelijkheid-bij-problemen/',
        '/inzichten/gemeente-financiert-begeleiding/',
      ]),
    );
  });

  test('each alliance page lists its projects', () => {
    for (const p of projecten)
      expect(links(readPage(siteDir, `/allianties/${p.data.alliantie}/`))).toContain(`/praktijkvoorbeelden/${p.slug}/`);
  });
});
