import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { inzicht, maakContent } from '../../test/helpers/fixture.ts';
import { leesMdx } from './bestand.ts';
import { alGelezen } from './bestandcache.ts';
import { valideerContent } from './valideer.ts';

const mappen: string[] = [];
afterEach(() => {
  for (const m of mappen.splice(0)) fs.rmSync(m, { recursive: true, force: true });
});

/** A tree with a valid insight, frontmatter mistakes, a quote that is not in its source, and a binary file. */
function boom(): string {
  const root = maakContent({
    'inzichten/goed.mdx': inzicht(),
    'inzichten/dubbele-punt.mdx': inzicht({ titel: 'Let op: de gemeente beslist' }),
    'inzichten/onbekende-rol.mdx': inzicht({ rollen: '[gemeente, burgemeester]' }),
    'inzichten/citaat.mdx': inzicht({
      citaten:
        '\n  - tekst: "Deze zin staat nergens in het jaarverslag."\n    naam: Jan Jansen\n    functie: wethouder\n    organisatie: Gemeente Breda',
    }),
    'inzichten/geen-frontmatter.mdx': 'Alleen tekst.\n',
    'inzichten/nog-invullen.mdx': inzicht({ samenvatting: 'NOG INVULLEN' }),
  });
  fs.writeFileSync(path.join(root, 'inzichten/plaatje.mdx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
  mappen.push(root);
  return root;
}

const controleer = (root: string, cache?: string) => valideerContent({ root, cwd: root, cache }).problems;

test('a check from the cache reports exactly what a check without it reports, lines included', () => {
  const root = boom();
  const cache = path.join(root, '..', `${path.basename(root)}.cache.bin`);
  mappen.push(cache);
  const zonder = controleer(root);
  expect(zonder.filter((p) => p.level === 'error').length).toBeGreaterThanOrEqual(5);
  expect(zonder.some((p) => p.file === 'inzichten/nog-invullen.mdx' && p.field === 'samenvatting')).toBe(true);
  expect(controleer(root, cache)).toEqual(zonder);
  expect(fs.existsSync(cache)).toBe(true);
  expect(controleer(root, cache), 'tweede keer, uit de cache').toEqual(zonder);
});

test('an edited file is read again; a fixed file no longer reports its problem', () => {
  const root = boom();
  const cache = path.join(root, '..', `${path.basename(root)}.cache.bin`);
  mappen.push(cache);
  controleer(root, cache);
  fs.writeFileSync(path.join(root, 'inzichten/goed.mdx'), inzicht({ soort: 'wens' }));
  fs.writeFileSync(path.join(root, 'inzichten/dubbele-punt.mdx'), inzicht({ titel: '"Let op: de gemeente beslist"' }));
  const na = controleer(root, cache);
  expect(na).toEqual(controleer(root));
  expect(na.some((p) => p.file === 'inzichten/goed.mdx' && p.field === 'soort')).toBe(true);
  expect(na.some((p) => p.file === 'inzichten/dubbele-punt.mdx')).toBe(false);
});

test('a damaged cache file is ignored, not trusted', () => {
  const root = boom();
  const cache = path.join(root, '..', `${path.basename(root)}.cache.bin`);
  mappen.push(cache);
  fs.writeFileSync(cache, 'geen cache');
  expect(controleer(root, cache)).toEqual(controleer(root));
});

test('the content loader gets the readings of the check it ran after, and reads other texts itself', () => {
  const root = boom();
  const cache = path.join(root, '..', `${path.basename(root)}.cache.bin`);
  mappen.push(cache);
  controleer(root, cache);
  for (const bestand of ['inzichten/goed.mdx', 'inzichten/dubbele-punt.mdx', 'inzichten/onbekende-rol.mdx']) {
    const tekst = fs.readFileSync(path.join(root, bestand), 'utf8');
    const gelezen = alGelezen(tekst);
    expect(gelezen?.data, bestand).toEqual(leesMdx(tekst).data);
    expect(gelezen?.syntaxfouten, bestand).toEqual(leesMdx(tekst).syntaxfouten);
  }
  expect(alGelezen(inzicht({ titel: 'Een tekst die de controle nooit las' }))).toBeUndefined();
});
