import { describe, expect, test } from 'vitest';
import { naasteCombinaties, tel, type Plaatsing } from './combinaties.ts';

const inzichten: Plaatsing[] = [
  { rollen: ['gemeente'], fasen: ['alliantie-vormen'], themas: ['sociale-huisvesting'] },
  { rollen: ['gemeente'], fasen: ['alliantie-vormen', 'implementatie'], themas: ['sociale-huisvesting'] },
  { rollen: ['gemeente'], fasen: ['verkennen'], themas: ['onderwijs'] },
  { rollen: ['partners'], fasen: ['alliantie-vormen'], themas: ['onderwijs'] },
  { rollen: ['gemeente'], fasen: ['alliantie-vormen'], themas: [] },
];
const termen = {
  fasen: ['verkennen', 'alliantie-vormen', 'implementatie'],
  themas: ['sociale-huisvesting', 'onderwijs', 'tolerantie'],
  allePartners: 'partners',
};

describe('tel', () => {
  const t = tel(inzichten);
  test('counts per role and phase over every theme, general insights included', () => {
    expect(t.aantal({ rol: 'gemeente', fase: 'alliantie-vormen' })).toBe(3);
  });
  test('counts per role, phase and theme; general insights belong to no single theme', () => {
    expect(t.aantal({ rol: 'gemeente', fase: 'alliantie-vormen', thema: 'sociale-huisvesting' })).toBe(2);
    expect(t.aantal({ rol: 'gemeente', fase: 'alliantie-vormen', thema: 'onderwijs' })).toBe(0);
  });
});

describe('naasteCombinaties', () => {
  test('for an empty role, phase and theme: every theme, all partners, another phase, another theme', () => {
    const s = naasteCombinaties(tel(inzichten), { rol: 'gemeente', fase: 'alliantie-vormen', thema: 'onderwijs' }, termen);
    expect(s).toEqual([
      { combinatie: { rol: 'gemeente', fase: 'alliantie-vormen' }, verschil: 'alle-themas', aantal: 3 },
      { combinatie: { rol: 'partners', fase: 'alliantie-vormen', thema: 'onderwijs' }, verschil: 'alle-partners', aantal: 1 },
      { combinatie: { rol: 'gemeente', fase: 'verkennen', thema: 'onderwijs' }, verschil: 'andere-fase', aantal: 1 },
      {
        combinatie: { rol: 'gemeente', fase: 'alliantie-vormen', thema: 'sociale-huisvesting' },
        verschil: 'ander-thema',
        aantal: 2,
      },
    ]);
  });

  test('offers only combinations that hold insights, at most two of each kind, the fullest first', () => {
    const veel = [
      ...inzichten,
      { rollen: ['gemeente'], fasen: ['implementatie'], themas: ['onderwijs'] },
      { rollen: ['gemeente'], fasen: ['implementatie'], themas: ['onderwijs'] },
      { rollen: ['gemeente'], fasen: ['verkennen'], themas: ['tolerantie'] },
    ];
    const s = naasteCombinaties(tel(veel), { rol: 'gemeente', fase: 'alliantie-vormen', thema: 'onderwijs' }, termen);
    expect(s.filter((x) => x.verschil === 'andere-fase').map((x) => [x.combinatie.fase, x.aantal])).toEqual([
      ['implementatie', 2],
      ['verkennen', 1],
    ]);
    expect(s.every((x) => x.aantal > 0)).toBe(true);
  });

  test('without a theme, all partners does not suggest itself', () => {
    const s = naasteCombinaties(tel(inzichten), { rol: 'partners', fase: 'verkennen' }, termen);
    expect(s.map((x) => x.verschil)).toEqual(['andere-fase']);
  });
});
