import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { geindexeerdePaginas, indexSite, paginaUrl } from '../../src/integrations/pagefind.ts';
import { dirSize, markdownTable, mb, run, sec, slaagde, type Measured } from './measure.ts';
import { measureSearch, type Search } from './search.ts';

/**
 * `npm run bench:shards -- [--entries 1000] [--shards 1,4,16] [--query samenwerking]`
 *
 * Measures a sharded search index (issue #16) against the single index of today, on the site that
 * `npm run bench -- --entries N --keep --no-search` left in `$TMPDIR/inzichtenbank-bench-N/dist` (nothing is built).
 * The indexed pages are divided over K shards by a hash of their URL (stable: a page stays in its shard), each shard
 * is indexed by `indexSite()` (the same per-page text work as the build) into its own Pagefind bundle
 * `<site>/pagefind-k<K>/<i>/`, and the search page imports shard 0 and merges the others with `mergeIndex()`.
 * For every K: the full index (wall, CPU), the re-index after one page changed (only its shard), the bytes of the
 * bundles, and a first search in Chromium (`scripts/bench/search.ts`). Prints a Markdown table and writes the
 * figures to `.tmp/bench/shards/shards-<N>.json`. The changed page is restored afterwards.
 *
 * `node scripts/bench/shards.ts --index <site> <K> <out> [<page>]` is the child process that does the indexing
 * (all shards, or only the shard of `<page>`) and prints its phases as JSON.
 */

/** The shard of a page: the first 32 bits of the SHA-1 of its URL, modulo K. Stable across builds. */
export function shardVan(url: string, k: number): number {
  return createHash('sha1').update(url).digest().readUInt32BE(0) % k;
}

interface ChildReport {
  /** Finding the indexable pages (reading every HTML file for `data-pagefind-body`), ms. */
  scanMs: number;
  /** Indexing and writing the shards, ms. */
  indexMs: number;
  /** Pages per shard that was (re-)indexed. */
  paginas: Record<string, number>;
}

async function child(site: string, k: number, out: string, changed?: string): Promise<void> {
  const t0 = performance.now();
  const shards: string[][] = Array.from({ length: k }, () => []);
  for (const file of geindexeerdePaginas(site)) shards[shardVan(paginaUrl(file), k)]!.push(file);
  const t1 = performance.now();
  const targets = changed ? [shardVan(paginaUrl(changed), k)] : shards.map((_, i) => i);
  const paginas: Record<string, number> = {};
  for (const i of targets) {
    // Written next to the old bundle and swapped in, as a deployment would, so no search sees half a shard.
    const bundle = path.join(out, String(i));
    const nieuw = `${bundle}.nieuw`;
    fs.rmSync(nieuw, { recursive: true, force: true });
    paginas[i] = (await indexSite(site, { paginas: shards[i], uitvoer: nieuw })).paginas;
    fs.rmSync(bundle, { recursive: true, force: true });
    fs.renameSync(nieuw, bundle);
  }
  const report: ChildReport = { scanMs: Math.round(t1 - t0), indexMs: Math.round(performance.now() - t1), paginas };
  console.log(JSON.stringify(report));
}

interface Step {
  s: number;
  cpu?: number;
  peakMB: number;
  scanS: number;
}
interface ShardResult {
  k: number;
  /** Fewest and most pages in a shard. */
  paginas: [number, number];
  full: Step;
  reindex: Step & { paginas: number };
  indexMB: number;
  /** Of which search data (entry, metadata, index chunks, filters, fragments), without the runtime and UI files every bundle repeats. */
  dataMB: number;
  files: number;
  search: Search;
  /** Results for a word only the changed page has, after re-indexing its shard (1 with a single index). */
  markerResults: number;
  /** Id of the first of those results: the changed page, the same for every K. */
  markerFirst: string;
  /** Of the first ten results, how many are also in the first ten of K = 1. */
  topShared?: number;
  /** K = 1 only: the bundle is byte for byte the site's own `pagefind/` (written by `indexSite()` unchanged). */
  identicalToSite?: boolean;
}

function parseChild(m: Measured, what: string): ChildReport {
  slaagde(m, what);
  const line = m.output
    .trim()
    .split('\n')
    .findLast((l) => l.startsWith('{'));
  if (!line) throw new Error(`${what}: geen rapport in ${m.output.slice(-1000)}`);
  return JSON.parse(line) as ChildReport;
}

/** Every file under a folder with its bytes, for comparing two bundles. */
function files(dir: string): Map<string, Buffer> {
  const map = new Map<string, Buffer>();
  for (const f of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (f.isFile())
      map.set(path.relative(dir, path.join(f.parentPath, f.name)), fs.readFileSync(path.join(f.parentPath, f.name)));
  return map;
}

/** Search data of a bundle, as opposed to its runtime and UI files: `<shard>/index/…`, `<shard>/pagefind.nl_….pf_meta`, … */
const isData = (name: string) => /(^|\/)(index|fragment|filter)\/|\.pf_meta$|pagefind-entry\.json$/.test(name);

function identical(a: string, b: string): boolean {
  const fa = files(a);
  const fb = files(b);
  return fa.size === fb.size && [...fa].every(([name, bytes]) => fb.get(name)?.equals(bytes) === true);
}

export function table(results: ShardResult[]): string {
  const t = (x: Step) => `${x.s} (${x.cpu ?? '–'})`;
  return markdownTable(
    [
      'K',
      'Pages per shard',
      'Full index s (CPU s)',
      'Re-index after 1 change s (CPU s)',
      '… of which finding the pages s',
      'Pages re-indexed',
      'Index MB (files)',
      '… of which search data MB',
      'First search, cold page ms',
      'First search: runtime KB + data KB',
      'Warm page: search ms / KB',
      'Results',
      'Top 10 shared with K = 1',
      'Results for a word only the changed page has',
    ],
    results.map((r) => [
      r.k,
      r.paginas[0] === r.paginas[1] ? r.paginas[0] : `${r.paginas[0]}–${r.paginas[1]}`,
      t(r.full),
      t(r.reindex),
      r.reindex.scanS,
      r.reindex.paginas,
      `${r.indexMB} (${r.files})`,
      r.dataMB,
      r.search.coldMs,
      `${r.search.runtimeKB} + ${r.search.dataKB}`,
      `${r.search.warmMs} / ${r.search.warmKB}`,
      r.search.results.toLocaleString('en'),
      `${r.topShared ?? '–'} / 10`,
      r.markerResults,
    ]),
  );
}

async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '../..');
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '1000' },
      site: { type: 'string' },
      shards: { type: 'string', default: '1,4,16' },
      query: { type: 'string', default: 'samenwerking' },
    },
  });
  const n = Number(values.entries);
  const site = path.resolve(values.site ?? path.join(os.tmpdir(), `inzichtenbank-bench-${n}`, 'dist'));
  if (!fs.existsSync(path.join(site, 'pagefind')))
    throw new Error(`Geen gebouwde en geïndexeerde site in ${site}: eerst npm run bench -- --entries ${n} --keep --no-search`);
  const ks = values.shards.split(',').map(Number);
  if (ks[0] !== 1) throw new Error('--shards begint met 1: de enkele index van nu, waarmee de andere vergeleken worden');
  const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
  const loadBefore = uptime();
  console.log(`${site}\n${loadBefore}`);

  // The changed page: the first insight page, with an extra paragraph holding a word no other page has.
  const paginas = geindexeerdePaginas(site);
  const changed = paginas.find((p) => p.startsWith('inzichten/')) ?? paginas[0]!;
  const changedPath = path.join(site, changed);
  const original = fs.readFileSync(changedPath, 'utf8');
  const marker = `scherfproef${Date.now().toString(36).replace(/\d/g, '')}`;
  const open = original.indexOf('>', original.indexOf('data-pagefind-body')) + 1;
  const edited = `${original.slice(0, open)}<p>${marker}: deze alinea is toegevoegd.</p>${original.slice(open)}`;

  const index = (k: number, out: string, page?: string) =>
    run(process.execPath, [import.meta.filename, '--index', site, String(k), out, ...(page ? [page] : [])], { cwd: root });
  const step = (m: Measured, r: ChildReport): Step => ({
    s: sec(m.ms),
    cpu: m.cpuSeconds,
    peakMB: Math.round(m.peakBytes / 1024 / 1024),
    scanS: sec(r.scanMs),
  });

  const results: ShardResult[] = [];
  try {
    for (const k of ks) {
      fs.writeFileSync(changedPath, original);
      const folder = `pagefind-k${k}`;
      const out = path.join(site, folder);
      fs.rmSync(out, { recursive: true, force: true });
      console.log(`K = ${k}: volledige index ...`);
      const fullM = await index(k, out);
      const full = parseChild(fullM, `De index in ${k} delen`);
      const bundles = Array.from({ length: k }, (_, i) => `${folder}/${i}/`);
      const counts = Object.values(full.paginas);
      console.log(`  ${sec(fullM.ms)} s (${fullM.cpuSeconds} s CPU); zoeken ...`);
      const search = await measureSearch(site, values.query, { bundles });

      console.log(`  herindexering na wijziging van ${changed} ...`);
      fs.writeFileSync(changedPath, edited);
      const reM = await index(k, out, changed);
      const re = parseChild(reM, `De herindexering in ${k} delen`);
      const markerSearch = await measureSearch(site, marker, { bundles });
      // The changed page must come first. Other pages may follow: a shard without the word falls back to
      // Pagefind's looser matches, which the single index, having an exact match, does not show.
      const markerFirst = markerSearch.top?.[0];
      if (k === 1 && markerSearch.results !== 1)
        throw new Error(`K = 1: ${markerSearch.results} resultaten voor ${marker}, verwacht 1`);
      if (!markerFirst || (results[0] && markerFirst !== results[0].markerFirst))
        throw new Error(`K = ${k}: de gewijzigde pagina is niet het eerste resultaat voor ${marker}`);

      const base = results[0];
      const bundleFiles = files(out);
      const result: ShardResult = {
        k,
        paginas: [Math.min(...counts), Math.max(...counts)],
        full: step(fullM, full),
        reindex: { ...step(reM, re), paginas: Object.values(re.paginas)[0] ?? 0 },
        indexMB: mb(dirSize(out), 2),
        dataMB: mb(
          [...bundleFiles].filter(([name]) => isData(name)).reduce((sum, [, bytes]) => sum + bytes.length, 0),
          2,
        ),
        files: bundleFiles.size,
        search,
        markerResults: markerSearch.results,
        markerFirst,
        topShared: base ? search.top?.filter((id) => base.search.top?.includes(id)).length : undefined,
      };
      if (k === 1) {
        // Before the re-index the single shard was the same pages as the site's own index: compare that state.
        fs.writeFileSync(changedPath, original);
        await index(1, out, changed);
        result.identicalToSite = identical(path.join(out, '0'), path.join(site, 'pagefind'));
        result.topShared = 10;
      }
      if (base && search.results !== base.search.results)
        throw new Error(`K = ${k}: ${search.results} resultaten voor ${values.query}, bij K = 1 ${base.search.results}`);
      console.log(`  ${JSON.stringify(result)}`);
      results.push(result);
    }
  } finally {
    fs.writeFileSync(changedPath, original);
  }
  const loadAfter = uptime();
  const doc = { date: new Date().toISOString(), site, entries: n, changed, loadBefore, loadAfter, results };
  // Not in .tmp/bench itself: `npm run bench -- --table` reads every JSON file there as a run of `npm run bench`.
  const dir = path.join(root, '.tmp/bench/shards');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `shards-${n}.json`), `${JSON.stringify(doc, null, 2)}\n`);
  console.log(
    `\nvoor: ${loadBefore}\nna:   ${loadAfter}\nK = 1 gelijk aan de index van de site: ${results[0]?.identicalToSite ?? '–'}\n`,
  );
  console.log(table(results));
}

if (process.argv[2] === '--index') {
  const [, , , site, k, out, page] = process.argv;
  await child(path.resolve(site!), Number(k), path.resolve(out!), page);
} else await main();
