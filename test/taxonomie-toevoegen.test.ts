import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { CSV_SCHEIDINGSTEKEN } from '../src/utils/csv.ts';
import { launchBrowser } from './helpers/browser.ts';
import { buildSite, readPage, root, type BuildResult } from './helpers/build.ts';
import { geldigInzicht, maakContent, mdx } from './helpers/fixture.ts';
import { resultIds } from './helpers/search.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';

/**
 * The proof that a taxonomy is defined in one place (docs/content-model.md, "Add a taxonomy"): a copy of
 * the project gets one extra taxonomy, `doelgroepen`, as one YAML file in its content and one entry in its
 * registry, and nothing else. The built site then has it everywhere a taxonomy appears.
 */

/** The registry entry, exactly as a developer would add it to TAXONOMIEEN in src/taxonomies/registry.ts. */
const REGISTRY_ENTRY = `
  doelgroepen: {
    enkelvoud: 'doelgroep',
    volgorde: 'bestand',
    inzicht: {
      veld: 'doelgroepen',
      meervoudig: true,
      editor: { label: 'Doelgroepen', hint: 'Optioneel. Voor welke doelgroep geldt het inzicht?' },
    },
    zijkolom: { kop: 'Doelgroep', naWerkwijze: true },
    pagina: { titel: 'Doelgroepen', intro: 'De groepen mensen voor wie de inzichten gelden.' },
    facet: { sleutel: 'doelgroep', titel: 'Doelgroep', positie: 5 },
    feed: {
      titel: (t) => \`Doelgroep \${t.label}\`,
      beschrijving: (t) => \`Nieuwe inzichten voor de doelgroep \${t.label.toLowerCase()}.\`,
    },
    opendata: {
      beschrijving: 'Doelgroepen waarvoor het inzicht geldt.',
      csv: { ids: 'Sleutels van de doelgroepen.', labels: 'Namen van de doelgroepen.' },
    },
    jsonLd: true,
  },
`;

const DOELGROEPEN_YAML = `- id: jongeren
  label: Jongeren
  beschrijving: Jongeren tot 27 jaar.
- id: ouderen
  label: Ouderen
  beschrijving: Mensen van 65 jaar en ouder.
`;

/** Not copied: dependencies (linked instead), content (each test brings its own), and what builds and tools leave. */
const NIET_KOPIEREN = new Set(['node_modules', 'content', '.git', '.tmp', '.astro', 'dist', 'test-results']);

/** A copy of the project (node_modules linked) with the registry entry added. */
function projectMetDoelgroepen(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-project-'));
  for (const deel of fs.readdirSync(root).filter((d) => !NIET_KOPIEREN.has(d)))
    fs.cpSync(path.join(root, deel), path.join(dir, deel), { recursive: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const registry = path.join(dir, 'src/taxonomies/registry.ts');
  const einde = '} as const satisfies Record<string, TaxonomieDefinitie>;';
  const tekst = fs.readFileSync(registry, 'utf8');
  expect(tekst).toContain(einde);
  fs.writeFileSync(registry, tekst.replace(einde, `${REGISTRY_ENTRY}${einde}`));
  return dir;
}

const inzicht = (titel: string, doelgroepen: string[]) => mdx({ ...geldigInzicht, titel, doelgroepen });
const content = (bestanden: Record<string, string>) =>
  maakContent({ 'taxonomie/doelgroepen.yaml': DOELGROEPEN_YAML, ...bestanden });

/** `npm run check` in the project copy, on a content tree. */
function check(project: string, contentDir: string) {
  const r = spawnSync(process.execPath, [path.join(project, 'scripts/check.ts')], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, INZICHTENBANK_CONTENT: contentDir },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

let project: string;
let build: BuildResult;
let server: StaticServer;
let browser: Browser;
beforeAll(() => {
  project = projectMetDoelgroepen();
  const contentDir = content({
    'inzichten/jongeren-en-ouderen-samen.mdx': inzicht('Breng jongeren en ouderen samen', ['jongeren', 'ouderen']),
    'inzichten/jongeren-doen-mee.mdx': inzicht('Laat jongeren meedoen', ['jongeren']),
    'inzichten/zonder-doelgroep.mdx': inzicht('Een inzicht zonder doelgroep', []),
  });
  build = buildSite({ contentDir, outDir: path.join(root, '.tmp/doelgroepen'), projectDir: project });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

describe('a taxonomy added as one YAML file plus one registry entry', () => {
  test('the content check accepts it and refuses unknown terms and broken terms, in Dutch', () => {
    const goed = check(project, content({ 'inzichten/goed.mdx': inzicht('Laat jongeren meedoen', ['jongeren']) }));
    expect(goed.output).toContain('Alle content is in orde');
    expect(goed.status).toBe(0);

    const fout = check(project, content({ 'inzichten/fout.mdx': inzicht('Laat studenten meedoen', ['studenten']) }));
    expect(fout.status).toBe(1);
    expect(fout.output).toContain('inzichten/fout.mdx');
    // The field is named in words, from the new registry entry's singular ("doelgroep 1", not "doelgroepen[0]").
    expect(fout.output).toContain('regel 9, doelgroep 1: "studenten" is geen bekende doelgroep; toegestaan: jongeren, ouderen');

    const kapot = maakContent({ 'taxonomie/doelgroepen.yaml': '- id: jongeren\n  beschrijving: Zonder label.\n' });
    const yaml = check(project, kapot);
    expect(yaml.status).toBe(1);
    expect(yaml.output).toContain('doelgroepen.yaml');
    expect(yaml.output).toContain('doelgroep 1, label: het label ontbreekt of is geen tekst');
  });

  test('the site builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  test('insight pages show it in the side column, as a search filter and as a DefinedTerm', () => {
    const html = readPage(build.outDir, '/inzichten/jongeren-en-ouderen-samen/');
    expect(html).toMatch(
      /<h2>Doelgroep<\/h2>\s*<ul class="termlijst">\s*<li>\s*<a href="\/doelgroepen\/jongeren\/">Jongeren<\/a>/,
    );
    expect(html).toContain('<a href="/doelgroepen/ouderen/">Ouderen</a>');
    expect(html).toContain('data-pagefind-filter="doelgroep[data-waarde]" data-waarde="Jongeren"');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
    const about = ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'Article').about;
    expect(about).toContainEqual(expect.objectContaining({ '@type': 'DefinedTerm', name: 'Jongeren', termCode: 'jongeren' }));
  });

  test('it has an overview page and a page per term with its insights and feed', () => {
    const overzicht = readPage(build.outDir, '/doelgroepen/');
    expect(overzicht).toContain('<h1>Doelgroepen</h1>');
    expect(overzicht).toMatch(/<a href="\/doelgroepen\/jongeren\/">\s*<strong>Jongeren<\/strong>\s*<span>2 inzichten<\/span>/);
    expect(overzicht).toMatch(/<a href="\/doelgroepen\/ouderen\/">\s*<strong>Ouderen<\/strong>\s*<span>1 inzicht<\/span>/);
    const term = readPage(build.outDir, '/doelgroepen/jongeren/');
    expect(term).toMatch(/<h1>\s*Jongeren/);
    expect(term).toContain('href="/inzichten/jongeren-doen-mee/"');
    expect(term).toContain('href="/inzichten/jongeren-en-ouderen-samen/"');
    expect(term).not.toContain('href="/inzichten/zonder-doelgroep/"');
    expect(term).toContain('href="/doelgroepen/jongeren/rss.xml"');
    expect(term).toContain('href="/zoeken/?doelgroep=jongeren"');
  });

  test('each term has an RSS feed, and every feed names the terms as categories', () => {
    const feed = readPage(build.outDir, '/doelgroepen/ouderen/rss.xml');
    expect(feed).toContain('<title>Doelgroep Ouderen | ');
    expect(feed).toContain('/inzichten/jongeren-en-ouderen-samen/');
    expect(feed).not.toContain('/inzichten/jongeren-doen-mee/');
    expect(readPage(build.outDir, '/rss.xml')).toContain('<category>Jongeren</category>');
  });

  test('both open-data formats and the JSON Schema carry it', () => {
    const json = JSON.parse(readPage(build.outDir, '/open-data/inzichten.json'));
    const record = json.inzichten.find((i: { id: string }) => i.id === 'jongeren-en-ouderen-samen');
    expect(record.doelgroepen).toEqual([
      { id: 'jongeren', label: 'Jongeren' },
      { id: 'ouderen', label: 'Ouderen' },
    ]);
    const schema = JSON.parse(readPage(build.outDir, '/open-data/inzichten.schema.json'));
    expect(schema.properties.inzichten.items.properties.doelgroepen).toMatchObject({
      type: 'array',
      description: 'Doelgroepen waarvoor het inzicht geldt.',
    });
    expect(schema.properties.inzichten.items.required).toContain('doelgroepen');
    const rijen = parseCsv(readPage(build.outDir, '/open-data/inzichten.csv'), {
      bom: true,
      delimiter: CSV_SCHEIDINGSTEKEN,
      columns: true,
    }) as Record<string, string>[];
    const rij = rijen.find((r) => r.id === 'jongeren-en-ouderen-samen')!;
    expect(rij.doelgroepen).toBe('jongeren | ouderen');
    expect(rij.doelgroepen_labels).toBe('Jongeren | Ouderen');
  });

  test('the editor offers it as a field with Dutch labels', () => {
    const config = parse(readPage(build.outDir, '/admin/config.yml'));
    const velden = config.collections.find((c: { name: string }) => c.name === 'inzichten').fields;
    expect(velden.find((v: { name: string }) => v.name === 'doelgroepen')).toMatchObject({
      label: 'Doelgroepen',
      hint: 'Optioneel. Voor welke doelgroep geldt het inzicht?',
      widget: 'select',
      multiple: true,
      required: false,
      options: [
        { label: 'Jongeren', value: 'jongeren' },
        { label: 'Ouderen', value: 'ouderen' },
      ],
    });
  });

  test('search offers it as a facet with counts', async () => {
    server = await serveStatic(build.outDir);
    browser = await launchBrowser();
    const page = await browser.newPage();
    // The facet key is not one of this project's own (it exists only in the copy), so the URL is written out.
    await page.goto(`${server.url}zoeken/?doelgroep=ouderen`);
    await page.waitForFunction(() => {
      const form = document.getElementById('zoeken');
      return form?.dataset.zoekstatus === 'klaar' && form.dataset.zoekvraag === '?doelgroep=ouderen';
    });
    expect(await resultIds(page)).toEqual(['jongeren-en-ouderen-samen']);
    expect(await page.locator('[data-facet="doelgroep"] summary').textContent()).toContain('Doelgroep');
    expect(await page.locator('#f-doelgroep-ouderen').isChecked()).toBe(true);
    // Values of one facet widen the search, so its counts leave its own choice out: 2 with jongeren, 1 with ouderen.
    const aantal = async (id: string) =>
      Number((await page.locator(`label[for="f-doelgroep-${id}"] [data-aantal]`).textContent())?.replace(/\D/g, ''));
    expect(await aantal('jongeren')).toBe(2);
    expect(await aantal('ouderen')).toBe(1);
  });
});
