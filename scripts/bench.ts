import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './bench/generate.ts';
import { countPages, dirSize, markdownTable, mb, run, sec, slaagde, type Measured } from './bench/measure.ts';
import { measureSearch, type Search } from './bench/search.ts';
import { stempelInCache } from '../src/integrations/uitvoer.ts';
import { INDEX_VOLGT } from '../src/integrations/pagefind.ts';
import { NODE_VLAGGEN_INDEX } from './zoekindex.ts';

/**
 * `npm run bench -- --entries N [--label naam] [--no-search] [--keep]`
 *
 * Generates N synthetic insights in a temporary content tree (never in `content/`),
 * builds the site from it (cold: empty output and cache folders), indexes it with
 * Pagefind as a separate step, measures a first search in Chromium, then changes one
 * entry and rebuilds and re-indexes (incremental). Prints a Markdown table and writes
 * the figures to `.tmp/bench/<label>-<N>.json` (+ the build logs).
 *
 * `--vergelijk` then changes the entry once more and rebuilds without the two reuses of round 5,
 * for a comparison in the same run: the output emptied first (Astro copies every reused page
 * back from its cache) and the index without the cache of extra words.
 *
 * `npm run bench -- --table` prints one table of every stored result.
 */

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, '.tmp/bench');
const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    label: { type: 'string', default: 'run' },
    query: { type: 'string', default: 'samenwerking' },
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    table: { type: 'boolean', default: false },
    vergelijk: { type: 'boolean', default: false },
  },
});

interface Step {
  /** Wall time, seconds. */
  s: number;
  /** CPU time of the process tree, seconds. */
  cpu?: number;
  peakMB: number;
}
export interface BenchResult {
  label: string;
  entries: number;
  published: number;
  date: string;
  machine: string;
  /** 1-minute load average when the run started: other work on the machine makes times noisy. */
  load: number;
  build: Step;
  index: Step;
  pages: number;
  distMB: number;
  indexMB: number;
  search?: Search;
  rebuild: Step;
  reindex: Step;
  rebuildSearch?: Search;
  /** `--vergelijk`: the same kind of rebuild with the output emptied first, and a re-index without the words cache. */
  rebuildLeeg?: Step;
  reindexZonderCache?: Step;
}

const step = (m: Measured): Step => ({ s: sec(m.ms), cpu: m.cpuSeconds, peakMB: mb(m.peakBytes) });

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function table(results: BenchResult[]): string {
  const t = (x: Step) => `${x.s}${x.cpu !== undefined ? ` (${x.cpu})` : ''}`;
  const perEntry = (r: BenchResult, k: 's' | 'cpu') =>
    r.build[k] === undefined || r.index[k] === undefined
      ? '–'
      : String(Math.round((((r.build[k] ?? 0) + (r.index[k] ?? 0)) * 10000) / r.entries) / 10);
  return markdownTable(
    [
      'Run',
      'Insights',
      'Load',
      'Build s (CPU s)',
      'Build peak MB',
      'Index s (CPU s)',
      'Index peak MB',
      'Build+index ms per insight, wall (CPU)',
      'Pages',
      'dist/ MB',
      'Index MB',
      'First search: runtime KB + data KB',
      'First search, cold page ms',
      'Warm page: search ms / KB',
      'Rebuild after 1 change s (CPU s)',
      'Rebuild peak MB',
      'Re-index s (CPU s)',
      'Rebuild + re-index ÷ cold build + index',
    ],
    results.map((r) => {
      const s = r.search;
      return [
        r.label,
        r.entries.toLocaleString('en'),
        r.load ?? '–',
        t(r.build),
        Math.round(r.build.peakMB),
        t(r.index),
        Math.round(r.index.peakMB),
        `${perEntry(r, 's')} (${perEntry(r, 'cpu')})`,
        r.pages.toLocaleString('en'),
        r.distMB,
        r.indexMB,
        s ? `${s.runtimeKB} + ${s.dataKB}` : '–',
        s ? s.coldMs : '–',
        s ? `${s.warmMs} / ${s.warmKB}` : '–',
        t(r.rebuild),
        Math.round(r.rebuild.peakMB),
        t(r.reindex),
        Math.round(((r.rebuild.s + r.reindex.s) / (r.build.s + r.index.s)) * 100) / 100,
      ];
    }),
  );
}

async function main() {
  if (values.table) {
    if (!fs.existsSync(resultsDir)) {
      console.log(`Nog geen resultaten in ${resultsDir}: draai eerst npm run bench -- --entries <aantal>.`);
      return;
    }
    const all = fs
      .readdirSync(resultsDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(resultsDir, f), 'utf8')) as BenchResult)
      .sort(
        (a, b) =>
          a.entries - b.entries || Number(b.label === 'before') - Number(a.label === 'before') || a.date.localeCompare(b.date),
      );
    console.log(table(all));
    return;
  }
  const n = Number(values.entries);
  if (!Number.isInteger(n) || n < 1) throw new Error('--entries moet een positief geheel getal zijn');
  const work = path.join(os.tmpdir(), `inzichtenbank-bench-${n}`);
  const content = path.join(work, 'content');
  const out = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  const logs = path.join(resultsDir, 'logs');
  const tag = `${values.label}-${n}`;
  const load = Math.round(os.loadavg()[0] * 10) / 10;

  console.log(`Genereer ${n} synthetische inzichten in ${content} ...`);
  fs.rmSync(work, { recursive: true, force: true });
  const tree = generate(content, n);
  console.log(`${tree.insights} inzichten, ${tree.alliances} allianties, ${tree.withComponents} met een MDX-component`);

  const astro = [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const env = {
    INZICHTENBANK_CONTENT: content,
    OUT_DIR: out,
    ASTRO_CACHE_DIR: cache,
    // The index is timed as its own step, as `npm run build` runs it after Astro exits.
    [INDEX_VOLGT]: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const index = (metCache = true) =>
    run(process.execPath, [...NODE_VLAGGEN_INDEX, path.join(root, 'scripts/zoekindex.ts'), out, ...(metCache ? [cache] : [])], {
      cwd: root,
      log: path.join(logs, `${tag}-index${metCache ? '' : '-zonder-cache'}.log`),
    });

  console.log('Koude build ...');
  const build = await run(process.execPath, astro, { cwd: root, env, log: path.join(logs, `${tag}-build.log`) });
  slaagde(build, 'De build');
  console.log(`  ${sec(build.ms)} s, piek ${mb(build.peakBytes)} MB`);
  const idx = await index();
  slaagde(idx, 'De indexering');
  console.log(`  index: ${sec(idx.ms)} s, piek ${mb(idx.peakBytes)} MB`);
  const pages = countPages(out);
  const distMB = mb(dirSize(out));
  const indexMB = mb(dirSize(path.join(out, 'pagefind')));
  const published = Number(/(\d+) pagina/.exec(idx.output)?.[1] ?? 0);
  const search = values['no-search'] ? undefined : await measureSearch(out, values.query);
  if (search) console.log(`  zoeken: ${JSON.stringify(search)}`);

  // Change one entry, as an editor would, and build again with the caches of the first build.
  const bewerk = () => {
    const marker = `Benchmarkwijziging ${Date.now().toString(36)}`;
    const text = fs.readFileSync(tree.sampleFile, 'utf8');
    fs.writeFileSync(tree.sampleFile, text.replace(/\n---\n/, `\n---\n${marker}: deze alinea is toegevoegd.\n\n`));
    return marker;
  };
  const toontWijziging = (marker: string) => {
    const slug = path.basename(tree.sampleFile, '.mdx');
    const changed = fs.readFileSync(path.join(out, 'inzichten', slug, 'index.html'), 'utf8');
    if (!changed.includes(marker)) throw new Error('De gewijzigde pagina toont de wijziging niet na de rebuild');
  };
  const herbouw = async (naam: string) => {
    const r = await run(process.execPath, astro, { cwd: root, env, log: path.join(logs, `${tag}-${naam}.log`) });
    slaagde(r, 'De rebuild');
    return r;
  };
  let marker = bewerk();
  console.log(`Rebuild na wijziging van ${path.relative(content, tree.sampleFile)} ...`);
  const rebuild = await herbouw('rebuild');
  const reidx = await index();
  slaagde(reidx, 'De herindexering');
  toontWijziging(marker);
  console.log(`  ${sec(rebuild.ms)} s, piek ${mb(rebuild.peakBytes)} MB; index ${sec(reidx.ms)} s`);

  let vergelijking: Pick<BenchResult, 'rebuildLeeg' | 'reindexZonderCache'> = {};
  if (values.vergelijk) {
    marker = bewerk();
    console.log('Ter vergelijking: rebuild met geleegde uitvoer, herindexering zonder woordencache ...');
    fs.rmSync(stempelInCache(cache), { force: true });
    const leeg = await herbouw('rebuild-leeg');
    const zonder = await index(false);
    slaagde(zonder, 'De herindexering');
    toontWijziging(marker);
    vergelijking = { rebuildLeeg: step(leeg), reindexZonderCache: step(zonder) };
    console.log(`  ${sec(leeg.ms)} s (CPU ${leeg.cpuSeconds} s); index ${sec(zonder.ms)} s (CPU ${zonder.cpuSeconds} s)`);
  }

  const result: BenchResult = {
    label: values.label!,
    entries: n,
    published,
    date: new Date().toISOString(),
    machine: machine(),
    load,
    build: step(build),
    index: step(idx),
    pages,
    distMB,
    indexMB,
    search,
    rebuild: step(rebuild),
    reindex: step(reidx),
    ...vergelijking,
  };
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, `${tag}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${machine()}\n\n${table([result])}`);
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
}

await main();
