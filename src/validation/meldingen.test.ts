/**
 * One test per message a staff member meets, with the exact file they would write (issue #19):
 * the message says what is wrong and how to write it instead.
 */
import { expect, test } from 'vitest';
import { maakContent } from '../../test/helpers/fixture.ts';
import { valideerContent } from './valideer.ts';

/** The report lines for one file written exactly as given. */
function meldingenVoor(tekst: string) {
  const root = maakContent({ 'inzichten/mijn-inzicht.mdx': tekst });
  return valideerContent({ root, cwd: root }).problems.filter((p) => p.file === 'inzichten/mijn-inzicht.mdx');
}

const bestand = (datum: string) => `---
titel: Sluit een intentieverklaring
soort: succesvoorwaarde
samenvatting: Leg samen vast wat u wilt bereiken.
rollen: [gemeente]
fasen: [verkennen]
bronnen:
  - document: jaarverslag-2021
    sectie: Inzichtenbank
datum: ${datum}
---

De tekst.
`;

test.each([
  ['05-11-2026', 'bedoelt u 2026-11-05?'],
  ['23 november 2026', 'bedoelt u 2026-11-23?'],
  ['5-11-2026', 'bedoelt u 2026-11-05?'],
  ['2026-11-31', '2026-11-31 bestaat niet: november 2026 heeft 30 dagen'],
  ['2026-02-29', '2026-02-29 bestaat niet: februari 2026 heeft 28 dagen'],
  ['morgen', 'moet een datum zijn in de vorm JJJJ-MM-DD (jaar-maand-dag), bijvoorbeeld 2021-12-31'],
])('datum: %s is refused with how to write it', (datum, melding) => {
  const meldingen = meldingenVoor(bestand(datum));
  expect(meldingen).toEqual([
    expect.objectContaining({ field: 'datum', line: 10, level: 'error', message: expect.stringContaining(melding) }),
  ]);
});

test('a real date in JJJJ-MM-DD passes, also on 29 February of a leap year', () => {
  expect(meldingenVoor(bestand('2024-02-29')).filter((p) => p.level === 'error')).toEqual([]);
});

test('a colon in a text: put the text in quotes, with the corrected line', () => {
  const meldingen = meldingenVoor(
    bestand('2026-11-05').replace('titel: Sluit een intentieverklaring', 'titel: Let op: de gemeente beslist'),
  );
  expect(meldingen).toEqual([
    expect.objectContaining({
      line: 2,
      message:
        'in de tekst van titel staat een dubbele punt; zet de hele tekst dan tussen aanhalingstekens: titel: "Let op: de gemeente beslist"',
    }),
  ]);
});

test('the closing --- missing: says where it goes', () => {
  const meldingen = meldingenVoor(bestand('2026-11-05').replace('\n---\n\nDe tekst.', '\n\nDe tekst.'));
  expect(meldingen).toEqual([
    expect.objectContaining({
      line: 11,
      message: expect.stringContaining(
        'de afsluitende regel "---" ontbreekt: zet een regel met alleen --- onder het laatste veld, hier op regel 11',
      ),
    }),
  ]);
});

test('a tab in a quote block is reported once, as a tab, not as five cascading errors', () => {
  const citaat = 'citaten:\n  - tekst: "Zo doen we dat."\n\tnaam: Jan Jansen\n    organisatie: Gemeente\n';
  const meldingen = meldingenVoor(bestand('2026-11-05').replace('bronnen:\n', `${citaat}bronnen:\n`));
  expect(meldingen).toEqual([
    expect.objectContaining({
      line: 9,
      message: 'deze regel springt in met een tab; gebruik spaties om in te springen (steeds twee per niveau)',
    }),
  ]);
});

test('no English parser text in any YAML message', () => {
  const meldingen = meldingenVoor(bestand('2026-11-05').replace('soort: succesvoorwaarde', 'soort: [succesvoorwaarde'));
  expect(meldingen.length).toBeGreaterThan(0);
  for (const m of meldingen) expect(m.message).not.toMatch(/\((?:[A-Z][a-z]+ )+[a-z]/);
});

/** The report as `npm run check` prints it for the file, without the summary line. */
function rapportVoor(tekst: string) {
  return meldingenVoor(tekst).map((p) => `regel ${p.line}, ${p.label}: ${p.message}`);
}

test.each([
  [
    'a quote without organisation',
    'bronnen:\n',
    'citaten:\n  - tekst: "Ik ben omdat wij zijn"\n    naam: Jan Jansen\nbronnen:\n',
    'regel 8, citaat 1, organisatie: de organisatie van de geciteerde persoon ontbreekt',
  ],
  [
    'a misspelled document in the second source',
    '    sectie: Inzichtenbank\n',
    '    sectie: Inzichtenbank\n  - document: jaarverslag-2020\n',
    'regel 10, bron 2, document: "jaarverslag-2020" is geen bekend brondocument',
  ],
  ['a misspelled role', 'rollen: [gemeente]', 'rollen: [gemeentes]', 'regel 5, rol 1: "gemeentes" is geen bekende rol'],
  [
    'a misspelled second phase',
    'fasen: [verkennen]',
    'fasen: [verkennen, evalueer]',
    'regel 6, 2e fase: "evalueer" is geen bekende fase',
  ],
])('%s: the field is named in words', (_, was, wordt, regel) => {
  const uit = rapportVoor(bestand('2026-11-05').replace(was, wordt));
  expect(uit).toEqual([expect.stringContaining(regel)]);
});

test('a placeholder left in a quote is named by the quote and its field; a commented-out example is not content', () => {
  const citaat = [
    '# citaten:',
    '#   - tekst: "NOG INVULLEN"',
    'citaten:',
    '  - tekst: "Ik ben omdat wij zijn"',
    '    naam: NOG INVULLEN',
    '    organisatie: Gemeente Amstelveen',
    '',
  ].join('\n');
  const uit = rapportVoor(bestand('2026-11-05').replace('bronnen:\n', `${citaat}bronnen:\n`));
  expect(uit).toEqual([expect.stringMatching(/^regel 11, citaat 1, naam: hier staat nog "NOG INVULLEN"/)]);
});
