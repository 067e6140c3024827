import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

/** The real site, built once per test run by `test/global-setup.ts`. */
export const siteDir = path.join(root, '.tmp/site');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, as a developer would see them. */
  output: string;
  outDir: string;
}

/**
 * Vitest exposes `import.meta.env` through `process.env` (SITE, BASE_URL, MODE, DEV, ...). A child build
 * that inherited them would see the test run's values instead of its own BASE_PATH and SITE_URL.
 */
const VITE_ENV = new Set(['SITE', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX']);

/**
 * Runs a real `npm run build` (`astro build`, then the Pagefind index) of `contentDir` into `outDir`.
 * `env` can set BASE_PATH, SITE_URL and the like; `projectDir` builds a copy of the project instead.
 */
export function buildSite({
  contentDir,
  outDir,
  env = {},
  projectDir = root,
  incrementeel = false,
}: {
  contentDir?: string;
  outDir: string;
  env?: Record<string, string>;
  projectDir?: string;
  /** Keep the previous build's output and caches, as a rebuild after an edit does. */
  incrementeel?: boolean;
}): BuildResult {
  if (!incrementeel) fs.rmSync(outDir, { recursive: true, force: true });
  const cacheDir = path.join(outDir, '..', `${path.basename(outDir)}-cache`);
  // A fixture is a fresh temporary folder each run: a content cache from an earlier run
  // still imports the files of a folder that is gone, and the build fails on it.
  if (contentDir && !incrementeel) fs.rmSync(cacheDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [path.join(projectDir, 'scripts/build.ts')], {
    cwd: projectDir,
    encoding: 'utf8',
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_ENV.has(k))),
      ...(contentDir ? { INZICHTENBANK_CONTENT: contentDir, ASTRO_CACHE_DIR: cacheDir } : {}),
      OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Reads a built page by its URL path ("/inzichten/x/" -> .../inzichten/x/index.html). */
export function readPage(outDir: string, urlPath: string): string {
  const file = urlPath.endsWith('/') ? path.join(outDir, urlPath, 'index.html') : path.join(outDir, urlPath);
  return fs.readFileSync(file, 'utf8');
}

/** The address of the "Volgende" link of a page's page navigation (Paginering.astro), if it has one. */
export function volgendePagina(html: string): string | undefined {
  return /<a href="([^"]+)"[^>]*>Volgende<\/a>/.exec(html)?.[1];
}

/**
 * A paginated listing: its first page and every page reached by following the "Volgende" links
 * of the page navigation (Paginering.astro), in order, as HTML.
 */
export function readListing(outDir: string, urlPath: string): string[] {
  const pages = [readPage(outDir, urlPath)];
  for (;;) {
    const volgende = volgendePagina(pages.at(-1)!);
    if (!volgende || pages.length > 1000) return pages;
    pages.push(readPage(outDir, volgende));
  }
}

/** Every HTML file of a built site, as URL paths. */
export function allPages(outDir: string): string[] {
  const pages: string[] = [];
  for (const file of fs.readdirSync(outDir, { recursive: true }) as string[]) {
    if (!file.endsWith('.html')) continue;
    const url = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
    pages.push(url);
  }
  return pages.sort();
}

/** Every file under a folder (a built site, a Pagefind bundle), by path relative to it, with its bytes. */
export function bestandenVan(dir: string): Map<string, Buffer> {
  const uit = new Map<string, Buffer>();
  for (const f of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const abs = path.join(f.parentPath, f.name);
    uit.set(path.relative(dir, abs), fs.readFileSync(abs));
  }
  return uit;
}
