import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { contentRoot } from '../../test/helpers/content.ts';
import { bestandsmutatie, onschuldig } from '../../test/helpers/mutaties.ts';
import { leesMdx } from '../validation/bestand.ts';
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

/** Texts a hostile or careless editor user types: quotes, colons, newlines, emoji, right-to-left text, 10,000 characters. */
const vijandigeTekst = fc.oneof(
  fc.constantFrom(
    'Let op: de gemeente beslist',
    '"Tussen aanhalingstekens"',
    "Het is 'zo' gegaan",
    'Eerste regel\nTweede regel: met dubbele punt',
    '- lijkt een lijst',
    '# lijkt een opmerking',
    '&anker *alias !tag %directive @ `',
    '--- scheidingslijn ---',
    '...',
    'Gezin 👩‍👩‍👧 en 🏠 woning',
    'مرحبا بالعالم en שלום עולם',
    'a'.repeat(10_000),
    'true',
    '2026-11-05',
    '{ niet: een blok }',
    '[geen, lijst]',
    '   spaties rondom   ',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
);

const echteBestanden = fs
  .readdirSync(path.join(contentRoot, 'inzichten'))
  .slice(0, 10)
  .map((f) => fs.readFileSync(path.join(contentRoot, 'inzichten', f), 'utf8'));

test('reading never throws, and a file saved without changes is written back byte for byte, whatever it holds', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc
          .tuple(fc.constantFrom(...echteBestanden), bestandsmutatie)
          .map(([t, { mutaties }]) => mutaties.reduce((s, m) => m.pas(s), t)),
        fc
          .tuple(fc.constantFrom(...echteBestanden), fc.array(onschuldig, { minLength: 1, maxLength: 4 }))
          .map(([t, vs]) => vs.reduce((s, v) => v.pas(s), t)),
      ),
      (inhoud) => {
        const data = leesBestand(inhoud);
        expect(naarBestand(data, volgorde)).toBe(inhoud);
      },
    ),
    { numRuns: 150 },
  );
});

test('values typed in the form, however hostile, are written so that the check reads them back exactly', () => {
  fc.assert(
    fc.property(vijandigeTekst, vijandigeTekst, vijandigeTekst, (titel, samenvatting, citaat) => {
      const data = {
        ...leesBestand(bestand),
        titel,
        samenvatting,
        citaten: [{ tekst: citaat, naam: titel, organisatie: samenvatting }],
      };
      const uit = naarBestand(data, volgorde);
      const gelezen = leesMdx(uit);
      expect(gelezen.syntaxfouten).toEqual([]);
      const velden = gelezen.data as Record<string, unknown>;
      // Blank texts are dropped by the form (opschonen); every other text comes back exactly.
      if (titel.trim()) expect(velden.titel).toBe(titel);
      if (samenvatting.trim()) expect(velden.samenvatting).toBe(samenvatting);
      if (citaat.trim()) expect((velden.citaten as { tekst: string }[])[0].tekst).toBe(citaat);
      expect(gelezen.body).toBe(leesBestand(bestand).body);
    }),
    { numRuns: 150 },
  );
});

test('a BOM, CRLF or broken YAML never makes the editor throw; the form shows what it can read', () => {
  expect(leesBestand(`\uFEFF${bestand}`).titel).toBe('Sluit een intentieverklaring');
  expect(leesBestand(bestand.replace(/\n/g, '\r\n')).soort).toBe('succesvoorwaarde');
  const bom =
    'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]';
  const kapot = `---\n${bom}\n---\nTekst.\n`;
  expect(leesBestand(kapot)).toMatchObject({ body: 'Tekst.\n' });
  expect(leesBestand(kapot).a).toBeUndefined();
  expect(naarBestand(leesBestand(kapot), volgorde)).toBe(kapot);
  // Filling in the form replaces the unreadable frontmatter with what the form holds.
  expect(naarBestand({ ...leesBestand(kapot), titel: 'Nieuw' }, volgorde)).toBe('---\ntitel: Nieuw\n---\nTekst.\n');
});
