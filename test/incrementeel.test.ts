import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bestandenVan, buildSite } from './helpers/build.ts';
import { geldigeAlliantie, geldigInzicht, maakContent, mdx } from './helpers/fixture.ts';
import { STEMPEL, stempelInCache } from '../src/integrations/uitvoer.ts';

/**
 * Incremental builds are correct (issue #16): after each kind of edit a staff member makes, a rebuild
 * that reuses the previous output and caches gives exactly the site a cold build of the same content
 * gives: every page, feed, open-data file, the sitemap, the editor's configuration and the search index.
 */

const werk = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-incrementeel-'));
const incrementeelDir = path.join(werk, 'incrementeel');
const NU = '2026-06-01T12:00:00Z';
/** After the embargo date of `embargo.mdx`. */
const LATER = '2026-09-01T12:00:00Z';

const inzichtMet = (velden: Record<string, unknown>, body: string) => mdx({ ...geldigInzicht, ...velden }, body);

const content = maakContent({
  'allianties/proef/index.mdx': mdx(geldigeAlliantie, 'Over de proefalliantie.'),
  'allianties/proef/inzichten/klein-beginnen.mdx': inzichtMet(
    { titel: 'Begin klein met een pilot', principes: ['klein-beginnen'] },
    'Een pilot op één locatie leert de partners wat werkt voordat zij opschalen.',
  ),
  'allianties/proef/inzichten/regie-gemeente.mdx': inzichtMet(
    { titel: 'De gemeente houdt de regie', rollen: ['gemeente'], soort: 'les' },
    'De gemeente bewaakt de voortgang en brengt partners bijeen wanneer een pilot vastloopt.',
  ),
  'inzichten/gedeelde-visie.mdx': inzichtMet(
    { titel: 'Formuleer een gedeelde visie', rollen: ['gemeente', 'facilitator'], fasen: ['verkennen'] },
    'Partners die samen een visie opschrijven, houden elkaar later aan hun afspraken.',
  ),
  'inzichten/vaste-contactpersoon.mdx': inzichtMet(
    { titel: 'Eén vaste contactpersoon per partner', soort: 'systeemfout' },
    'Wisselende contactpersonen vertragen de samenwerking tussen partners.',
  ),
  'inzichten/financiering.mdx': inzichtMet(
    { titel: 'Maak helder wie wat betaalt', fasen: ['alliantie-vormen'] },
    'Onduidelijke financiering laat een pilot stilvallen; spreek vooraf af wie wat betaalt.',
  ),
  'inzichten/concept.mdx': inzichtMet({ titel: 'Nog een concept', concept: true }, 'Dit inzicht is nog niet klaar.'),
  'inzichten/embargo.mdx': inzichtMet({ titel: 'Onder embargo', datum: '2026-08-01' }, 'Dit inzicht verschijnt in augustus.'),
});

/** Every file of a build, by path relative to it; the build id differs per build by design. */
function bestanden(dir: string): Map<string, Buffer> {
  const uit = bestandenVan(dir);
  uit.delete(STEMPEL);
  return uit;
}

/**
 * The open-data files name the moment their data last changed (`gegenereerd`, `created`): a reused
 * file keeps the moment of the build that wrote it, by design. Everything else must be equal byte for byte.
 */
function vergelijkbaar(bestand: string, inhoud: Buffer): Buffer | string {
  if (!bestand.startsWith(`open-data${path.sep}`)) return inhoud;
  return inhoud.toString('utf8').replace(/("(?:gegenereerd|created)":\s*)"[^"]*"/g, '$1"…"');
}

/** The differences between two builds: files missing on either side, and files whose content differs. */
function verschillen(incrementeel: string, koud: string): string[] {
  const a = bestanden(incrementeel);
  const b = bestanden(koud);
  const uit: string[] = [];
  for (const f of b.keys()) if (!a.has(f)) uit.push(`ontbreekt na de incrementele build: ${f}`);
  for (const [f, inhoud] of a) {
    const koudeInhoud = b.get(f);
    if (!koudeInhoud) uit.push(`staat er na de incrementele build te veel: ${f}`);
    else if (!Buffer.from(vergelijkbaar(f, inhoud)).equals(Buffer.from(vergelijkbaar(f, koudeInhoud))))
      uit.push(`verschilt: ${f}`);
  }
  return uit.sort();
}

function bouw(outDir: string, nu: string, incrementeel: boolean) {
  const result = buildSite({ contentDir: content, outDir, env: { INZICHTENBANK_NU: nu }, incrementeel });
  expect(result.status, result.output.slice(-3000)).toBe(0);
  return result;
}

let nu = NU;
let koudNummer = 0;

/** How the rebuild reused pages: left in place in the kept output, or copied back from Astro's cache. */
interface Hergebruik {
  verschillen: string[];
  laten: number;
  teruggezet: number;
}

/** Applies an edit, rebuilds incrementally and cold, and returns the differences. */
function naBewerking(bewerk: () => void): Hergebruik {
  bewerk();
  const incrementeel = bouw(incrementeelDir, nu, true);
  const koudDir = path.join(werk, `koud-${++koudNummer}`);
  bouw(koudDir, nu, false);
  const uit = verschillen(incrementeelDir, koudDir);
  fs.rmSync(koudDir, { recursive: true, force: true });
  fs.rmSync(`${koudDir}-cache`, { recursive: true, force: true });
  const aantal = (woord: string) => incrementeel.output.split(`(${woord})`).length - 1;
  return { verschillen: uit, laten: aantal('cached'), teruggezet: aantal('restored') };
}

const pad = (relatief: string) => path.join(content, relatief);
const vervang = (relatief: string, van: string | RegExp, naar: string) => {
  const tekst = fs.readFileSync(pad(relatief), 'utf8');
  const nieuw = tekst.replace(van, naar);
  expect(nieuw, `${relatief}: ${van}`).not.toBe(tekst);
  fs.writeFileSync(pad(relatief), nieuw);
};
const regels = (lijst: string[]) => `\n  ${lijst.join('\n  ')}`;

beforeAll(() => {
  bouw(incrementeelDir, nu, false);
});

afterAll(() => {
  fs.rmSync(werk, { recursive: true, force: true });
  fs.rmSync(content, { recursive: true, force: true });
});

describe('an incremental rebuild gives exactly the cold build of the same content', () => {
  test('after an unchanged rebuild, which leaves the reused pages in place', () => {
    const { verschillen, laten, teruggezet } = naBewerking(() => {});
    expect(verschillen, regels(verschillen)).toEqual([]);
    expect(laten, 'de rebuild laat pagina’s van de vorige build staan').toBeGreaterThan(0);
    expect(teruggezet, 'niets hoeft uit de cache teruggezet te worden').toBe(0);
  });

  test('after a file no build wrote was put in the output: it is removed', () => {
    const vreemd = path.join(incrementeelDir, 'inzichten', 'oud', 'index.html');
    const { verschillen } = naBewerking(() => {
      fs.mkdirSync(path.dirname(vreemd), { recursive: true });
      fs.writeFileSync(vreemd, '<!doctype html><title>oud</title>');
      fs.utimesSync(vreemd, new Date('2026-01-01'), new Date('2026-01-01'));
    });
    expect(verschillen, regels(verschillen)).toEqual([]);
    expect(fs.existsSync(path.dirname(vreemd)), 'ook de lege map is weg').toBe(false);
  });

  test('after a build that stopped halfway: the output is emptied, and reused pages come from the cache', () => {
    const { verschillen, laten, teruggezet } = naBewerking(() => fs.rmSync(stempelInCache(`${incrementeelDir}-cache`)));
    expect(verschillen, regels(verschillen)).toEqual([]);
    expect(laten).toBe(0);
    expect(teruggezet, 'pagina’s komen uit de cache van Astro').toBeGreaterThan(0);
  });

  test('after a body edit', () => {
    const { verschillen } = naBewerking(() =>
      vervang(
        'allianties/proef/inzichten/klein-beginnen.mdx',
        'voordat zij opschalen.',
        'voordat zij opschalen. Een gedeelde visie en vaste contactpersonen helpen daarbij.',
      ),
    );
    expect(verschillen, regels(verschillen)).toEqual([]);
    expect(fs.readFileSync(path.join(incrementeelDir, 'inzichten/klein-beginnen/index.html'), 'utf8')).toContain(
      'vaste contactpersonen helpen daarbij',
    );
  });

  test('after a frontmatter edit (the title)', () => {
    const { verschillen } = naBewerking(() =>
      vervang('inzichten/gedeelde-visie.mdx', 'Formuleer een gedeelde visie', 'Schrijf samen een gedeelde visie op'),
    );
    expect(verschillen, regels(verschillen)).toEqual([]);
  });

  test('after a new entry', () => {
    const { verschillen } = naBewerking(() =>
      fs.writeFileSync(
        pad('inzichten/evalueer-samen.mdx'),
        inzichtMet({ titel: 'Evalueer samen', fasen: ['evalueren'] }, 'Partners evalueren de pilot samen.'),
      ),
    );
    expect(verschillen, regels(verschillen)).toEqual([]);
    expect(fs.existsSync(path.join(incrementeelDir, 'inzichten/evalueer-samen/index.html'))).toBe(true);
  });

  test('after a deleted entry: its page is gone too', () => {
    const { verschillen } = naBewerking(() => fs.rmSync(pad('inzichten/vaste-contactpersoon.mdx')));
    expect(verschillen, regels(verschillen)).toEqual([]);
    expect(fs.existsSync(path.join(incrementeelDir, 'inzichten/vaste-contactpersoon/index.html'))).toBe(false);
  });

  test('after a taxonomy label change', () => {
    const { verschillen } = naBewerking(() =>
      vervang('taxonomie/rollen.yaml', /label: Gemeente\n/, 'label: Gemeente (bestuur)\n'),
    );
    expect(verschillen, regels(verschillen)).toEqual([]);
    expect(fs.readFileSync(path.join(incrementeelDir, 'inzichten/regie-gemeente/index.html'), 'utf8')).toContain(
      'Gemeente (bestuur)',
    );
  });

  test('after a draft is published', () => {
    const { verschillen } = naBewerking(() => vervang('inzichten/concept.mdx', 'concept: true', 'concept: false'));
    expect(verschillen, regels(verschillen)).toEqual([]);
    expect(fs.existsSync(path.join(incrementeelDir, 'inzichten/concept/index.html'))).toBe(true);
  });

  test('after an embargo date has passed', () => {
    expect(fs.existsSync(path.join(incrementeelDir, 'inzichten/embargo/index.html'))).toBe(false);
    const { verschillen } = naBewerking(() => {
      nu = LATER;
    });
    expect(verschillen, regels(verschillen)).toEqual([]);
    expect(fs.existsSync(path.join(incrementeelDir, 'inzichten/embargo/index.html'))).toBe(true);
  });
});
