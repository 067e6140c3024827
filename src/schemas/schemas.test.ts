import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { allianceFiles, insightFiles } from '../../test/helpers/content.ts';
import { leesTaxonomieIds } from '../utils/taxonomie.ts';
import { alliantieSchema } from './alliantie.ts';
import { inzichtSchema } from './inzicht.ts';
import { bronDocumentSchema, soortSchema, stapSchema, taxonomieen } from './taxonomie.ts';

const tax = leesTaxonomieIds();
const inzicht = inzichtSchema(tax);
const alliantie = alliantieSchema(tax);

const geldig = {
  titel: 'Start klein, met een pilot',
  soort: 'succesvoorwaarde',
  samenvatting: 'Begin op één locatie en leer van de ervaring.',
  rollen: ['vastgoedeigenaar'],
  fasen: ['co-creatie'],
  bronnen: [{ document: 'jaarverslag-2021', sectie: 'Inzichtenbank Huisvesting Alliantie' }],
  datum: '2026-11-23',
};

/** Messages per field path, as staff would read them. */
function fouten(data: unknown, schema: z.ZodType = inzicht): Record<string, string> {
  const result = schema.safeParse(data);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.') || '(frontmatter)', i.message]));
}

describe('the schemas accept the real content', () => {
  test.each(insightFiles().map((f) => [f.file.replace(/.*content\//, ''), f.data]))('%s', (_file, data) => {
    expect(fouten(data)).toEqual({});
  });
  test.each(allianceFiles().map((f) => [f.file.replace(/.*content\//, ''), f.data]))('%s', (_file, data) => {
    expect(fouten(data, alliantie)).toEqual({});
  });
});

describe('the insight schema rejects bad frontmatter with Dutch messages', () => {
  test('a valid entry passes and gets defaults', () => {
    const data = inzicht.parse(geldig);
    expect(data.concept).toBe(false);
    expect(data.citaten).toEqual([]);
    expect(data.datum).toBeInstanceOf(Date);
  });

  test('an unknown soort lists the allowed values', () => {
    expect(fouten({ ...geldig, soort: 'succesvoorwaarden' }).soort).toBe(
      '"succesvoorwaarden" is geen bekende soort; toegestaan: succesvoorwaarde, systeemfout, les',
    );
  });

  test('an unknown role names the role and lists the roles', () => {
    const msg = fouten({ ...geldig, rollen: ['gemeentes'] })['rollen.0'];
    expect(msg).toMatch(/^"gemeentes" is geen bekende rol; toegestaan: /);
    for (const rol of tax.rollen) expect(msg).toContain(rol);
  });

  test('missing title, summary and sources are each reported', () => {
    const { titel, samenvatting, bronnen, ...rest } = geldig;
    const f = fouten(rest);
    expect(f.titel).toBe('de titel ontbreekt of is geen tekst');
    expect(f.samenvatting).toBe('de samenvatting ontbreekt of is geen tekst');
    expect(f.bronnen).toBe(
      'bronnen ontbreekt: noem minstens één bron, bijvoorbeeld "- document: jaarverslag-2021" met een sectie',
    );
    expect(fouten({ ...geldig, bronnen: [] }).bronnen).toBe('noem minstens één bron: elk inzicht zegt waar het vandaan komt');
  });

  test('a summary that does not fit a card is refused with its length', () => {
    expect(fouten({ ...geldig, samenvatting: 'x'.repeat(301) }).samenvatting).toBe(
      'de samenvatting is te lang: 301 tekens, maximaal 300',
    );
  });

  test('a whitespace-only title counts as empty', () => {
    expect(fouten({ ...geldig, titel: '   ' }).titel).toBe('de titel is leeg');
  });

  test('a quote without organisation is refused', () => {
    expect(fouten({ ...geldig, citaten: [{ tekst: 'Wij deden het samen.', naam: 'A. Persoon' }] })['citaten.0.organisatie']).toBe(
      'de organisatie van de geciteerde persoon ontbreekt of is geen tekst',
    );
  });

  test('a misspelled field name is reported with the allowed fields', () => {
    expect(fouten({ ...geldig, rol: ['gemeente'] })['(frontmatter)']).toMatch(
      /^onbekend veld in de frontmatter: rol; toegestaan: titel, soort/,
    );
  });

  test('a bad date explains the format', () => {
    expect(fouten({ ...geldig, datum: 'gisteren' }).datum).toBe(
      'moet een datum zijn in de vorm JJJJ-MM-DD (jaar-maand-dag), bijvoorbeeld 2021-12-31',
    );
  });

  test('a javascript: link as source address is refused', () => {
    expect(fouten({ ...geldig, bronnen: [{ titel: 'X', url: 'javascript:alert(1)' }] })['bronnen.0.url']).toBe(
      'moet een volledig webadres zijn dat begint met https:// of http://',
    );
  });
});

describe('the alliance schema', () => {
  test('an unknown status and sector are refused with the allowed values', () => {
    const f = fouten(
      {
        naam: 'X',
        samenvatting: 'Y',
        thema: 'onderwijs',
        startjaar: 2020,
        status: 'gestopt',
        doel: 'Z',
        aanleiding: ['A'],
        partners: [{ naam: 'P', sector: 'markt' }],
        bronnen: [{ document: 'jaarverslag-2021' }],
        datum: '2026-11-23',
      },
      alliantie,
    );
    expect(f.status).toBe('"gestopt" is geen bekende status; toegestaan: actief, verzelfstandigd, afgerond');
    expect(f['partners.0.sector']).toMatch(/^"markt" is geen bekende sector; toegestaan: overheid, bedrijfsleven/);
  });
});

test('messages agree the adjective with het-words: "geen bekend thema"', () => {
  expect(fouten({ ...geldig, themas: ['wonen'] })['themas.0']).toMatch(/^"wonen" is geen bekend thema; toegestaan: /);
  expect(fouten({ ...geldig, bronnen: [{ document: 'x' }] })['bronnen.0.document']).toMatch(
    /^"x" is geen bekend brondocument; toegestaan: /,
  );
});

describe('the taxonomy schemas reject bad terms with Dutch messages', () => {
  test('missing, empty and mistyped fields say what is wrong, with no English from the parser', () => {
    expect(fouten({ id: 'extra', beschrijving: 'Uitleg.', volgorde: 'veel' }, soortSchema)).toEqual({
      label: 'het label ontbreekt of is geen tekst',
      meervoud: 'het meervoud ontbreekt of is geen tekst',
      volgorde: 'de volgorde ontbreekt of is geen getal; schrijf alleen cijfers, zonder aanhalingstekens',
    });
    expect(fouten({ label: '', beschrijving: 'Uitleg.', meervoud: 'Extra', volgorde: 2.5 }, soortSchema)).toEqual({
      id: 'de id ontbreekt of is geen tekst',
      label: 'het label is leeg',
      volgorde: 'de volgorde moet een geheel getal zijn, zonder komma',
    });
    expect(
      fouten({ id: 'stap-x', label: 'X', beschrijving: 'Uitleg.', nummer: 0, toelichting: 'één alinea' }, stapSchema),
    ).toEqual({
      nummer: 'het nummer moet 1 of hoger zijn',
      toelichting: 'moet een lijst zijn: zet elk punt op een eigen regel die met "- " begint',
    });
    expect(fouten({ id: 'x', titel: 'X', url: 'javascript:alert(1)' }, bronDocumentSchema).url).toBe(
      'moet een volledig webadres zijn dat begint met https:// of http://',
    );
  });

  test('every taxonomy schema answers an empty term in Dutch', () => {
    for (const [naam, { schema }] of Object.entries(taxonomieen)) {
      const meldingen = Object.values(fouten({}, schema));
      expect(meldingen.length, naam).toBeGreaterThan(0);
      for (const m of meldingen) expect(m, `${naam}: ${m}`).not.toMatch(/Invalid|expected|received|Required/);
    }
  });
});
