import { describe, expect, it } from 'vitest';
import { astroEntryTypes, isPlainMarkdown } from './loader.ts';

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

describe('astroEntryTypes', () => {
  const getEntryInfo = async () => ({ data: {}, body: '' });
  const md = { extensions: ['.md'], getEntryInfo, getRenderFunction: async () => async () => ({ html: '' }) };
  const mdx = { extensions: ['.mdx'], getEntryInfo };

  it('reads the entry types Astro passes to loaders', () => {
    const entryTypes = new Map<string, object>([
      ['.md', md],
      ['.mdx', mdx],
    ]);
    expect(astroEntryTypes({ entryTypes })).toBe(entryTypes);
  });

  // The real build runs the loader on every build (test/global-setup.ts), so a change in Astro stops it with this error.
  it('stops with a clear error when Astro passes them differently', () => {
    for (const context of [
      {},
      { entryTypes: [md, mdx] },
      { entryTypes: new Map([['.mdx', mdx]]) },
      {
        entryTypes: new Map([
          ['.md', mdx],
          ['.mdx', mdx],
        ]),
      },
    ])
      expect(() => astroEntryTypes(context)).toThrow(
        /Astro passes loaders no `entryTypes` that read and render Markdown and MDX/,
      );
  });
});
