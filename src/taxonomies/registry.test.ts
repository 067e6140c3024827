import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { taxonomieSchemas, termSchema } from '../schemas/taxonomie.ts';
import { deel, genummerdLabel, namenMet, perTaxonomie, TAXONOMIE_NAMEN, TAXONOMIEEN, type TaxonomieNaam } from './registry.ts';

const root = path.resolve(import.meta.dirname, '../..');
const taxonomieMap = path.join(root, 'content/taxonomie');

describe('the taxonomy registry', () => {
  test('declares exactly the taxonomy files of the content, and each file passes its own schema', () => {
    const bestanden = fs
      .readdirSync(taxonomieMap)
      // synoniemen.yaml holds the search's synonym groups, not terms.
      .filter((f) => f.endsWith('.yaml') && f !== 'synoniemen.yaml')
      .map((f) => f.replace(/\.yaml$/, ''));
    expect([...TAXONOMIE_NAMEN].sort()).toEqual(bestanden.sort());
    for (const naam of TAXONOMIE_NAMEN) {
      const termen = parse(fs.readFileSync(path.join(taxonomieMap, `${naam}.yaml`), 'utf8')) as unknown[];
      expect(termen.length, naam).toBeGreaterThan(0);
      for (const term of termen) expect(taxonomieSchemas[naam].safeParse(term).error?.issues, naam).toBeUndefined();
    }
  });

  test('perTaxonomie gives one value per taxonomy, under its own name', () => {
    expect(perTaxonomie<Record<TaxonomieNaam, string>>((naam) => `waarde van ${naam}`)).toEqual(
      Object.fromEntries(TAXONOMIE_NAMEN.map((naam) => [naam, `waarde van ${naam}`])),
    );
    expect(Object.keys(taxonomieSchemas).sort()).toEqual([...TAXONOMIE_NAMEN].sort());
    // A taxonomy without a schema of its own gets the plain term schema.
    for (const naam of TAXONOMIE_NAMEN) expect(taxonomieSchemas[naam]).toBeDefined();
    expect(termSchema.safeParse({ id: 'x', label: 'X', beschrijving: 'Een x.' }).success).toBe(true);
  });

  test('field names, facet keys and method paths are unique, and every facet, feed and checklist has pages', () => {
    const velden = namenMet('inzicht').map((n) => deel(n, 'inzicht').veld);
    expect(new Set(velden).size).toBe(velden.length);
    const facetten = namenMet('facet').map((n) => deel(n, 'facet').sleutel);
    expect(new Set([...facetten, 'alliantie']).size).toBe(facetten.length + 1);
    const paden = namenMet('methode').map((n) => deel(n, 'methode').pad);
    expect(new Set(paden).size).toBe(paden.length);
    const paginas = new Set<string>(namenMet('pagina'));
    for (const naam of [...namenMet('facet'), ...namenMet('feed'), ...namenMet('checklist'), ...namenMet('jsonLd')])
      expect(paginas.has(naam), `${naam} heeft geen pagina's`).toBe(true);
    expect(namenMet('groepeert')).toHaveLength(1);
  });

  test('numbers labels the way each taxonomy shows them', () => {
    expect(genummerdLabel('stappen', { id: 'stap-4', label: 'Schrijf het op', nummer: 4 })).toBe('Stap 4: Schrijf het op');
    expect(genummerdLabel('fasen', { id: 'x', label: 'Alliantie vormen', nummer: 2 })).toBe('2. Alliantie vormen');
    expect(genummerdLabel('stappen', { id: 'tenslotte', label: 'Tenslotte' })).toBe('Tenslotte');
    expect(genummerdLabel('rollen', { id: 'gemeente', label: 'Gemeente', nummer: 1 })).toBe('Gemeente');
    expect(TAXONOMIEEN.rollen.pagina.termTitel({ id: 'gemeente', label: 'Gemeente', meervoud: 'Gemeenten' })).toBe(
      'Inzichten voor gemeenten',
    );
  });

  test('VS Code checks every taxonomy file against its own schema (.vscode/settings.json)', () => {
    const settings = fs.readFileSync(path.join(root, '.vscode/settings.json'), 'utf8');
    // JSON with comments: drop the comment lines.
    const json = JSON.parse(settings.replace(/^\s*\/\/.*$/gm, '')) as { 'yaml.schemas': Record<string, string> };
    expect(json['yaml.schemas']).toEqual(
      Object.fromEntries(
        TAXONOMIE_NAMEN.map((naam) => [`.astro/collections/${naam}.schema.json`, `content/taxonomie/${naam}.yaml`]),
      ),
    );
  });
});
