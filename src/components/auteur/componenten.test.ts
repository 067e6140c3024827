import { expect, test } from 'vitest';
import { componenten } from '../../cms/componenten.ts';
import { AUTEURCOMPONENTEN, auteurComponent } from './componenten.ts';

test('the editor offers every author component, with its Dutch label', () => {
  expect(componenten.map((c) => [c.naam, c.label])).toEqual(AUTEURCOMPONENTEN.map((c) => [c.naam, c.label]));
});

test.each(AUTEURCOMPONENTEN.map((c) => [c.naam, c] as const))(
  'the example of <%s> fills in every required attribute and only known ones',
  (naam, c) => {
    const { fragment } = c.voorbeeld;
    const attrs = [...fragment.matchAll(/\s([a-z]+)="/g)].map((m) => m[1]);
    expect(fragment.startsWith(`<${naam}`)).toBe(true);
    expect(fragment.trimEnd().endsWith(`</${naam}>`)).toBe(true);
    for (const verplicht of c.verplicht) expect(attrs).toContain(verplicht);
    for (const attr of attrs) expect(c.toegestaan).toContain(attr);
  },
);

test('a name that is no author component finds nothing', () => {
  expect(auteurComponent('Citaat')?.verplicht).toEqual(['naam', 'organisatie']);
  expect(auteurComponent('Kernbodschap')).toBeUndefined();
});

test('every placeholder is text the button inserts, attribute values where the example puts them', () => {
  const citaat = auteurComponent('Citaat')!.voorbeeld;
  expect(citaat.fragment).toBe(
    '<Citaat naam="Naam" functie="Functie" organisatie="Organisatie">\n  Letterlijk citaat uit de bron.\n</Citaat>\n',
  );
  expect(citaat.plaatshouders.map((p) => [p.attribuut, p.tekst])).toEqual([
    ['naam', 'Naam'],
    ['functie', 'Functie'],
    ['organisatie', 'Organisatie'],
    [undefined, 'Letterlijk citaat uit de bron.'],
  ]);
  for (const c of AUTEURCOMPONENTEN) {
    expect(c.voorbeeld.plaatshouders.length, c.naam).toBeGreaterThan(0);
    for (const p of c.voorbeeld.plaatshouders) {
      expect(c.voorbeeld.fragment).toContain(p.attribuut ? `${p.attribuut}="${p.tekst}"` : p.tekst);
      if (p.attribuut) expect(c.toegestaan).toContain(p.attribuut);
    }
  }
  // A real role is a choice, not a placeholder.
  expect(auteurComponent('Voorwaarden')!.voorbeeld.plaatshouders.map((p) => p.attribuut)).not.toContain('rol');
});
