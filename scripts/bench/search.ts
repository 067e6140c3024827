/** What a first search costs in Chromium: used by `scripts/bench.ts` and `scripts/bench/shards.ts`. */
export interface Search {
  query: string;
  results: number;
  /** Runtime: pagefind.js, its worker, its entry file and the WebAssembly module, cacheable across searches and releases of the content. */
  runtimeKB: number;
  /** Everything else the first search fetched: metadata, index chunks, filters, the first result's fragment. */
  dataKB: number;
  /** From the import of pagefind.js to the first result's data, on a page that had not loaded Pagefind yet. */
  coldMs: number;
  /** From search() to the first result's data, with runtime and metadata already loaded by an earlier search (a warm page). */
  warmMs: number;
  /** Bytes fetched by that warm search. */
  warmKB: number;
  /** Ids of the first ten results of the cold search, to compare rankings between indexes. */
  top?: string[];
}

/** The files of a Pagefind bundle that are the same for every release of the content (see `Search.runtimeKB`). */
const isRuntime = (p: string) => /\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+\.pagefind)$/.test(p);

/**
 * Measures a first search for `query` on the built site in `site`, served by `test/helpers/server.ts`, in Debian
 * Chromium. `bundles` are the Pagefind bundle folders relative to the site: the first is imported, the others are
 * added with Pagefind's `mergeIndex()` (a sharded index); by default the site's own `pagefind/`.
 */
export async function measureSearch(site: string, query: string, { bundles = ['pagefind/'] } = {}): Promise<Search> {
  const { launchBrowser } = await import('../../test/helpers/browser.ts');
  const { serveStatic } = await import('../../test/helpers/server.ts');
  const server = await serveStatic(site);
  const browser = await launchBrowser();
  const [script, ...merged] = bundles.map((b, i) => `${server.url}${b}${i === 0 ? 'pagefind.js' : ''}`);
  try {
    const kb = (from: number, runtime: boolean) =>
      Math.round(
        server.requests
          .slice(from)
          .filter((r) => isRuntime(r.path) === runtime)
          .reduce((s, r) => s + r.bytes, 0) / 102.4,
      ) / 10;
    // Cold: a fresh page that has not loaded Pagefind: import, initialise, search, load the first result.
    const cold = await browser.newContext();
    const page = await cold.newPage();
    await page.goto(server.url);
    let from = server.requests.length;
    const first = await page.evaluate(
      async ({ script, merged, query }) => {
        const t0 = performance.now();
        const pf = await import(script);
        await pf.init();
        for (const bundle of merged) await pf.mergeIndex(bundle);
        const search = await pf.search(query);
        await search.results[0]?.data();
        const ms = performance.now() - t0;
        return { ms, results: search.results.length, top: search.results.slice(0, 10).map((r: { id: string }) => r.id) };
      },
      { script, merged, query },
    );
    const runtimeKB = kb(from, true);
    const dataKB = kb(from, false);
    await cold.close();
    // Warm: the runtime, worker, WebAssembly and metadata are loaded (here by an earlier search for an
    // unrelated word, as after a first keystroke); time the search for the query and its first result.
    const warmCtx = await browser.newContext();
    const warmPage = await warmCtx.newPage();
    await warmPage.goto(server.url);
    await warmPage.evaluate(
      async ({ script, merged }) => {
        const pf = await import(script);
        await pf.init();
        for (const bundle of merged) await pf.mergeIndex(bundle);
        await pf.search('zzz');
        (window as unknown as { pf: unknown }).pf = pf;
      },
      { script, merged },
    );
    from = server.requests.length;
    const warm = await warmPage.evaluate(async (query) => {
      const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).pf;
      const t0 = performance.now();
      const search = await pf.search(query);
      await search.results[0]?.data();
      return performance.now() - t0;
    }, query);
    const warmKB = kb(from, false) + kb(from, true);
    await warmCtx.close();
    return {
      query,
      results: first.results,
      runtimeKB,
      dataKB,
      coldMs: Math.round(first.ms),
      warmMs: Math.round(warm),
      warmKB,
      top: first.top,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
