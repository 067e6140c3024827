import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { goed, kapot, verwacht } from './fixtures/kapot.ts';
import { metBom, schrijfVijandigeBytes, STACKTRACE, vijandigeTeksten, vijandigVerwacht } from './fixtures/vijandig.ts';
import { buildSite, readListing, readPage, root, type BuildResult } from './helpers/build.ts';
import { alliantie, inzicht, maakContent } from './helpers/fixture.ts';
import { vindMelding } from './helpers/rapport.ts';

/** Every file of a built site as text; Pagefind's gzipped index and fragments decompressed. */
function alleTekst(dir: string): Map<string, string> {
  const uit = new Map<string, string>();
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const abs = path.join(dir, rel);
    if (!fs.statSync(abs).isFile()) continue;
    let buf = fs.readFileSync(abs);
    if (buf[0] === 0x1f && buf[1] === 0x8b) buf = zlib.gunzipSync(buf);
    uit.set(rel, buf.toString('utf8'));
  }
  return uit;
}

describe('a build of broken content', () => {
  let build: BuildResult;
  let dir: string;
  beforeAll(() => {
    dir = maakContent({ ...goed, ...kapot, ...vijandigeTeksten, ...metBom });
    schrijfVijandigeBytes(dir);
    build = buildSite({ contentDir: dir, outDir: path.join(root, '.tmp/authoring-kapot') });
  });

  test('fails before Astro syncs content, so Astro never reports only its first error', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('De content bevat fouten; de site is niet gebouwd.');
    expect(build.output).not.toMatch(/InvalidContentEntryDataError|does not match collection schema|Synced content/);
    expect(fs.existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });

  test.each(verwacht)('lists $naam with file, field in words and message', ({ bestand, label, melding }) => {
    expect(vindMelding(build.output, path.join(dir, bestand), label, melding), build.output).toBeDefined();
  });

  test.each(vijandigVerwacht)('names hostile file $bestand without a stack trace', ({ bestand, veld, delen }) => {
    expect(vindMelding(build.output, path.join(dir, bestand), veld, delen), build.output).toBeDefined();
    expect(build.output).not.toMatch(STACKTRACE);
  });

  test('accepts a good file saved with a byte-order mark and Windows line endings', () => {
    expect(build.output).not.toContain('met-bom.mdx');
  });
});

test('a build with an INZICHTENBANK_NU that is not a moment stops with a Dutch message, not a stack trace', () => {
  const build = buildSite({
    contentDir: maakContent(goed),
    outDir: path.join(root, '.tmp/authoring-nu'),
    env: { INZICHTENBANK_NU: 'morgen' },
  });
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('INZICHTENBANK_NU="morgen" is geen datum of tijdstip');
  expect(build.output).not.toMatch(STACKTRACE);
  expect(fs.existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
});

describe('a build of scaffolded, draft and embargoed content in a git repository', () => {
  const MARKER_CONCEPT = 'kwispeldoornconcept';
  const MARKER_EMBARGO = 'morgenroodembargo';
  let dir: string;
  let build: BuildResult;
  let site: Map<string, string>;
  const gemaakt: Record<string, string> = {};

  const nieuw = (args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/nieuw.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INZICHTENBANK_CONTENT: dir },
    });
    expect(r.status, r.stderr).toBe(0);
    return path.resolve(root, /^Aangemaakt: (.+)$/m.exec(r.stdout)![1]);
  };
  const git = (args: string[], datum?: string) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: dir,
      env: { ...process.env, ...(datum ? { GIT_AUTHOR_DATE: datum, GIT_COMMITTER_DATE: datum } : {}) },
    });

  beforeAll(() => {
    dir = maakContent({
      'inzichten/concept.mdx': inzicht(
        { titel: `Concept ${MARKER_CONCEPT}`, concept: 'true', tags: `[${MARKER_CONCEPT}]` },
        `Tekst ${MARKER_CONCEPT}.`,
      ),
      'inzichten/embargo.mdx': inzicht({ titel: `Embargo ${MARKER_EMBARGO}`, datum: '2999-01-01' }, `Tekst ${MARKER_EMBARGO}.`),
      'allianties/verborgen/index.mdx': alliantie({ naam: `Alliantie ${MARKER_CONCEPT}`, concept: 'true' }),
      'allianties/verborgen/inzichten/van-verborgen-alliantie.mdx': inzicht({ titel: `Inzicht van ${MARKER_CONCEPT}` }),
      'allianties/later/index.mdx': alliantie({ naam: `Alliantie ${MARKER_EMBARGO}`, datum: '2999-01-01' }),
    });
    git(['init', '-q', '-b', 'main']);
    gemaakt.alliantie = nieuw(['alliantie', '--naam', 'Alliantie Mobiliteit Ouderen', '--thema', 'overige-verbindingen']);
    gemaakt.inzicht = nieuw([
      'inzicht',
      '--alliantie',
      'alliantie-mobiliteit-ouderen',
      '--soort',
      'succesvoorwaarde',
      '--titel',
      'Zorg dat één partij de regie voert',
      '--rol',
      'gemeente',
      '--fase',
      'implementatie',
      '--samenvatting',
      'Een pilot slaagt als één partij de regie houdt.',
    ]);
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'Eerste versie'], '2024-03-05T10:00:00+01:00');
    fs.appendFileSync(gemaakt.inzicht, '\nAangevuld.\n');
    git(['commit', '-q', '-am', 'Aanvulling'], '2025-06-07T10:00:00+02:00');
    // Made after the last commit: not in git yet, so the page falls back to its date.
    gemaakt.algemeen = nieuw([
      'inzicht',
      '--alliantie',
      'geen',
      '--soort',
      'systeemfout',
      '--titel',
      'De centralisatiereflex',
      '--fase',
      'verkennen',
    ]);

    build = buildSite({
      contentDir: dir,
      outDir: path.join(root, '.tmp/authoring-site'),
      env: { INZICHTENBANK_REPO_URL: 'https://github.com/voorbeeld/inzichtenbank', INZICHTENBANK_BRANCH: 'main' },
    });
    site = alleTekst(build.outDir);
  });

  test('the build succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('entries made with npm run nieuw appear on the site, in the lists and in the search index', () => {
    expect(path.relative(dir, gemaakt.inzicht)).toBe(
      'allianties/alliantie-mobiliteit-ouderen/inzichten/zorg-dat-een-partij-de-regie-voert.mdx',
    );
    expect(readPage(build.outDir, '/inzichten/zorg-dat-een-partij-de-regie-voert/')).toContain(
      'Zorg dat één partij de regie voert',
    );
    expect(readPage(build.outDir, '/inzichten/de-centralisatiereflex/')).toContain('De centralisatiereflex');
    expect(readPage(build.outDir, '/allianties/alliantie-mobiliteit-ouderen/')).toContain('Alliantie Mobiliteit Ouderen');
    expect(readListing(build.outDir, '/inzichten/').join('')).toContain('/inzichten/zorg-dat-een-partij-de-regie-voert/');
    const index = [...site]
      .filter(([f]) => f.startsWith('pagefind'))
      .map(([, t]) => t)
      .join('\n');
    expect(index).toContain('Zorg dat één partij de regie voert');
    expect(index).toContain('De centralisatiereflex');
  });

  test('drafts and embargoed entries appear in no output at all, not even the search index', () => {
    expect(site.size).toBeGreaterThan(10);
    for (const [bestand, tekst] of site) {
      expect(tekst.toLowerCase().includes(MARKER_CONCEPT), bestand).toBe(false);
      expect(tekst.toLowerCase().includes(MARKER_EMBARGO), bestand).toBe(false);
    }
    for (const pad of [
      'inzichten/concept',
      'inzichten/embargo',
      'inzichten/van-verborgen-alliantie',
      'allianties/verborgen',
      'allianties/later',
    ]) {
      expect(fs.existsSync(path.join(build.outDir, pad)), pad).toBe(false);
    }
  });

  test('an insight page shows its last change from git and links to its history', () => {
    const html = readPage(build.outDir, '/inzichten/zorg-dat-een-partij-de-regie-voert/');
    expect(html).toMatch(/Laatst gewijzigd op <time datetime="2025-06-07T08:00:00.000Z">7 juni 2025<\/time>/);
    expect(html).toContain(
      'href="https://github.com/voorbeeld/inzichtenbank/commits/main/allianties/alliantie-mobiliteit-ouderen/inzichten/zorg-dat-een-partij-de-regie-voert.mdx"',
    );
  });

  test('a file without git history falls back to its publication date', () => {
    const html = readPage(build.outDir, '/inzichten/de-centralisatiereflex/');
    expect(html).toContain('Gepubliceerd op');
    expect(html).not.toContain('Laatst gewijzigd');
  });
});

describe('editor help', () => {
  test('the JSON schemas VS Code uses come from the same Zod schemas, with the taxonomy ids as choices', async () => {
    const { leesTaxonomieIds } = await import('../src/utils/taxonomie.ts');
    const tax = leesTaxonomieIds(path.join(root, 'content'));
    const schema = JSON.parse(fs.readFileSync(path.join(root, '.astro/collections/inzichten.schema.json'), 'utf8'));
    expect(schema.properties.rollen.items.enum).toEqual(tax.rollen);
    expect(schema.properties.soort.enum).toEqual(tax.soorten);
    expect(schema.properties.bronnen.items.properties.document.enum).toEqual(tax.bronnen);
    expect(schema.additionalProperties).toBe(false);
    const alliantieSchema = JSON.parse(fs.readFileSync(path.join(root, '.astro/collections/allianties.schema.json'), 'utf8'));
    expect(alliantieSchema.properties.thema.enum).toEqual(tax.themas);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, '.astro/collections/collections.json'), 'utf8'));
    expect(Object.values(manifest.entries)).toContain('inzichten');
    const settings = fs.readFileSync(path.join(root, '.vscode/settings.json'), 'utf8');
    expect(settings).toContain('"astro.content-intellisense": true');
  });
});
