import { describe, expect, test } from 'vitest';
import { MAX_AANTAL, idUitPad, leesOpslag, naarLink, schoon, uitLink, verplaats, voegToe, zonder } from './lijst.ts';

describe('the selection as a list of insight ids', () => {
  test('keeps valid ids once, in the order first seen', () => {
    expect(schoon(['b', 'a', 'b', 'A', '-x', 'x-', 'a b', 3, null, 'c-1'])).toEqual(['b', 'a', 'c-1']);
  });

  test('reads a stored value and treats anything unreadable as empty', () => {
    expect(leesOpslag('["a","b","a"]')).toEqual(['a', 'b']);
    expect(leesOpslag(null)).toEqual([]);
    expect(leesOpslag('{"a":1}')).toEqual([]);
    expect(leesOpslag('niet json')).toEqual([]);
    expect(leesOpslag(JSON.stringify(Array.from({ length: MAX_AANTAL + 10 }, (_, i) => `i${i}`)))).toHaveLength(MAX_AANTAL);
  });

  test('adds at the end without moving what is already there, and removes one', () => {
    expect(voegToe(['a', 'b'], ['c', 'a', 'd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(zonder(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  test('moves an id one place up or down, and not past either end', () => {
    expect(verplaats(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(verplaats(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(verplaats(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(verplaats(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(verplaats(['a'], 'x', 1)).toEqual(['a']);
  });

  test('a share link holds the ids in order and reads back the same', () => {
    expect(naarLink(['b', 'a'])).toBe('?i=b&i=a');
    expect(naarLink([])).toBe('');
    expect(uitLink('?i=b&i=a&i=b')).toEqual({ ids: ['b', 'a'], ongeldig: 0 });
    expect(uitLink('?i=<script>&i=ok&q=x&i=')).toEqual({ ids: ['ok'], ongeldig: 2 });
  });
});

test('a search result is saved by the id in its address, and only insight pages have one', () => {
  expect(idUitPad('/inzichten/start-klein-in-pilotvorm/')).toBe('start-klein-in-pilotvorm');
  expect(idUitPad('/basis/inzichten/start-klein-in-pilotvorm/?x=1#kop')).toBe('start-klein-in-pilotvorm');
  expect(idUitPad('/allianties/wijschool/')).toBeUndefined();
  expect(idUitPad('/inzichten/')).toBeUndefined();
  expect(idUitPad('/inzichten/<script>/')).toBeUndefined();
});
