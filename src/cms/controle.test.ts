import { expect, test } from 'vitest';
import { geldigInzicht, mdx } from '../../test/helpers/fixture.ts';
import { leesTaxonomieIds } from '../utils/taxonomie.ts';
import { problemenInTekst, problemenInVelden, veldInWoorden } from './controle.ts';
import { leesBestand } from './mdx-bestand.ts';

const controle = { schema: 'inzicht' as const, taxonomie: leesTaxonomieIds() };

/** What the form holds for a new insight, as Decap passes it to `preSave`: with the file-name helper and empty leftovers. */
const formulier = {
  titel: 'Één gedeelde missie maakt samenwerken makkelijker',
  bestandsnaam: 'een-gedeelde-missie-maakt-samenwerken-makkelijker',
  soort: 'succesvoorwaarde',
  samenvatting: 'Partners die één gedeelde missie formuleren, weten waar ze samen naartoe werken.',
  rollen: ['partners'],
  fasen: ['alliantie-vormen'],
  tags: [],
  citaten: [],
  bronnen: [{ document: 'boekje-ma', sectie: 'Advies van het bestuur', titel: '', url: '' }],
  datum: '2024-02-29',
  concept: false,
  body: 'Formuleer samen één gedeelde missie.\n',
};

test('fields are named as the form names them', () => {
  expect(veldInWoorden(['titel'])).toBe('Titel');
  expect(veldInWoorden(['bronnen', 0])).toBe('bron 1');
  expect(veldInWoorden(['citaten', 1, 'organisatie'])).toBe('citaat 2, Organisatie');
});

test('a complete form passes, leftovers of empty optional fields included', () => {
  expect(problemenInVelden(formulier, controle)).toEqual([]);
});

test('a source without a document or a title is refused in the words of the form', () => {
  const bronnen = [{ sectie: 'Advies van het bestuur', document: '', titel: '' }];
  expect(problemenInVelden({ ...formulier, bronnen }, controle)).toEqual([
    'Bron 1: kies een brondocument uit de lijst, of vul de titel van de bron in.',
  ]);
});

test("a quote without an organisation is refused with the check's message", () => {
  const citaten = [{ tekst: 'De businesscase klopt voor de vastgoedeigenaar.', naam: 'Thijs Eradus', organisatie: ' ' }];
  expect(problemenInVelden({ ...formulier, citaten }, controle)).toEqual([
    'Citaat 1, Organisatie: de organisatie van de geciteerde persoon ontbreekt of is geen tekst.',
  ]);
});

test('an existing entry as the editor reads it passes, its kept source text ignored', () => {
  expect(problemenInVelden(leesBestand(mdx(geldigInzicht)), controle)).toEqual([]);
});

test('the example texts of a component button left in the text, one sentence each', () => {
  expect(problemenInTekst('Inleiding.\n\n<Kernboodschap>\n  De kern in één of twee zinnen.\n</Kernboodschap>\n')).toEqual([
    'In <Kernboodschap> staat nog de voorbeeldtekst "De kern in één of twee zinnen.": vervang die door de kern van het inzicht in één of twee zinnen.',
  ]);
  expect(problemenInTekst('Schrijf `<Citaat naam="Naam">` met een echte naam.\n')).toEqual([]);
});
