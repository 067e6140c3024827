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
/** Published alliances (drafts and embargoed ones appear in no output, the editor's config included). */
const allianties = publishedAllianceFiles().map((a) => a.slug);

type Veld = {
  name: string;
  options?: { value: string; label: string }[];
  fields?: Veld[];
  required?: boolean;
  widget: string;
  hint?: string;
  min?: number;
  label_singular?: string;
};
const collectie = (naam: string) => config.collections.find((c: { name: string }) => c.name === naam);
const veld = (velden: Veld[], naam: string) => velden.find((v) => v.name === naam)!;

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

/** A term as its taxonomy file has it. */
type Term = { id: string; label?: string; titel?: string; nummer?: number };
const termen = (naam: string) => parse(fs.readFileSync(path.join(content, 'taxonomie', `${naam}.yaml`), 'utf8')) as Term[];
/** How the site writes a numbered term: "2. Alliantie vormen", "Stap 4: …" (the closing advice has no number). */
const nummering: Record<string, (t: Term) => string> = {
  fasen: (t) => `${t.nummer}. ${t.label}`,
  stappen: (t) => (t.nummer ? `Stap ${t.nummer}: ${t.label}` : t.label!),
  voorwaarden: (t) => `${t.nummer}. ${t.label}`,
  participatieniveaus: (t) => `${t.nummer}. ${t.label}`,
  overeenkomst: (t) => `${t.nummer}. ${t.label}`,
};
/** The choices the editor should offer for a taxonomy: every term of the file, with its Dutch label. */
const keuzes = (naam: string) => termen(naam).map((t) => ({ value: t.id, label: nummering[naam]?.(t) ?? t.label ?? t.titel }));
const opties = (v: Veld) => v.options!.map((o) => ({ value: o.value, label: o.label }));

test('every choice of every taxonomy field shows the Dutch label of its term, not its id', () => {
  const inzicht = collectie('inzichten').fields as Veld[];
  const alliantie = collectie('allianties').fields as Veld[];
  const velden: [Veld, string][] = [
    [veld(inzicht, 'soort'), 'soorten'],
    [veld(inzicht, 'rollen'), 'rollen'],
    [veld(inzicht, 'fasen'), 'fasen'],
    [veld(inzicht, 'themas'), 'themas'],
    [veld(inzicht, 'principes'), 'principes'],
    [veld(inzicht, 'stappen'), 'stappen'],
    [veld(inzicht, 'voorwaarden'), 'voorwaarden'],
    [veld(inzicht, 'participatieniveaus'), 'participatieniveaus'],
    [veld(inzicht, 'overeenkomst'), 'overeenkomst'],
    [veld(veld(inzicht, 'bronnen').fields!, 'document'), 'bronnen'],
    [veld(alliantie, 'thema'), 'themas'],
    [veld(alliantie, 'fase'), 'fasen'],
    [veld(veld(alliantie, 'partners').fields!, 'sector'), 'sectoren'],
  ];
  for (const [v, taxonomie] of velden) {
    expect(opties(v), v.name).toEqual(keuzes(taxonomie));
    for (const o of v.options!) expect(o.label, `${v.name}: ${o.value}`).not.toBe(o.value);
  }
  expect(opties(veld(inzicht, 'stappen'))).toContainEqual({ value: 'stap-4', label: expect.stringMatching(/^Stap 4: \S/) });
  expect(opties(veld(alliantie, 'status'))).toEqual([
    { value: 'actief', label: 'Actief' },
    { value: 'verzelfstandigd', label: 'Verzelfstandigd' },
    { value: 'afgerond', label: 'Afgerond' },
  ]);
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
  // The site's own date field (src/cms/datum.ts): "1 december 2026" in the form, JJJJ-MM-DD in the file.
  expect(veld(inzicht, 'datum')).toEqual(expect.objectContaining({ widget: 'datum', required: true }));
  expect(veld(inzicht, 'datum')).not.toHaveProperty('picker_utc');
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

test('the form requires what the schema requires, says so in the hint, and counts lists in Dutch', () => {
  const inzicht = collectie('inzichten').fields as Veld[];
  // At least one source: a required list with a minimum of one (src/cms/admin.ts refuses it empty).
  expect(veld(inzicht, 'bronnen')).toMatchObject({ widget: 'list', required: true, min: 1, label_singular: 'bron' });
  const alle = (velden: Veld[]): Veld[] => velden.flatMap((v) => [v, ...alle(v.fields ?? [])]);
  for (const v of alle(inzicht)) {
    if (v.required) expect(v.hint, v.name).toMatch(/^Verplicht\./);
    else expect(v.hint ?? '', v.name).not.toMatch(/^Verplicht/);
    // "1 citaat", "2 citaten": every list names one item.
    if (v.widget === 'list') expect(v.label_singular, v.name).toMatch(/^[a-z]+$/);
  }
  expect(veld(inzicht, 'citaten').label_singular).toBe('citaat');
  expect(veld(veld(inzicht, 'citaten').fields!, 'organisatie')).toMatchObject({ required: true });
  expect(veld(veld(inzicht, 'bronnen').fields!, 'document').hint).toContain('één van de twee is verplicht');
  // "Snel toevoegen" lists the collections by their singular: each says which alliance.
  const enkelvouden = config.collections.map((c: { label_singular: string }) => c.label_singular);
  expect(new Set(enkelvouden).size).toBe(enkelvouden.length);
  expect(collectie(`inzichten-${allianties[0]}`).label_singular).toMatch(/^inzicht van \S/);
});
