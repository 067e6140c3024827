import { expect, test } from 'vitest';
import { componenten } from '../../cms/componenten.ts';
import { AUTEURCOMPONENTEN, auteurComponent } from './componenten.ts';

test('the editor offers every author component, with its Dutch label', () => {
  expect(componenten.map((c) => [c.naam, c.label])).toEqual(AUTEURCOMPONENTEN.map((c) => [c.naam, c.label]));
});

test.each(AUTEURCOMPONENTEN.map((c) => [c.naam, c] as const))(
  'the example of <%s> fills in every required attribute and only known ones',
  (naam, c) => {
    const attrs = [...c.fragment.matchAll(/\s([a-z]+)="/g)].map((m) => m[1]);
    expect(c.fragment.startsWith(`<${naam}`)).toBe(true);
    for (const verplicht of c.verplicht) expect(attrs).toContain(verplicht);
    for (const attr of attrs) expect(c.toegestaan).toContain(attr);
  },
);

test('a name that is no author component finds nothing', () => {
  expect(auteurComponent('Citaat')?.verplicht).toEqual(['naam', 'organisatie']);
  expect(auteurComponent('Kernbodschap')).toBeUndefined();
});
