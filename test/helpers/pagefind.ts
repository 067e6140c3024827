import type { Page } from 'playwright-core';

export interface Treffer {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content: string;
  meta: Record<string, string>;
}

/**
 * Searches the built index through Pagefind's own JS API, loaded by the page itself (so the
 * page's CSP applies to the module, its WebAssembly and its worker). Returns the results per
 * word and any CSP violation reported meanwhile. The code is passed as a string: Vitest rewrites
 * `import()` in test code, which would break inside the browser.
 */
export async function zoekMetPagefind(
  page: Page,
  pagefindUrl: string,
  woorden: string[],
): Promise<{ treffers: Record<string, Treffer[]>; csp: string[] }> {
  return page.evaluate(`(async () => {
    const csp = [];
    document.addEventListener('securitypolicyviolation', (e) => csp.push(e.effectiveDirective + ' blokkeert ' + (e.blockedURI || '(inline)')));
    const pagefind = await import(${JSON.stringify(pagefindUrl)});
    await pagefind.init();
    const treffers = {};
    for (const woord of ${JSON.stringify(woorden)}) {
      const zoek = await pagefind.search(woord);
      treffers[woord] = await Promise.all(zoek.results.map((r) => r.data()));
    }
    return { treffers, csp };
  })()`);
}
