import { describe, expect, test } from 'vitest';
import { maakVerwantIndex, tokens, type VerwantDocument } from './verwant.ts';

const doc = (id: string, tekst: string, extra: Partial<VerwantDocument> = {}): VerwantDocument => ({
  id,
  titel: tekst,
  samenvatting: '',
  tags: [],
  tekst: '',
  principes: [],
  rollen: ['gemeente'],
  fasen: ['verkennen'],
  ...extra,
});

const corpus: VerwantDocument[] = [
  doc('pilot-pand', 'Start een pilot met een leeg kantoorpand voor daklozen', {
    principes: ['klein-beginnen'],
    alliantie: 'huisvesting',
  }),
  doc('pilot-pand-2', 'Tijdelijke huisvesting voor daklozen in een leeg kantoorpand', { alliantie: 'huisvesting' }),
  doc('klein-handelen', 'Stel een groot doel en handel klein op scholen', {
    principes: ['klein-beginnen'],
    alliantie: 'onderwijs',
  }),
  doc('lerarentekort', 'Het lerarentekort treft scholen in kwetsbare wijken', { alliantie: 'onderwijs' }),
  doc('mobiliteit', 'Passend mobiliteitsaanbod voor ouderen in gemeenten', { alliantie: 'mobiliteit' }),
  doc('enquete', 'Een enquête onder ouderen over mobiliteit', { alliantie: 'mobiliteit' }),
  doc('agenda', 'Werk vanuit een gedeelde agenda en missie', { principes: ['gedeelde-missie'] }),
  doc('missie', 'Formuleer een gezamenlijke missie binnen de allianties', { principes: ['gedeelde-missie'] }),
];

describe('tokens', () => {
  test('strips diacritics, stop words, numbers and short words, and stems Dutch plurals alike', () => {
    expect(tokens('Eén gemeente en de gemeenten, 2021')).toEqual(['gemeent', 'gemeent']);
    expect(tokens('creëren')).toEqual(tokens('creeren'));
    expect(tokens('stappen')).toEqual(tokens('stap'));
    expect(tokens('partners')).toEqual(tokens('partner'));
  });
});

describe('maakVerwantIndex', () => {
  test('finds the textually closest insight first and never the insight itself', () => {
    const index = maakVerwantIndex(corpus);
    const top = index.verwant('mobiliteit');
    expect(top[0].id).toBe('enquete');
    for (const d of corpus) expect(index.verwant(d.id).map((t) => t.id)).not.toContain(d.id);
  });

  test('a shared principle links insights of different alliances that share no words', () => {
    const index = maakVerwantIndex(corpus);
    const top = index.verwant('klein-handelen');
    const pilot = top.find((t) => t.id === 'pilot-pand');
    expect(pilot?.principes).toEqual(['klein-beginnen']);
    expect(pilot?.zelfdeAlliantie).toBe(false);
    // It outranks the other insight of the same alliance, which only shares a word.
    expect(top.findIndex((t) => t.id === 'pilot-pand')).toBeLessThan(top.findIndex((t) => t.id === 'lerarentekort'));
    expect(index.verwant('agenda')[0].id).toBe('missie');
  });

  test('returns at most k results, best first', () => {
    const index = maakVerwantIndex(corpus, { k: 2 });
    for (const d of corpus) {
      const top = index.verwant(d.id);
      expect(top.length).toBeLessThanOrEqual(2);
      for (let i = 1; i < top.length; i++) expect(top[i - 1].score).toBeGreaterThanOrEqual(top[i].score);
    }
    expect(index.verwant('bestaat-niet')).toEqual([]);
  });

  test('answers do not depend on which insights were asked before (shared scratch space is reset)', () => {
    const gedeeld = maakVerwantIndex(corpus);
    const inVolgorde = corpus.map((d) => gedeeld.verwant(d.id));
    const los = [...corpus]
      .reverse()
      .map((d) => maakVerwantIndex(corpus).verwant(d.id))
      .reverse();
    expect(inVolgorde).toEqual(los);
  });

  test('champion lists bound the work per term but keep the strongest matches', () => {
    // 300 documents share the word "samenwerking"; one also shares the rare words of the query.
    const veel = Array.from({ length: 300 }, (_, i) => doc(`ruis-${i}`, `samenwerking nummer${i}`));
    const docs = [
      ...veel,
      doc('vraag', 'samenwerking rond zeldzame buddysysteem antikraak'),
      doc('antwoord', 'buddysysteem antikraak samenwerking'),
    ];
    const index = maakVerwantIndex(docs, { maxPostings: 5 });
    expect(index.verwant('vraag')[0].id).toBe('antwoord');
  });
});
