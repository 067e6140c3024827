import { expect, test } from 'vitest';
import { maakContent } from '../../test/helpers/fixture.ts';
import { leesTermen } from './taxonomie.ts';

test('the terms of every taxonomy with their labels, in the order the registry gives (scripts outside the build)', () => {
  const termen = leesTermen();
  expect(termen.fasen.map((t) => [t.nummer, t.label])).toEqual([
    [1, 'Verkennen'],
    [2, 'Alliantie vormen'],
    [3, 'Co-creatie'],
    [4, 'Implementatie'],
    [5, 'Evalueren'],
    [6, 'Borgen van de impact'],
  ]);
  expect(termen.soorten.map((t) => t.label)).toEqual(['Succesvoorwaarde', 'Systeemfout', 'Les']);
  expect(termen.rollen.find((t) => t.id === 'fonds')).toEqual({
    id: 'fonds',
    label: 'Fonds of filantropie',
    meervoud: expect.any(String),
  });
  // A source document's label is its title; principles are listed by label.
  expect(termen.bronnen.find((t) => t.id === 'jaarverslag-2021')?.label).toBe('Jaarverslag 2021');
  const principes = termen.principes.map((t) => t.label);
  expect(principes).toEqual([...principes].sort((a, b) => a.localeCompare(b, 'nl')));
});

test('a broken taxonomy file gives no terms instead of an error (the content check reports the file)', () => {
  const dir = maakContent({ 'taxonomie/rollen.yaml': 'rollen: [niet: af' });
  expect(leesTermen(dir).rollen).toEqual([]);
  expect(leesTermen(dir).fasen).toHaveLength(6);
});
