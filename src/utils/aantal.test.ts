import { expect, test } from 'vitest';
import { aantal } from './aantal.ts';

test('one takes the singular; zero and more take the plural', () => {
  expect(aantal(1, 'inzicht', 'inzichten')).toBe('1 inzicht');
  expect(aantal(0, 'inzicht', 'inzichten')).toBe('0 inzichten');
  expect(aantal(12, 'fout', 'fouten')).toBe('12 fouten');
});
