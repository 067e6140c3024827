import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { readPage, siteDir } from '../helpers/build.ts';
import { insightFiles } from '../helpers/content.ts';
import { openSearch, resultIds, waitForSearch } from '../helpers/search.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { zoekQueryString, type ZoekStatus } from '../../src/utils/zoeken.ts';

/**
 * Search quality on the real content, measured the way people see it: the real
 * /zoeken/ page in Chromium, the results it renders. A query counts as a hit when
 * one of its relevant pages is in the top 5; MRR@10 uses the rank of the first
 * relevant result on the first page (0 when none is there). Every query of the
 * first set (`sinds: 1`) must still be found on the first page.
 *
 * `ZOEK_SITE=<dir>` measures another build (for the before/after figures in
 * docs/search.md); the per-query ranks go to `.tmp/search-quality[-<label>].json`.
 */
interface Vraag {
  wie: string;
  q: string;
  filters?: ZoekStatus['filters'];
  relevant: string[];
  vorm?: 'probleem';
  sinds: number;
}
const { vragen } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'queries.json'), 'utf8')) as { vragen: Vraag[] };
const site = process.env.ZOEK_SITE ? path.resolve(process.env.ZOEK_SITE) : siteDir;
const label = process.env.ZOEK_LABEL ?? '';

let browser: Browser;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  server = await serveStatic(site);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the query set is large, half of it in visitors’ own words, and names only existing pages', () => {
  expect(vragen.length).toBeGreaterThanOrEqual(60);
  expect(vragen.filter((v) => v.vorm === 'probleem').length).toBeGreaterThanOrEqual(30);
  const ids = new Set(
    insightFiles()
      .filter((f) => !f.data.concept)
      .map((f) => f.slug),
  );
  for (const v of vragen) {
    for (const id of v.relevant) {
      if (id.startsWith('/')) expect(() => readPage(siteDir, id), `${v.q}: ${id}`).not.toThrow();
      else if (id.startsWith('alliantie:')) expect(() => readPage(siteDir, `/allianties/${id.slice(10)}/`)).not.toThrow();
      else expect(ids, `${v.q}: ${id}`).toContain(id);
    }
  }
});

test('hit@5 ≥ 0.95 and MRR@10 ≥ 0.85 through the real search page; every query of the first set still found', async () => {
  const regels: string[] = [];
  const uitkomsten: { q: string; rang: number; sinds: number; vorm?: string }[] = [];
  await openSearch(page, server.url, { q: '', filters: {} });
  for (const v of vragen) {
    // Each query is opened as a shared link would be, on the page that is already open
    // (the page's own Back/Forward path), so Pagefind is not started again for every query.
    const status = { q: v.q, filters: v.filters ?? {} };
    await page.evaluate(
      (adres) => {
        history.pushState(null, '', adres);
        window.dispatchEvent(new PopStateEvent('popstate'));
      },
      `/zoeken/${zoekQueryString(status)}`,
    );
    await waitForSearch(page, status, 30_000, 'getoond');
    const ids = (await resultIds(page)).slice(0, 10);
    const rang = ids.findIndex((id) => v.relevant.includes(id)) + 1;
    uitkomsten.push({ q: v.q, rang, sinds: v.sinds, vorm: v.vorm });
    const hit = rang >= 1 && rang <= 5;
    regels.push(
      `${hit ? 'hit ' : 'MIS '} rank ${rang || '-'}  ${v.q}${v.filters ? ` ${JSON.stringify(v.filters)}` : ''}${hit ? '' : `\n        top 5: ${ids.slice(0, 5).join(', ')}`}`,
    );
  }
  const hits = uitkomsten.filter((u) => u.rang >= 1 && u.rang <= 5).length;
  const hitAt5 = hits / vragen.length;
  const mrr = uitkomsten.reduce((s, u) => s + (u.rang ? 1 / u.rang : 0), 0) / vragen.length;
  console.log(
    `${regels.join('\n')}\n\nsearch quality: hit@5 = ${hitAt5.toFixed(3)} (${hits}/${vragen.length}), MRR@10 = ${mrr.toFixed(3)}`,
  );
  fs.mkdirSync(path.join(siteDir, '..'), { recursive: true });
  fs.writeFileSync(
    path.join(siteDir, '..', `search-quality${label ? `-${label}` : ''}.json`),
    JSON.stringify({ hitAt5, mrr, queries: vragen.length, uitkomsten }, null, 2),
  );
  if (process.env.ZOEK_SITE) return;
  expect(hitAt5).toBeGreaterThanOrEqual(0.95);
  expect(mrr).toBeGreaterThanOrEqual(0.85);
  expect(uitkomsten.filter((u) => u.sinds === 1 && !u.rang).map((u) => u.q)).toEqual([]);
}, 900_000);
