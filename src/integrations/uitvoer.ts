import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Keeps the previous build's output folder instead of emptying it, so that the pages an
 * incremental build reuses stay where they are: Astro copies a reused page back from its cache
 * only when the file is missing (about 13,000 files and 20 s at 10,000 insights). The price is
 * that this build must then remove what it did not produce itself (the page of a deleted entry,
 * bundles with an old hash, an old search index), which `opruimen()` does.
 *
 * The previous output is only kept when it is certainly that of the last completed build with
 * the same cache: both hold the same build id (`STEMPEL`). A build that stops halfway leaves no
 * id in the cache, and a build with another cache into the same folder changes the folder's id,
 * so in both cases the next build empties the folder as Astro normally does.
 */

/** The build id in the output folder. */
export const STEMPEL = '.inzichtenbank-build';

/** Where the cache holds the id of the last completed build. */
export const stempelInCache = (cacheDir: string) => path.join(cacheDir, 'uitvoer-stempel');

/** Whether the output folder holds, untouched, what the last completed build with this cache wrote. */
export function uitvoerIsVanVorigeBuild(outDir: string, cacheDir: string): boolean {
  const lees = (bestand: string) => (fs.existsSync(bestand) ? fs.readFileSync(bestand, 'utf8') : undefined);
  const inCache = lees(stempelInCache(cacheDir));
  return inCache !== undefined && inCache === lees(path.join(outDir, STEMPEL));
}

/** Records a completed build: the same new id in the output folder and in the cache. */
export function stempel(outDir: string, cacheDir: string): void {
  const id = randomUUID();
  fs.writeFileSync(path.join(outDir, STEMPEL), id);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(stempelInCache(cacheDir), id);
}

/**
 * Removes from the output folder every file this build did not write: files older than the
 * build's start that are not the output of one of its routes (a reused page keeps its old
 * time but is a route's output). Then removes folders left empty. Returns the number removed.
 */
export function opruimen(outDir: string, routeBestanden: Set<string>, start: number): number {
  let verwijderd = 0;
  for (const item of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!item.isFile()) continue;
    const bestand = path.join(item.parentPath, item.name);
    if (routeBestanden.has(bestand) || fs.statSync(bestand).mtimeMs >= start) continue;
    fs.rmSync(bestand);
    verwijderd++;
  }
  verwijderLegeMappen(outDir);
  return verwijderd;
}

function verwijderLegeMappen(map: string): boolean {
  const items = fs.readdirSync(map, { withFileTypes: true });
  const leeg = items.filter((item) => item.isDirectory() && verwijderLegeMappen(path.join(map, item.name)));
  for (const item of leeg) fs.rmdirSync(path.join(map, item.name));
  return leeg.length === items.length;
}

/**
 * Two integrations: the first (placed before the others) decides whether to keep the output and,
 * when its build is done, removes what the build did not write; the last records the completed
 * build once every other integration (sitemap, editor) has written its files. The search index comes after
 * Astro exits; an index that stops halfway is removed by the next build, which indexes every page again.
 */
export default function uitvoerIntegraties(): [AstroIntegration, AstroIntegration] {
  let outDir = '';
  let cacheDir = '';
  let behouden = false;
  let start = 0;
  return [
    {
      name: 'inzichtenbank:uitvoer-behouden',
      hooks: {
        'astro:config:setup': ({ config, command, updateConfig }) => {
          if (command !== 'build') return;
          outDir = fileURLToPath(config.outDir);
          cacheDir = fileURLToPath(config.cacheDir);
          behouden = uitvoerIsVanVorigeBuild(outDir, cacheDir);
          // From here on the output is in flux: a build that stops now must not leave it marked as complete.
          fs.rmSync(stempelInCache(cacheDir), { force: true });
          if (behouden) updateConfig({ vite: { build: { emptyOutDir: false } } });
        },
        'astro:build:start': () => {
          // File times come from a coarse clock (a few ms behind); the margin keeps this build's
          // files on the right side, and no earlier build can have written within it.
          start = Date.now() - 50;
        },
        'astro:build:done': ({ assets, logger }) => {
          if (!behouden) return;
          const routeBestanden = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
          const verwijderd = opruimen(outDir, routeBestanden, start);
          // The sitemap and editor files are among them: their integrations write them again next. So is the
          // old search index: `npm run build` writes the new one once Astro has exited.
          logger.info(`vorige uitvoer behouden; ${verwijderd} oude bestanden die deze build niet schreef verwijderd`);
        },
      },
    },
    {
      name: 'inzichtenbank:uitvoer-stempel',
      hooks: {
        'astro:build:done': () => stempel(outDir, cacheDir),
      },
    },
  ];
}
