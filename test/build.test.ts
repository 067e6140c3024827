import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, readPage } from './helpers/build.ts';
import { geldigeAlliantie, geldigInzicht, maakContent, mdx } from './helpers/fixture.ts';

const outDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-dist-'));

// Broken fixtures (dangling alliance folder, bad soort and more) are built in test/authoring.test.ts.
describe('building from fixture content', () => {
  test('GFM tables, footnotes, task lists and strikethrough render in an entry', () => {
    const body = [
      'Vooraf een tabel:',
      '',
      '| Partij | Rol |',
      '| --- | --- |',
      '| Gemeente | vergunning |',
      '',
      '- [x] intentieverklaring getekend',
      '- [ ] huur geïnd',
      '',
      'Een bewering met bron[^1] en ~~oude tekst~~.',
      '',
      '[^1]: Jaarverslag 2021.',
    ].join('\n');
    const content = maakContent({
      'allianties/proef/index.mdx': mdx(geldigeAlliantie),
      'allianties/proef/inzichten/gfm-proef.mdx': mdx(geldigInzicht, body),
    });
    const result = buildSite({ contentDir: content, outDir: outDir() });
    expect(result.status, result.output).toBe(0);
    const html = readPage(result.outDir, '/inzichten/gfm-proef/');
    expect(html).toMatch(/<table>[\s\S]*<th>Partij<\/th>[\s\S]*<td>Gemeente<\/td>/);
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
    expect(html).toMatch(/<sup><a href="#user-content-fn-1"/);
    expect(html).toContain('<del>oude tekst</del>');
    expect(readPage(result.outDir, '/allianties/proef/')).toContain('href="/inzichten/gfm-proef/"');
  });
});
