import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { readPage, root, siteDir } from './helpers/build.ts';
import { DECAP_CMS, sri } from '../src/cms/bundel.ts';
import { publishedAllianceFiles } from './helpers/content.ts';

/** The editor's configuration, as the real build generates it from the content. */
const config = parse(fs.readFileSync(path.join(siteDir, 'admin/config.yml'), 'utf8'));
const content = path.join(root, 'content');
const ids = (naam: string) =>
  (parse(fs.readFileSync(path.join(content, 'taxonomie', `${naam}.yaml`), 'utf8')) as { id: string }[]).map((t) => t.id);
/** Published alliances (drafts and embargoed ones appear in no output, the editor's config included). */
const allianties = publishedAllianceFiles().map((a) => a.slug);

type Veld = { name: string; options?: { value: string }[]; fields?: Veld[]; required?: boolean; widget: string };
const collectie = (naam: string) => config.collections.find((c: { name: string }) => c.name === naam);
const veld = (velden: Veld[], naam: string) => velden.find((v) => v.name === naam)!;
const waarden = (v: Veld) => v.options!.map((o) => o.value);

test('every published alliance has its own insight collection writing into its folder, and nothing else does', () => {
  expect(allianties.length).toBeGreaterThan(0);
  const alliantieCollecties = config.collections.filter((c: { name: string }) => c.name.startsWith('inzichten-'));
  expect(alliantieCollecties.map((c: { name: string }) => c.name.slice('inzichten-'.length)).sort()).toEqual(
    [...allianties].sort(),
  );
  for (const id of allianties) {
    expect(collectie(`inzichten-${id}`)?.folder, id).toBe(`content/allianties/${id}/inzichten`);
  }
  expect(collectie('inzichten').folder).toBe('content/inzichten');
  expect(collectie('allianties')).toMatchObject({ folder: 'content/allianties', path: '{{slug}}/index', extension: 'mdx' });
});

test('every role, phase, soort, theme, sector and source document of the content is a choice', () => {
  const inzicht = collectie('inzichten').fields as Veld[];
  expect(waarden(veld(inzicht, 'rollen'))).toEqual(ids('rollen'));
  expect(waarden(veld(inzicht, 'fasen')).sort()).toEqual(ids('fasen').sort());
  expect(waarden(veld(inzicht, 'soort'))).toEqual(ids('soorten'));
  expect(waarden(veld(inzicht, 'themas'))).toEqual(ids('themas'));
  expect(waarden(veld(veld(inzicht, 'bronnen').fields!, 'document'))).toEqual(ids('bronnen'));
  const alliantie = collectie('allianties').fields as Veld[];
  expect(waarden(veld(alliantie, 'thema'))).toEqual(ids('themas'));
  expect(waarden(veld(alliantie, 'fase')).sort()).toEqual(ids('fasen').sort());
  expect(waarden(veld(veld(alliantie, 'partners').fields!, 'sector'))).toEqual(ids('sectoren'));
  expect(waarden(veld(alliantie, 'status'))).toEqual(['actief', 'verzelfstandigd', 'afgerond']);
});

test('field names and required flags follow the schema', () => {
  const inzicht = collectie('inzichten').fields as Veld[];
  expect(inzicht.map((v) => v.name)).toEqual([
    'titel',
    'bestandsnaam',
    'soort',
    'samenvatting',
    'rollen',
    'fasen',
    'themas',
    'principes',
    'stappen',
    'voorwaarden',
    'participatieniveaus',
    'overeenkomst',
    'tags',
    'citaten',
    'bronnen',
    'datum',
    'concept',
    'body',
  ]);
  expect(inzicht.filter((v) => v.required).map((v) => v.name)).toEqual([
    'titel',
    'soort',
    'samenvatting',
    'rollen',
    'fasen',
    'bronnen',
    'datum',
  ]);
  expect(veld(inzicht, 'datum')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
  // Alliance insights inherit the alliance's theme.
  expect((collectie(`inzichten-${allianties[0]}`).fields as Veld[]).map((v) => v.name)).not.toContain('themas');
  expect(config).toMatchObject({ publish_mode: 'editorial_workflow', backend: { name: 'github' }, locale: 'nl' });
});

test('the admin page is static, Dutch, not indexed, and serves the pinned bundle from the site', () => {
  const html = readPage(siteDir, '/admin/');
  expect(html).toContain('<html lang="nl"');
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).not.toContain('data-pagefind-body');
  expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|jsdelivr)/);
  // The pinned version's bundle, with Subresource Integrity of the very file the site serves.
  const bundel = path.join(siteDir, 'admin/decap-cms.js');
  expect(html).toContain(`src="/admin/decap-cms.js" integrity="${sri(bundel)}"`);
  expect(DECAP_CMS.versie).toMatch(/^\d+\.\d+\.\d+$/);
  expect(fs.readFileSync(bundel, 'utf8')).toContain(`decap-cms ${DECAP_CMS.versie}`);
  // Every lazily loaded chunk and WebAssembly file the bundle may ask for is published beside it.
  const bestanden = fs.readdirSync(path.join(siteDir, 'admin'));
  expect(bestanden.filter((f) => /^\d+\.decap-cms\.js$/.test(f)).length).toBeGreaterThan(50);
  expect(bestanden.filter((f) => f.endsWith('.wasm'))).toHaveLength(2);
  const pagefind = fs.readdirSync(path.join(siteDir, 'pagefind'), { recursive: true }) as string[];
  expect(pagefind.length).toBeGreaterThan(0);
});
