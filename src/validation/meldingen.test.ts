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

/** An insight whose text holds what the editor's component buttons insert, as a staff member leaves it. */
const metTekst = (tekst: string) => bestand('2026-11-05').replace('De tekst.\n', tekst);

test('the <Citaat> button inserted unchanged: each placeholder is refused, by line and attribute', () => {
  const meldingen = meldingenVoor(
    metTekst(`Gemeenten ondersteunen het project.

<Citaat naam="Naam" functie="Functie" organisatie="Organisatie">
  Letterlijk citaat uit de bron.
</Citaat>
`),
  );
  // Sorted as the report lists them: by line, then by field.
  expect(meldingen).toEqual([
    expect.objectContaining({
      line: 15,
      field: '<Citaat> functie',
      level: 'error',
      message:
        'in <Citaat> staat nog de voorbeeldtekst functie="Functie": vervang die door de functie zoals de bron die noemt, of haal functie="..." weg',
    }),
    expect.objectContaining({
      line: 15,
      field: '<Citaat> naam',
      level: 'error',
      message:
        'in <Citaat> staat nog de voorbeeldtekst naam="Naam": vervang die door de naam van wie het zei, zoals de bron die noemt',
    }),
    expect.objectContaining({
      line: 15,
      field: '<Citaat> organisatie',
      level: 'error',
      message:
        'in <Citaat> staat nog de voorbeeldtekst organisatie="Organisatie": vervang die door de organisatie van wie het zei',
    }),
    expect.objectContaining({
      line: 16,
      field: '<Citaat>',
      level: 'error',
      message:
        'in <Citaat> staat nog de voorbeeldtekst "Letterlijk citaat uit de bron.": vervang die door het citaat, woord voor woord uit de bron',
    }),
  ]);
});

test('a quote filled in except its function: only the function is refused', () => {
  const meldingen = meldingenVoor(
    metTekst(`<Citaat naam="Thijs Eradus" functie="Functie" organisatie="Springplank">
  De businesscase klopt voor de vastgoedeigenaar.
</Citaat>
`),
  );
  expect(meldingen).toEqual([
    expect.objectContaining({ line: 13, field: '<Citaat> functie', message: expect.stringContaining('functie="Functie"') }),
  ]);
});

test('the quote text left in, re-wrapped over two lines: still refused, on its line', () => {
  const meldingen = meldingenVoor(
    metTekst(`Inleiding.

<Citaat naam="Thijs Eradus" organisatie="Springplank">
  Letterlijk citaat
  uit de bron.
</Citaat>
`),
  );
  expect(meldingen).toEqual([
    expect.objectContaining({
      line: 16,
      field: '<Citaat>',
      message: expect.stringContaining('"Letterlijk citaat uit de bron."'),
    }),
  ]);
});

test('the <Kernboodschap> and <Voorwaarden> buttons inserted unchanged: their example texts are refused', () => {
  const meldingen = meldingenVoor(
    metTekst(`<Kernboodschap>
  De kern in één of twee zinnen.
</Kernboodschap>

<Voorwaarden rol="gemeente">
- Sluit een intentieverklaring met de partners.
- Tweede voorwaarde.
</Voorwaarden>
`),
  );
  expect(meldingen).toEqual([
    expect.objectContaining({
      line: 14,
      field: '<Kernboodschap>',
      message:
        'in <Kernboodschap> staat nog de voorbeeldtekst "De kern in één of twee zinnen.": vervang die door de kern van het inzicht in één of twee zinnen',
    }),
    expect.objectContaining({
      line: 19,
      field: '<Voorwaarden>',
      message:
        'in <Voorwaarden> staat nog de voorbeeldtekst "Tweede voorwaarde.": vervang die door een voorwaarde uit de bron, of haal de regel weg',
    }),
  ]);
});

test('the placeholder words as real text, outside a component or in code, are not refused', () => {
  const meldingen = meldingenVoor(
    metTekst(`Naam en organisatie staan bij elk citaat. Schrijf bijvoorbeeld \`<Citaat naam="Naam">\`.

<Citaat naam="Thijs Eradus" organisatie="Springplank">
  De businesscase klopt voor de vastgoedeigenaar.
</Citaat>
`),
  );
  expect(meldingen).toEqual([]);
});

test('a word with a capital in the synonym groups is named by its group and place, as CONTRIBUTING.md shows', () => {
  const root = maakContent({
    'taxonomie/synoniemen.yaml': '- woorden: [maatje, buddy]\n- woorden: [Statushouder, nieuwkomer]\n',
  });
  const meldingen = valideerContent({ root, cwd: root }).problems.map(
    (p) => `${p.file}: regel ${p.line}, ${p.label}: ${p.message}`,
  );
  expect(meldingen).toEqual([
    'taxonomie/synoniemen.yaml: regel 2, groep 2, woord 1: gebruik alleen kleine letters, met spaties, streepjes of apostrofs tussen woorden (geen hoofdletters, cijfers of leestekens)',
  ]);
});
