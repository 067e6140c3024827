import { describe, expect, it } from 'vitest';
import { metAlternatief, naasteAlternatieven, statusTekst } from './zoekstatus.ts';

const status = (q: string, filters = {}) => ({ q, filters });

describe('statusTekst', () => {
  it('says first what was found', () => {
    expect(statusTekst({ status: status('', {}), start: true, aantal: 0, streng: 0, ruim: false })).toBe(
      'Typ een zoekwoord of kies een filter.',
    );
    expect(statusTekst({ status: status('huisvesting'), start: false, aantal: 12, streng: 12, ruim: false })).toBe(
      '12 resultaten voor ‘huisvesting’.',
    );
    expect(
      statusTekst({ status: status('huisvesting', { rol: ['gemeente'] }), start: false, aantal: 1, streng: 1, ruim: false }),
    ).toBe('1 resultaat voor ‘huisvesting’ met 1 filter.');
    expect(statusTekst({ status: status('a b'), start: false, aantal: 23, streng: 0, ruim: true })).toBe(
      'Geen resultaten met alle woorden; 23 met een deel ervan voor ‘a b’.',
    );
    expect(statusTekst({ status: status('a b'), start: false, aantal: 23, streng: 2, ruim: true })).toBe(
      '2 resultaten met alle woorden voor ‘a b’, en 21 met een deel ervan.',
    );
    expect(statusTekst({ status: status('x', { rol: ['a', 'b'] }), start: false, aantal: 0, streng: 0, ruim: false })).toBe(
      'Geen resultaten voor ‘x’ met 2 filters.',
    );
  });
});

describe('naasteAlternatieven', () => {
  const waarden = [
    { sleutel: 'rol' as const, id: 'gemeente', waarde: 'Gemeente', tekst: 'Gemeente' },
    { sleutel: 'rol' as const, id: 'school', waarde: 'School', tekst: 'School' },
    { sleutel: 'rol' as const, id: 'fonds', waarde: 'Fonds', tekst: 'Fonds' },
    { sleutel: 'fase' as const, id: 'borgen', waarde: 'Borgen', tekst: '6. Borgen' },
  ];

  it('names the other values of a chosen facet that have results, most first', () => {
    const alternatieven = naasteAlternatieven(
      status('leraren', { rol: ['gemeente'] }),
      { rol: { School: 4, Fonds: 1, Gemeente: 0 }, fase: { Borgen: 3 } },
      waarden,
    );
    expect(alternatieven).toEqual([
      { sleutel: 'rol', id: 'school', tekst: 'School', aantal: 4 },
      { sleutel: 'rol', id: 'fonds', tekst: 'Fonds', aantal: 1 },
    ]);
  });

  it('replaces the facet’s choice in the link of an alternative', () => {
    expect(metAlternatief(status('leraren', { rol: ['gemeente'], fase: ['borgen'] }), { sleutel: 'rol', id: 'school' })).toEqual({
      q: 'leraren',
      filters: { rol: ['school'], fase: ['borgen'] },
    });
  });
});
