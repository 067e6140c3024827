/**
 * Lighthouse benchmark: `npm run bench:lighthouse [-- --css link|inline|beide] [--runs <n>] [--preset mobile|desktop|beide]`.
 *
 * Builds the site (into bench-results/lighthouse-<css>/, with the layout stylesheet linked or
 * inlined: INZICHTENBANK_CSS), serves it gzip-compressed on 127.0.0.1 and runs Lighthouse
 * (npm `lighthouse`, fetched by `npm exec` on first use, not a dependency of the project) in
 * Debian's Chromium on six pages: home, an alliance, an insight, a role page, search and werkwijze,
 * at Lighthouse's mobile and desktop presets. Prints, per page and preset, the median over the
 * runs of the four category scores, FCP, LCP, TBT, CLS and the render-blocking estimate;
 * writes everything to bench-results/lighthouse.json. Figures, never assertions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumArgs, chromiumPath } from '../test/helpers/browser.ts';
import { buildSite, root } from '../test/helpers/build.ts';
import { serveStatic } from '../test/helpers/server.ts';
import { npmAsync } from '../src/utils/npm.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
// Lighthouse's launcher needs the new headless mode spelled out, and /dev/shm is small in containers.
const CHROME_FLAGS = [...chromiumArgs.filter((a) => a !== '--headless'), '--headless=new', '--disable-dev-shm-usage'].join(' ');

const { values } = parseArgs({
  options: {
    css: { type: 'string', default: 'beide' },
    preset: { type: 'string', default: 'beide' },
    runs: { type: 'string', default: '3' },
  },
});
const varianten = values.css === 'beide' ? ['link', 'inline'] : [values.css!];
const presets = values.preset === 'beide' ? ['mobile', 'desktop'] : [values.preset!];
const runs = Math.max(1, Number(values.runs));
const uit = path.join(root, 'bench-results');

/** The six pages of the issue; the alliance and insight are the first ones built. */
function paginas(site: string): Record<string, string> {
  const eerste = (map: string) =>
    fs
      .readdirSync(path.join(site, map), { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(site, map, d.name, 'index.html')))
      .map((d) => d.name)
      .sort()[0];
  return {
    home: '/',
    alliantie: `/allianties/${eerste('allianties')}/`,
    inzicht: `/inzichten/${eerste('inzichten')}/`,
    rol: '/rollen/gemeente/',
    zoeken: '/zoeken/?q=vertrouwen',
    werkwijze: '/werkwijze/',
  };
}

interface Meting {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  renderBlockingMs: number;
  /** Lighthouse's CPU benchmark of this machine at the time (a fast desktop scores about 1,500+). */
  benchmarkIndex: number;
}

async function lighthouse(adres: string, preset: string): Promise<Meting> {
  const args = [
    'exec',
    '--yes',
    `--package=${LIGHTHOUSE}`,
    '--',
    'lighthouse',
    adres,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  process.env.CHROME_PATH = chromiumPath;
  // Asynchronous: the server that Lighthouse loads the pages from runs in this process.
  const r = await npmAsync(args, { cwd: root });
  if (r.status !== 0) throw new Error(`lighthouse faalde voor ${adres} (${preset}):\n${r.stderr}`);
  const lhr = JSON.parse(r.stdout);
  const score = (c: string) => Math.round(lhr.categories[c].score * 100);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? 0;
  const blokkerend = lhr.audits['render-blocking-insight'] ?? lhr.audits['render-blocking-resources'];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    renderBlockingMs: blokkerend?.metricSavings?.FCP ?? blokkerend?.numericValue ?? 0,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

const mediaan = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const resultaten: Record<string, unknown>[] = [];
for (const css of varianten) {
  const site = path.join(uit, `lighthouse-${css}`);
  console.log(`Site bouwen met de stylesheet ${css === 'inline' ? 'inline' : 'gelinkt'} in ${site} ...`);
  // Its own content cache, so it never shares one with a test build running at the same time.
  const build = buildSite({ outDir: site, env: { INZICHTENBANK_CSS: css, ASTRO_CACHE_DIR: `${site}-cache` } });
  if (build.status !== 0) throw new Error(build.output);
  const server = await serveStatic(site, { gzip: true });
  try {
    for (const [naam, pad] of Object.entries(paginas(site))) {
      for (const preset of presets) {
        const metingen: Meting[] = [];
        for (let i = 0; i < runs; i++) metingen.push(await lighthouse(new URL(pad.slice(1), server.url).href, preset));
        const m = Object.fromEntries(
          Object.keys(metingen[0]!).map((k) => [k, mediaan(metingen.map((x) => x[k as keyof Meting]))]),
        ) as unknown as Meting;
        resultaten.push({ css, pagina: naam, pad, preset, ...m });
        console.log(
          [
            css.padEnd(6),
            naam.padEnd(9),
            preset.padEnd(7),
            `perf ${m.performance}`,
            `a11y ${m.accessibility}`,
            `bp ${m['best-practices']}`,
            `seo ${m.seo}`,
            `FCP ${Math.round(m.fcp)} ms`,
            `LCP ${Math.round(m.lcp)} ms`,
            `TBT ${Math.round(m.tbt)} ms`,
            `CLS ${m.cls.toFixed(3)}`,
            `render-blocking ${Math.round(m.renderBlockingMs)} ms`,
            `cpu-index ${Math.round(m.benchmarkIndex)}`,
          ].join('  '),
        );
      }
    }
  } finally {
    await server.close();
  }
}
fs.mkdirSync(uit, { recursive: true });
fs.writeFileSync(path.join(uit, 'lighthouse.json'), JSON.stringify({ lighthouse: LIGHTHOUSE, runs, resultaten }, null, 2));
console.log(`Alles in ${path.relative(root, path.join(uit, 'lighthouse.json'))}`);
