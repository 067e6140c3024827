import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, readPage, root } from './helpers/build.ts';
import { geindexeerdePaginas } from '../src/integrations/pagefind.ts';
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

describe('npm run build: the pages, then the search index once Astro has exited', () => {
  const content = () =>
    maakContent({
      'allianties/proef/index.mdx': mdx(geldigeAlliantie),
      'allianties/proef/inzichten/een-inzicht.mdx': mdx(geldigInzicht),
    });
  const node = (script: string, args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [path.join(root, script), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  };

  test('the index is written after Astro has finished, by the build script', () => {
    const result = buildSite({ contentDir: content(), outDir: outDir() });
    expect(result.status, result.output).toBe(0);
    const astroKlaar = result.output.indexOf('Complete!');
    const index = result.output.search(/Zoekindex: \d+ pagina's geïndexeerd/);
    expect(astroKlaar, result.output).toBeGreaterThan(0);
    expect(index, result.output).toBeGreaterThan(astroKlaar);
    expect(fs.existsSync(path.join(result.outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(result.output).not.toContain('De zoekindex is niet gebouwd');
  });

  test('a bare astro build says the index is missing; npm run zoekindex then builds it', () => {
    const out = outDir();
    const cache = `${out}-cache`;
    const env = { INZICHTENBANK_CONTENT: content(), OUT_DIR: out, ASTRO_CACHE_DIR: cache };
    const astro = node('node_modules/astro/bin/astro.mjs', ['build'], env);
    expect(astro.status, astro.output).toBe(0);
    expect(astro.output).toContain("De zoekindex is niet gebouwd: 'astro build' maakt alleen de pagina's.");
    expect(fs.existsSync(path.join(out, 'pagefind'))).toBe(false);

    // Given a site without a cache folder, the index is built without a word cache: none is written,
    // also not into the build's own cache folder (ASTRO_CACHE_DIR).
    const woordencache = path.join(cache, 'zoekindex-woorden.bin');
    const zonderCache = node('scripts/zoekindex.ts', [out], { ASTRO_CACHE_DIR: cache });
    expect(zonderCache.status, zonderCache.output).toBe(0);
    expect(zonderCache.output).toContain(`Zoekindex: ${geindexeerdePaginas(out).length} pagina's geïndexeerd`);
    expect(geindexeerdePaginas(out)).toContain('inzichten/een-inzicht/index.html');
    expect(fs.existsSync(path.join(out, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(fs.existsSync(woordencache), 'geen woordencache zonder cachemap').toBe(false);

    const metCache = node('scripts/zoekindex.ts', [out, cache]);
    expect(metCache.status, metCache.output).toBe(0);
    expect(fs.existsSync(woordencache)).toBe(true);
  });

  test('npm run zoekindex without a built site says so in Dutch, without a stack trace', () => {
    const leeg = outDir();
    const r = node('scripts/zoekindex.ts', [leeg]);
    expect(r.status).toBe(1);
    expect(r.output).toContain(`Zoekindex: geen gebouwde site in ${leeg}. Draai eerst 'npm run build'.`);
    expect(r.output).not.toMatch(/\n\s+at /);
  });
});
