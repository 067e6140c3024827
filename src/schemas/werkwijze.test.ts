import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { contentDir } from '../utils/paths.ts';
import { leesTaxonomieIds } from '../utils/taxonomie.ts';
import { inzichtSchema } from './inzicht.ts';
import { taxonomieen, type TaxonomieNaam } from './taxonomie.ts';

const tax = leesTaxonomieIds();
const inzicht = inzichtSchema(tax);
const geldig = {
  titel: 'Start klein, met een pilot',
  soort: 'succesvoorwaarde',
  samenvatting: 'Begin op één locatie en leer van de ervaring.',
  rollen: ['vastgoedeigenaar'],
  fasen: ['co-creatie'],
  bronnen: [{ document: 'jaarverslag-2021' }],
  datum: '2026-11-23',
};
const fout = (data: object, veld: string) => {
  const r = inzicht.safeParse({ ...geldig, ...data });
  return r.success ? undefined : r.error.issues.find((i) => i.path.join('.').startsWith(veld))?.message;
};
const lees = (naam: TaxonomieNaam) => parse(fs.readFileSync(path.join(contentDir, 'taxonomie', `${naam}.yaml`), 'utf8'));

describe('the method taxonomies', () => {
  test.each(['principes', 'rondes', 'stappen', 'voorwaarden', 'participatieniveaus', 'overeenkomst', 'fasen'] as const)(
    '%s.yaml passes its schema',
    (naam) => {
      const termen = lees(naam);
      expect(Array.isArray(termen)).toBe(true);
      for (const t of termen) expect(taxonomieen[naam].schema.safeParse(t).error?.issues).toBeUndefined();
      expect(new Set(termen.map((t: { id: string }) => t.id)).size).toBe(termen.length);
    },
  );

  test('has ten numbered steps in three rounds, five conditions and five participation levels', () => {
    const stappen = lees('stappen') as { nummer?: number; ronde?: string }[];
    expect(stappen.filter((s) => s.nummer).map((s) => s.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(stappen.flatMap((s) => (s.ronde ? [s.ronde] : [])))).toEqual(new Set(tax.rondes));
    expect(tax.rondes).toHaveLength(3);
    expect(tax.voorwaarden).toHaveLength(5);
    expect(tax.participatieniveaus).toEqual(['informeren', 'raadplegen', 'adviseren', 'co-creatie', 'zelfontwikkeling']);
  });

  test('the roles of each phase are roles of rollen.yaml', () => {
    for (const fase of lees('fasen') as { rollen: { rol: string }[] }[])
      for (const r of fase.rollen) expect(tax.rollen).toContain(r.rol);
  });
});

describe('the method fields of an insight', () => {
  test('are optional and default to empty lists', () => {
    const data = inzicht.parse(geldig);
    expect([data.principes, data.stappen, data.voorwaarden, data.participatieniveaus, data.overeenkomst]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  test('accept known ids', () => {
    const r = inzicht.safeParse({
      ...geldig,
      principes: [tax.principes[0]],
      stappen: ['stap-1', 'tenslotte'],
      voorwaarden: ['gedeelde-agenda'],
      participatieniveaus: ['co-creatie'],
      overeenkomst: ['samenwerkingsverband'],
    });
    expect(r.error?.issues).toBeUndefined();
  });

  test('reject unknown ids with a Dutch message that lists what is allowed', () => {
    expect(fout({ principes: ['klein-begin'] }, 'principes')).toMatch(
      /^"klein-begin" is geen bekende naam van een principe; toegestaan: .*klein-beginnen/,
    );
    expect(fout({ stappen: ['stap-11'] }, 'stappen')).toMatch(/^"stap-11" is geen bekende stap; toegestaan: stap-1, /);
    expect(fout({ voorwaarden: ['agenda'] }, 'voorwaarden')).toMatch(
      /geen bekende voorwaarde voor collective impact; toegestaan: gedeelde-agenda/,
    );
    expect(fout({ participatieniveaus: ['meedoen'] }, 'participatieniveaus')).toMatch(
      /geen bekende naam van een participatieniveau; toegestaan: informeren/,
    );
    expect(fout({ overeenkomst: ['ambitie'] }, 'overeenkomst')).toMatch(
      /geen bekende paragraaf van de samenwerkingsovereenkomst; toegestaan: maatschappelijke-ambitie/,
    );
    expect(fout({ principes: 'klein-beginnen' }, 'principes')).toMatch(/lijst/);
    expect(fout({ stappen: ['stap-1', 'stap-1'] }, 'stappen')).toBe('noem elke stap maar één keer');
  });
});
