import { expect, test } from 'vitest';
import { leesBestand, naarBestand } from './mdx-bestand.ts';

const bestand = `---
titel: "Sluit een intentieverklaring"   # zoals in de bron
soort: succesvoorwaarde
samenvatting: >-
  Eén of twee
  zinnen.
rollen: [gemeente]
themas: []
bronnen:
  - document: jaarverslag-2021
datum: 2026-11-23
---
import Citaat from '../../src/components/Citaat.astro';

Tekst *met* nadruk.

<Citaat naam="X" organisatie="Y">Hoi</Citaat>
* ster
`;
const volgorde = [
  'titel',
  'soort',
  'samenvatting',
  'rollen',
  'fasen',
  'themas',
  'tags',
  'citaten',
  'bronnen',
  'datum',
  'concept',
  'body',
];

test('an unchanged entry is written back byte for byte', () => {
  expect(naarBestand(leesBestand(bestand), volgorde)).toBe(bestand);
});

test('form leftovers (empty lists, concept: false, empty texts) do not change the file', () => {
  const data = { ...leesBestand(bestand), tags: [], citaten: [], concept: false, fasen: undefined, bestandsnaam: 'x' };
  expect(naarBestand(data, volgorde)).toBe(bestand);
});

test('only a changed field is rewritten; new fields go in form order', () => {
  const data = { ...leesBestand(bestand), rollen: ['gemeente', 'school'], tags: ['vergunning'] };
  const uit = naarBestand(data, volgorde);
  expect(uit).toBe(
    bestand
      .replace('rollen: [gemeente]\n', 'rollen: [gemeente, school]\n')
      .replace('bronnen:\n', 'tags: [vergunning]\nbronnen:\n'),
  );
});

test('a new entry is written in the house style without helper fields', () => {
  const uit = naarBestand(
    {
      titel: 'Één missie',
      bestandsnaam: 'een-missie',
      soort: 'les',
      rollen: ['gemeente'],
      citaten: [{ tekst: 'a', naam: 'B', functie: '', organisatie: 'C' }],
      datum: '2026-01-02',
      concept: false,
      body: 'Tekst.\n',
    },
    volgorde,
  );
  expect(uit).toBe(
    '---\ntitel: Één missie\nsoort: les\nrollen: [gemeente]\ncitaten:\n  - tekst: a\n    naam: B\n    organisatie: C\ndatum: 2026-01-02\n---\nTekst.\n',
  );
});
