import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { siteDir } from '../helpers/build.ts';
import { publishedInsightFiles } from '../helpers/content.ts';
import { openSearch, resultIds } from '../helpers/search.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import type { ZoekStatus } from '../../src/utils/zoeken.ts';

/**
 * Search quality on the real content, measured the way people see it: the real
 * /zoeken/ page in Chromium, the results it renders. A query counts as a hit when
 * one of its relevant insights is in the top 3; MRR uses the rank of the first
 * relevant result on the first page (0 when none is there).
 */
interface Vraag {
  wie: string;
  q: string;
  filters?: ZoekStatus['filters'];
  relevant: string[];
}
const { vragen } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'queries.json'), 'utf8')) as { vragen: Vraag[] };

let browser: Browser;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the query set is realistic in size and names only existing insights', () => {
  expect(vragen.length).toBeGreaterThanOrEqual(25);
  const ids = new Set(publishedInsightFiles().map((f) => f.slug));
  for (const v of vragen) for (const id of v.relevant) expect(ids, `${v.q}: ${id}`).toContain(id);
});

test('relevant insights rank in the top 3 for at least 90% of the queries', async () => {
  const regels: string[] = [];
  let hits = 0;
  let rr = 0;
  for (const v of vragen) {
    await openSearch(page, server.url, { q: v.q, filters: v.filters ?? {} });
    const ids = await resultIds(page);
    const rang = ids.findIndex((id) => v.relevant.includes(id)) + 1;
    if (rang >= 1 && rang <= 3) hits++;
    if (rang >= 1) rr += 1 / rang;
    regels.push(
      `${rang >= 1 && rang <= 3 ? 'hit ' : 'MIS '} rank ${rang || '-'}  ${v.q}${v.filters ? ` ${JSON.stringify(v.filters)}` : ''}${rang > 3 || !rang ? `\n        top 3: ${ids.slice(0, 3).join(', ')}` : ''}`,
    );
  }
  const hitAt3 = hits / vragen.length;
  const mrr = rr / vragen.length;
  console.log(
    `${regels.join('\n')}\n\nsearch quality: hit@3 = ${hitAt3.toFixed(3)} (${hits}/${vragen.length}), MRR = ${mrr.toFixed(3)}`,
  );
  fs.mkdirSync(path.join(siteDir, '..'), { recursive: true });
  fs.writeFileSync(
    path.join(siteDir, '..', 'search-quality.json'),
    JSON.stringify({ hitAt3, mrr, queries: vragen.length }, null, 2),
  );
  expect(hitAt3).toBeGreaterThanOrEqual(0.9);
});
