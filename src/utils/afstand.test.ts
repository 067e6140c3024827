import { describe, expect, test } from 'vitest';
import { afstand } from './afstand.ts';

describe('edit distance', () => {
  test('counts a wrong, missing, extra or swapped letter as one', () => {
    expect(afstand('huisvesting', 'huisvesting')).toBe(0);
    expect(afstand('huisvestnig', 'huisvesting')).toBe(1);
    expect(afstand('huisvesing', 'huisvesting')).toBe(1);
    expect(afstand('gemeentte', 'gemeente')).toBe(1);
    expect(afstand('gemaente', 'gemeente')).toBe(1);
    expect(afstand('kat', 'hond')).toBe(4);
    expect(afstand('gemeente', 'gemeetne')).toBe(1);
    expect(afstand('school', 'scholo')).toBe(1);
    expect(afstand('abc', 'xyz')).toBe(3);
    expect(afstand('', 'abc')).toBe(3);
  });

  test('stops early above the maximum', () => {
    expect(afstand('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(afstand('a', 'abcdef', 2)).toBe(3);
  });
});
