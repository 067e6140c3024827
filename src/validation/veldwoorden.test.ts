import { expect, test } from 'vitest';
import { alliantieSchema } from '../schemas/alliantie.ts';
import { inzichtSchema } from '../schemas/inzicht.ts';
import { praktijkvoorbeeldSchema } from '../schemas/praktijkvoorbeeld.ts';
import { synoniemGroepSchema } from '../schemas/synoniemen.ts';
import { leesTaxonomieIds } from '../utils/taxonomie.ts';
import { inWoorden, lijstwoord, taxonomieWoord } from './veldwoorden.ts';

test.each([
  ['rollen[0]', 'rol 1'],
  ['citaten[0].organisatie', 'citaat 1, organisatie'],
  ['bronnen[1].document', 'bron 2, document'],
  ['bronnen[0]', 'bron 1'],
  ['tags[3]', 'tag 4'],
  ['aanleiding[2]', 'aanleiding, punt 3'],
  ['partners[1].sector', 'partner 2, sector'],
  ['bijdragen[0].rollen[1]', 'bijdrage 1, rol 2'],
  ['bijdragen[0].inzichten[1]', 'bijdrage 1, inzicht 2'],
  // Phases, steps and conditions carry numbers of their own ("Fase 2"): the position is an ordinal.
  ['fasen[1]', '2e fase'],
  ['stappen[0]', '1e stap'],
  ['rolen', 'rolen'],
  ['titel', 'titel'],
  ['(frontmatter)', 'frontmatter'],
  ['(bestandsnaam)', 'bestandsnaam'],
  ['(tekst) onclick', 'tekst, onclick'],
  ['<Citaat> organisatie', '<Citaat> organisatie'],
  ['onbekend[0]', 'onbekend, nummer 1'],
])('%s reads as "%s"', (field, woorden) => {
  expect(inWoorden(field)).toBe(woorden);
});

test('the items of a file that is a list are named by the registry: a taxonomy file, the synonym groups', () => {
  expect(inWoorden('[12].id', taxonomieWoord('rollen'))).toBe('rol 13, id');
  expect(inWoorden('[2].nummer', taxonomieWoord('fasen'))).toBe('3e fase, nummer');
  expect(inWoorden('[1].woorden[0]', { woord: 'groep' })).toBe('groep 2, woord 1');
});

/** Every list field of a schema, with its path, found by walking the Zod definitions. */
function lijstvelden(schema: unknown, pad = ''): string[] {
  let def = (schema as { _zod: { def: Record<string, any> } })._zod.def;
  while (['optional', 'default', 'nullable', 'prefault', 'pipe'].includes(def.type))
    def = (def.type === 'pipe' ? def.in : def.innerType)._zod.def;
  if (def.type === 'object') {
    return Object.entries(def.shape).flatMap(([naam, veld]) => {
      const binnen = lijstvelden(veld, pad ? `${pad}.${naam}` : naam);
      let d = (veld as { _zod: { def: Record<string, any> } })._zod.def;
      while (['optional', 'default', 'nullable', 'prefault'].includes(d.type)) d = d.innerType._zod.def;
      return d.type === 'array' ? [naam, ...binnen] : binnen;
    });
  }
  return def.type === 'array' ? lijstvelden(def.element, pad) : [];
}

test('every list field of every content schema has a word for its items', () => {
  const tax = leesTaxonomieIds();
  const velden = [inzichtSchema(tax), alliantieSchema(tax), praktijkvoorbeeldSchema(tax), synoniemGroepSchema].flatMap((s) =>
    lijstvelden(s),
  );
  expect(velden).toEqual(expect.arrayContaining(['rollen', 'citaten', 'bronnen', 'aanleiding', 'bijdragen', 'inzichten']));
  expect(velden.filter((veld) => !lijstwoord(veld))).toEqual([]);
});
