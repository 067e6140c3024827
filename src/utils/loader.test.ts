import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from './loader.ts';

describe('isPlainMarkdown', () => {
  it('accepts prose, headings, lists, links and emphasis', () => {
    expect(
      isPlainMarkdown('Een alinea met *nadruk* en een [link](https://example.org/).\n\n## Kop\n\n- een\n- twee\n  - genest'),
    ).toBe(true);
  });

  it('sends everything MDX reads differently to MDX', () => {
    for (const body of [
      "import Citaat from '../../components/Citaat.astro';\n\nTekst.",
      'export const x = 1;\n\nTekst.',
      'Tekst met <Citaat naam="A" organisatie="B" />.',
      'Tekst met een {uitdrukking}.',
      'Een <https://example.org> autolink.',
      'Minder dan <5 jaar.',
      'Een alinea.\n\n    ingesprongen code',
      '```\ncode\n```',
    ])
      expect(isPlainMarkdown(body), body).toBe(false);
  });
});
