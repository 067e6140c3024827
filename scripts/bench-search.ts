/**
 * Search benchmark: `npm run bench:search [-- --site <dir>] [--runs <n>] [--build]`.
 *
 * For a built site (default `dist/`, built first when missing or with --build) it
 * opens /zoeken/ in headless Chromium and prints, per run and as the median:
 * - bytes transferred for a first search: everything from opening the page to the
 *   first results (HTML, CSS, script, Pagefind runtime and index), as served
 *   (uncompressed) and as gzip would send it;
 * - the time from the last keystroke to rendered results, for the first search
 *   in a fresh browser (cold) and for a next search on the same page (warm).
 * Figures go to stdout and to bench-results/search.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { launchBrowser } from '../test/helpers/browser.ts';
import { buildSite, root } from '../test/helpers/build.ts';
import { waitForSearch } from '../test/helpers/search.ts';
import { serveStatic } from '../test/helpers/server.ts';
import { WACHTTIJD_MS } from '../src/scripts/zoeken.ts';
import { zoekQueryString } from '../src/utils/zoeken.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: path.join(root, 'dist') },
    runs: { type: 'string', default: '7' },
    build: { type: 'boolean', default: false },
  },
});
const siteDir = path.resolve(values.site);
const runs = Math.max(1, Number(values.runs));
/** A municipality's first question, then a next one. */
const eersteVraag = 'tijdelijke huisvesting daklozen';
const volgendeVraag = 'vergunning';

if (values.build || !fs.existsSync(path.join(siteDir, 'zoeken/index.html'))) {
  console.log(`Building the site into ${siteDir} ...`);
  const build = buildSite({ outDir: siteDir });
  if (build.status !== 0) throw new Error(build.output);
}

const mediaan = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const gzipGrootte = new Map<string, number>();
function gzipped(pad: string): number {
  let n = gzipGrootte.get(pad);
  if (n === undefined) {
    const bestand = pad.endsWith('/') ? path.join(siteDir, pad, 'index.html') : path.join(siteDir, pad);
    n = fs.existsSync(bestand) ? zlib.gzipSync(fs.readFileSync(bestand), { level: 6 }).length : 0;
    gzipGrootte.set(pad, n);
  }
  return n;
}
function soortVan(pad: string): string {
  if (/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(pad)) return 'Pagefind runtime (js, worker, wasm)';
  if (/pagefind\/(pagefind-entry\.json|.*\.pf_meta|filter\/)/.test(pad)) return 'index: meta and filters';
  if (/pagefind\/index\//.test(pad)) return 'index: word chunks';
  if (/pagefind\/fragment\//.test(pad)) return 'index: result fragments';
  if (pad.endsWith('woorden.json')) return 'vocabulary (typo help)';
  return 'page: HTML, CSS, script, icon';
}

const server = await serveStatic(siteDir);
const browser = await launchBrowser();
interface Meting {
  bytes: number;
  gzip: number;
  perSoort: Record<string, number>;
  koud: number;
  koudKlaar: number;
  warm: number;
}
const metingen: Meting[] = [];

try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const begin = server.requests.length;
    await page.goto(`${server.url}zoeken/`);
    await waitForSearch(page, { q: '', filters: {} });
    await page.evaluate(() => {
      const w = window as unknown as { bench: Record<string, number | string> };
      w.bench = {};
      document.addEventListener('keydown', () => (w.bench.toets = performance.now()), true);
      const form = document.getElementById('zoeken')!;
      form.addEventListener('zoeken:getoond', () => (w.bench[`getoond ${form.dataset.getoond}`] = performance.now()));
      form.addEventListener('zoeken:klaar', () => (w.bench[`klaar ${form.dataset.zoekvraag}`] = performance.now()));
    });
    const tijd = async (q: string) => {
      await page.locator('#zoekterm').fill('');
      await page.locator('#zoekterm').pressSequentially(q, { delay: 40 });
      await waitForSearch(page, { q, filters: {} });
      return page.evaluate(
        (v) => {
          const b = (window as unknown as { bench: Record<string, number> }).bench;
          return { getoond: b[`getoond ${v}`]! - b.toets!, klaar: b[`klaar ${v}`]! - b.toets! };
        },
        zoekQueryString({ q, filters: {} }),
      );
    };
    const koud = await tijd(eersteVraag);
    const verzoeken = server.requests.slice(begin);
    const warm = await tijd(volgendeVraag);
    await context.close();

    const perSoort: Record<string, number> = {};
    for (const r of verzoeken) perSoort[soortVan(r.path)] = (perSoort[soortVan(r.path)] ?? 0) + r.bytes;
    const m: Meting = {
      bytes: verzoeken.reduce((n, r) => n + r.bytes, 0),
      gzip: verzoeken.reduce((n, r) => n + gzipped(r.path), 0),
      perSoort,
      koud: koud.getoond,
      koudKlaar: koud.klaar,
      warm: warm.getoond,
    };
    metingen.push(m);
    console.log(
      `run ${run}: first search ${kB(m.bytes)} (${kB(m.gzip)} gzip) in ${verzoeken.length} requests; keystroke to results ${m.koud.toFixed(0)} ms (complete ${m.koudKlaar.toFixed(0)} ms), next search ${m.warm.toFixed(0)} ms`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

const pagina = JSON.parse(fs.readFileSync(path.join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')).languages.nl?.page_count;
const samenvatting = {
  site: path.relative(root, siteDir) || '.',
  indexedPages: pagina,
  runs,
  firstQuery: eersteVraag,
  nextQuery: volgendeVraag,
  firstSearchBytes: mediaan(metingen.map((m) => m.bytes)),
  firstSearchBytesGzip: mediaan(metingen.map((m) => m.gzip)),
  firstSearchBytesByKind: Object.fromEntries(
    Object.keys(metingen[0]!.perSoort).map((k) => [k, mediaan(metingen.map((m) => m.perSoort[k] ?? 0))]),
  ),
  medianKeystrokeToResultsMs: Math.round(mediaan(metingen.map((m) => m.koud))),
  medianKeystrokeToCompleteMs: Math.round(mediaan(metingen.map((m) => m.koudKlaar))),
  medianNextSearchMs: Math.round(mediaan(metingen.map((m) => m.warm))),
};
console.log(`
Search benchmark, ${samenvatting.site} (${pagina} indexed pages), median of ${runs} runs
  first search transfers   ${kB(samenvatting.firstSearchBytes)} as served, ${kB(samenvatting.firstSearchBytesGzip)} with gzip
${Object.entries(samenvatting.firstSearchBytesByKind)
  .map(([k, v]) => `    ${k.padEnd(38)} ${kB(v)}`)
  .join('\n')}
  keystroke to results     ${samenvatting.medianKeystrokeToResultsMs} ms first search ("${eersteVraag}", includes the ${WACHTTIJD_MS} ms typing pause)
                           ${samenvatting.medianKeystrokeToCompleteMs} ms until facet counts and help are shown too
                           ${samenvatting.medianNextSearchMs} ms next search on the same page ("${volgendeVraag}")`);
fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench-results/search.json'), `${JSON.stringify(samenvatting, null, 2)}\n`);
