import { describe, expect, test } from 'vitest';
import { alliantieIdVan, isGepubliceerd, isInzichtGepubliceerd } from './publicatie.ts';

const nu = new Date('2026-06-15T12:00:00Z');

describe('isGepubliceerd', () => {
  test('an entry whose date has come is published, whether the date is parsed or raw YAML text', () => {
    expect(isGepubliceerd({ data: { concept: false, datum: new Date('2026-06-15') } }, { nu })).toBe(true);
    expect(isGepubliceerd({ data: { datum: '2021-12-31' } }, { nu })).toBe(true);
  });

  test('a draft is never published, also when its date has come', () => {
    expect(isGepubliceerd({ data: { concept: true, datum: '2020-01-01' } }, { nu })).toBe(false);
  });

  test('an entry dated after now is under embargo', () => {
    expect(isGepubliceerd({ data: { concept: false, datum: new Date('2026-06-16') } }, { nu })).toBe(false);
    expect(isGepubliceerd({ data: { datum: '2999-01-01' } })).toBe(false);
  });

  test('missing or unreadable frontmatter is not published', () => {
    expect(isGepubliceerd({}, { nu })).toBe(false);
    expect(isGepubliceerd({ data: { concept: false } }, { nu })).toBe(false);
    expect(isGepubliceerd({ data: { datum: 'gisteren' } }, { nu })).toBe(false);
  });
});

describe('isInzichtGepubliceerd', () => {
  const inzicht = { data: { datum: '2021-01-01' } };
  test('an insight without an alliance only needs itself', () => {
    expect(isInzichtGepubliceerd(inzicht, new Set(), { nu })).toBe(true);
  });
  test('an insight of an unpublished alliance is not published', () => {
    expect(isInzichtGepubliceerd({ ...inzicht, alliantie: 'verborgen' }, new Set(['andere']), { nu })).toBe(false);
    expect(isInzichtGepubliceerd({ ...inzicht, alliantie: 'andere' }, new Set(['andere']), { nu })).toBe(true);
  });
  test('a draft insight of a published alliance is not published', () => {
    expect(isInzichtGepubliceerd({ data: { concept: true, datum: '2021-01-01' }, alliantie: 'a' }, new Set(['a']), { nu })).toBe(
      false,
    );
  });
});

test('alliantieIdVan reads the alliance from the folder an insight lives in', () => {
  expect(alliantieIdVan({ filePath: 'content/allianties/huisvesting/inzichten/pilot.mdx' })).toBe('huisvesting');
  expect(alliantieIdVan({ filePath: 'C:\\site\\content\\allianties\\zorg\\inzichten\\x.mdx' })).toBe('zorg');
  expect(alliantieIdVan({ filePath: 'content/inzichten/los.mdx' })).toBeUndefined();
  expect(alliantieIdVan({})).toBeUndefined();
});
