import { describe, expect, it } from 'vitest';
import { extraWoorden, splitsSamenstelling, woordvormen } from './samenstellingen.ts';

/** A small stand-in for the Dutch dictionary: the words these examples need. */
const woorden = new Set([
  'leraren',
  'leraar',
  'tekort',
  'woning',
  'bestemming',
  'wijzigen',
  'haken',
  'leegstand',
  'leeg',
  'stand',
  'beheerder',
  'beslissing',
  'macht',
  'smacht',
  'samen',
  'werking',
  'overeenkomst',
  'gemeente',
  'ver',
  'gunning',
  'kans',
  'ongelijk',
]);
const isWoord = (w: string) => woorden.has(w);

describe('splitsSamenstelling', () => {
  it('splits a compound into words of the dictionary, longest head first', () => {
    expect(splitsSamenstelling('lerarentekort', isWoord)).toEqual(['leraren', 'tekort']);
    expect(splitsSamenstelling('woningtekort', isWoord)).toEqual(['woning', 'tekort']);
  });

  it('drops the linking s of the modifier and knows nouns derived from a verb', () => {
    expect(splitsSamenstelling('bestemmingswijziging', isWoord)).toEqual(['bestemming', 'wijziging']);
    expect(splitsSamenstelling('beslissingsmacht', isWoord)).toEqual(['beslissing', 'macht']);
  });

  it('strips inflections of the parts and splits both sides again', () => {
    expect(splitsSamenstelling('woningtekorten', isWoord)).toEqual(['woning', 'tekorten']);
    expect(splitsSamenstelling('leegstandbeheerder', isWoord)).toEqual(['leegstand', 'leeg', 'stand', 'beheerder']);
    expect(splitsSamenstelling('kansenongelijkheid', isWoord)).toEqual(['kansen', 'ongelijkheid']);
  });

  it('splits a separable verb from its particle', () => {
    expect(splitsSamenstelling('afhaken', isWoord)).toEqual(['af', 'haken']);
  });

  it('leaves words alone that are not compounds or whose parts are too short', () => {
    expect(splitsSamenstelling('gemeente', isWoord)).toEqual([]);
    expect(splitsSamenstelling('vergunning', isWoord)).toEqual([]);
    expect(splitsSamenstelling('tekort', isWoord)).toEqual([]);
  });

  it('splits hyphenated words at the hyphen', () => {
    expect(splitsSamenstelling('co-creatie', isWoord)).toEqual(['co', 'creatie']);
  });
});

describe('woordvormen', () => {
  it('relates an adjective or participle to its noun or verb', () => {
    expect(woordvormen('leegstaand')).toContain('leegstand');
    expect(woordvormen('leegstaande')).toEqual(expect.arrayContaining(['leegstaand', 'leegstand']));
    expect(woordvormen('ontbrekende')).toContain('ontbreken');
    expect(woordvormen('huisvesting')).toEqual([]);
  });
});

describe('extraWoorden', () => {
  it('gives what the index adds for a word: its parts and the forms that exist', () => {
    expect(extraWoorden('lerarentekort', isWoord)).toEqual(['leraren', 'tekort']);
    expect(extraWoorden('leegstaande', isWoord)).toEqual(['leegstand']);
    expect(extraWoorden('gemeente', isWoord)).toEqual([]);
  });
});
