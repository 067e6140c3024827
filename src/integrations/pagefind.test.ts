import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { geindexeerdePaginas, indexSite, paginaUrl } from './pagefind.ts';
import { indexVanHelePaginas } from '../../test/helpers/zoekindex.ts';
import { bestandenVan } from '../../test/helpers/build.ts';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-index-'));
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const body = '<main><article data-pagefind-body>Tekst</article></main>';
const lijst = '<main><ul><li>kaart</li></ul></main>';

describe('geindexeerdePaginas', () => {
  it('names only the pages with data-pagefind-body', () => {
    const dir = site({
      'index.html': lijst,
      'inzichten/index.html': lijst,
      'inzichten/a/index.html': body,
      'inzichten/b/index.html': body,
      'rollen/gemeente/index.html': lijst,
      'werkwijze/stap-1/index.html': body,
      'werkwijze/index.html': lijst,
    });
    expect(geindexeerdePaginas(dir)).toEqual(['inzichten/a/index.html', 'inzichten/b/index.html', 'werkwijze/stap-1/index.html']);
  });

  it('finds the marker anywhere: far into a long page, and across the edge of a read block', () => {
    const opvulling = (n: number) => `<p>${'x'.repeat(n)}</p>`;
    const blok = 64 * 1024;
    const dir = site({
      'ver/index.html': `<main>${opvulling(300_000)}<div data-pagefind-body>Tekst</div></main>`,
      // The marker starts 5 bytes before the end of the first 64 KB block.
      'rand/index.html': `${'y'.repeat(blok - 5 - ' <div '.length)} <div data-pagefind-body>Tekst</div>`,
      'lang-zonder/index.html': `<main>${opvulling(300_000)}</main>`,
      'leeg/index.html': '',
    });
    expect(geindexeerdePaginas(dir)).toEqual(['rand/index.html', 'ver/index.html']);
  });
});

describe('indexSite', () => {
  const pagina = (tekst: string) =>
    `<html lang="nl"><body><main><article data-pagefind-body><h1>Titel</h1><p>${tekst}</p></article></main></body></html>`;

  it('writes the same index with the cache of extra words as without it, also after an edit', async () => {
    const dir = site({
      'inzichten/a/index.html': pagina('Een samenwerkingsverband met de woningcorporatie.'),
      'inzichten/b/index.html': pagina('Het jongerenwerk en de buurtbewoners.'),
      'pagefind/oud.pf_fragment': 'een bestand van een oudere index',
    });
    const cache = path.join(dir, '..', `${path.basename(dir)}-woorden.bin`);
    const zonder = path.join(dir, '..', `${path.basename(dir)}-zonder`);
    // A file of an earlier index, written well before this one.
    fs.utimesSync(path.join(dir, 'pagefind', 'oud.pf_fragment'), new Date('2026-01-01'), new Date('2026-01-01'));
    const metEnZonder = async () => {
      // Into the bundle of the previous run (rewritten in place) with the cache, and into a fresh folder without.
      fs.rmSync(zonder, { recursive: true, force: true });
      const met = await indexSite(dir, { cache });
      expect(await indexSite(dir, { uitvoer: zonder })).toEqual(met);
      expect(bestandenVan(path.join(dir, 'pagefind'))).toEqual(bestandenVan(zonder));
      return met;
    };
    const eerste = await metEnZonder();
    expect(eerste.extraWoorden, 'samenstellingen geven woorddelen').toBeGreaterThan(0);
    expect(fs.existsSync(path.join(dir, 'pagefind', 'oud.pf_fragment')), 'de oude index is weg').toBe(false);
    expect(fs.existsSync(cache)).toBe(true);
    // From the cache now, and then with one page changed.
    expect(await metEnZonder()).toEqual(eerste);
    fs.writeFileSync(path.join(dir, 'inzichten/a/index.html'), pagina('De gemeenteraad en het zorgkantoor.'));
    expect(await metEnZonder()).not.toEqual(eerste);
  }, 60_000);

  it('takes the extra words of an unchanged page from the cache', async () => {
    const dir = site({ 'inzichten/a/index.html': pagina('Een samenwerkingsverband met de woningcorporatie.') });
    const cache = path.join(dir, '..', `${path.basename(dir)}-woorden.bin`);
    expect((await indexSite(dir, { cache })).extraWoorden).toBeGreaterThan(1);
    // The cache is keyed by the page's HTML: give that key one made-up word, and the index takes it.
    const opgeslagen = v8.deserialize(fs.readFileSync(cache)) as { versie: string; items: Map<string, string> };
    for (const sleutel of opgeslagen.items.keys()) opgeslagen.items.set(sleutel, 'uitgevondenwoord');
    fs.writeFileSync(cache, v8.serialize(opgeslagen));
    expect(await indexSite(dir, { cache })).toEqual({ paginas: 1, extraWoorden: 1 });
  }, 60_000);
});

describe('the copy Pagefind reads', () => {
  // Everything Pagefind reads outside the indexed element, and what it skips, around and inside it.
  const lastig = `<!DOCTYPE html><html lang="nl"><head><title>Paginatitel</title><style>p{color:red}</style>
<meta name="auteur" content="Jan" data-pagefind-meta="auteur[content]">
<script type="application/ld+json">{"a":"</div><span data-pagefind-filter=\\"rol:Script\\">"}</script></head>
<body><header data-pagefind-ignore="all"><span data-pagefind-filter="rol:Genegeerd">x</span><div><div id="zoek">diep</div></div><h1>Kop in de kop</h1></header>
<!-- <div data-pagefind-filter="rol:Commentaar">commentaar</div> -->
<span data-pagefind-filter="thema[data-waarde]" data-waarde="Wonen"></span><h1>Eerste kop buiten de body</h1>
<main id="inhoud"><article data-pagefind-body><h2 id="deel">Deel</h2><p>Tekst over samenwerkingsverbanden.</p>
<aside data-pagefind-ignore="all"><div>kaart <div id="k">diep</div></div><script>if (a</aside>) {}</script><img src="/x.png" alt="x"></aside>
<div data-pagefind-ignore>niet geïndexeerd maar <span data-pagefind-meta="datum">2024</span></div>
<img src="/beeld.png" alt="Beeld"><section data-pagefind-ignore='ALL'>hoofdletters</section><h3 id="slot">Slot</h3><p>Woningcorporaties.</p>
</article></main><footer data-pagefind-ignore="all">voet</footer></body></html>`;

  it('gives Pagefind exactly the index of the whole pages', async () => {
    const dir = site({ 'a/index.html': lastig, 'b/index.html': lastig.replace('Wonen', 'Zorg') });
    const heel = path.join(dir, '..', `${path.basename(dir)}-heel`);
    await indexVanHelePaginas(dir, heel);
    await indexSite(dir);
    expect(bestandenVan(path.join(dir, 'pagefind'))).toEqual(bestandenVan(heel));
  }, 60_000);
});

describe('paginaUrl', () => {
  it('gives the address of a page file as Pagefind would', () => {
    expect(paginaUrl('inzichten/a/index.html')).toBe('/inzichten/a/');
    expect(paginaUrl('index.html')).toBe('/');
    expect(paginaUrl('404.html')).toBe('/404.html');
  });
});
