/**
 * Harmless variations of a file build the same site: a byte-order mark, CRLF line endings, trailing
 * spaces, comments, another field order and no final newline change no page (issue #18).
 * Two real builds of the same real entries, one clean and one with every variation, compared page by page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { allPages, buildSite, readPage, root, type BuildResult } from './helpers/build.ts';
import { contentRoot } from './helpers/content.ts';
import { maakContent } from './helpers/fixture.ts';

const echt = (rel: string) => fs.readFileSync(path.join(contentRoot, rel), 'utf8');
const inzichtAlliantie = fs.readdirSync(path.join(contentRoot, 'allianties/a-team-breda/inzichten')).sort()[0];
const bestanden: Record<string, string> = Object.fromEntries(
  [
    'allianties/a-team-breda/index.mdx',
    `allianties/a-team-breda/inzichten/${inzichtAlliantie}`,
    'inzichten/bouw-een-gelaagd-netwerk.mdx',
  ].map((rel) => [rel, echt(rel)]),
);

/** Every harmless variation at once: BOM, CRLF, trailing spaces, comments, reversed field order, no final newline. */
function gevarieerd(tekst: string): string {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(tekst)!;
  const blokken: string[] = [];
  for (const regel of m[1].split('\n')) {
    if (/^[^\s#-]/.test(regel) || !blokken.length) blokken.push(regel);
    else blokken[blokken.length - 1] += `\n${regel}`;
  }
  const frontmatter = [
    '# Velden in omgekeerde volgorde, met opmerkingen',
    ...blokken.reverse().flatMap((b) => [b.replace(/\n/g, '   \n') + '  ', '# opmerking']),
  ].join('\n');
  return `\uFEFF---\n${frontmatter}\n---\n${m[2].replace(/\n+$/, '')}`.replace(/\n/g, '\r\n');
}

let schoon: BuildResult;
let varianten: BuildResult;

beforeAll(() => {
  schoon = buildSite({ contentDir: maakContent(bestanden), outDir: path.join(root, '.tmp/varianten-schoon') });
  const anders = Object.fromEntries(Object.entries(bestanden).map(([rel, t]) => [rel, gevarieerd(t)]));
  varianten = buildSite({ contentDir: maakContent(anders), outDir: path.join(root, '.tmp/varianten-anders') });
}, 900_000);

test('both builds succeed', () => {
  expect(schoon.status, schoon.output).toBe(0);
  expect(varianten.status, varianten.output).toBe(0);
});

test('every page built from the varied files is byte for byte the page built from the clean files', () => {
  const paginas = allPages(schoon.outDir);
  expect(paginas).toContain(`/inzichten/${inzichtAlliantie.replace(/\.mdx$/, '')}/`);
  expect(allPages(varianten.outDir).sort()).toEqual([...paginas].sort());
  for (const url of paginas) expect(readPage(varianten.outDir, url), url).toBe(readPage(schoon.outDir, url));
});
