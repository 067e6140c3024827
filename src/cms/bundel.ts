/**
 * The editor's code: the pinned Decap CMS bundle, taken from its published npm package.
 *
 * The package `decap-cms` ships a ready-built bundle in `dist/`, but installing it as a
 * dependency also installs the ~750 packages it was built from. So the build fetches only
 * the package's tarball with `npm pack` (npm's own cache and registry settings), checks it
 * against the integrity pinned here (the registry's `dist.integrity`, as a lockfile would),
 * and unpacks the bundle into `node_modules/.cache/`. After the first build it works offline.
 * To upgrade: change `versie` and `integriteit` (`npm view decap-cms@<versie> dist.integrity`).
 */
import { createHash, randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { npm } from '../utils/npm.ts';

export const DECAP_CMS = {
  versie: '3.16.3',
  integriteit: 'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==',
} as const;

// The project folder: builds, the dev server and the tests run there (this module is also bundled into pages,
// where import.meta points into the build output).
const cache = path.join(process.cwd(), 'node_modules/.cache/inzichtenbank');

/** The main bundle, its lazily loaded chunks and their WebAssembly files (no source maps, no legacy `cms.js` copies). */
export function decapBestanden(dist: string): string[] {
  return fs
    .readdirSync(dist)
    .filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f) || f.endsWith('.wasm'))
    .sort();
}

/** Subresource Integrity of a file: `sha384-<base64>`. */
export function sri(bestand: string): string {
  return `sha384-${createHash('sha384').update(fs.readFileSync(bestand)).digest('base64')}`;
}

function integriteitVan(bestand: string): string {
  return `sha512-${createHash('sha512').update(fs.readFileSync(bestand)).digest('base64')}`;
}

function fout(wat: string): Error {
  return new Error(`Decap CMS ${DECAP_CMS.versie} (de editor op /admin/): ${wat}`);
}

/** Fetches, checks and unpacks the pinned tarball into `doel`. */
function haalBundel(doel: string) {
  const werk = path.join(cache, `.tmp-${randomUUID()}`);
  fs.mkdirSync(werk, { recursive: true });
  try {
    const pack = npm(['pack', `decap-cms@${DECAP_CMS.versie}`, '--pack-destination', werk, '--silent'], { cwd: werk });
    const tgz = path.join(werk, `decap-cms-${DECAP_CMS.versie}.tgz`);
    if (pack.status !== 0 || !fs.existsSync(tgz)) {
      throw fout(
        `het pakket kon niet uit het npm-register worden gehaald (npm pack decap-cms@${DECAP_CMS.versie}).\n` +
          `Controleer de netwerkverbinding en 'npm config get registry'.\n${pack.stderr ?? ''}`,
      );
    }
    const gekregen = integriteitVan(tgz);
    if (gekregen !== DECAP_CMS.integriteit) {
      throw fout(
        `het pakket uit het register heeft integriteit ${gekregen}, vastgelegd is ${DECAP_CMS.integriteit} ` +
          `(src/cms/bundel.ts). Het pakket wordt niet gebruikt.`,
      );
    }
    const tar = spawnSync('tar', ['-xzf', tgz, '-C', werk, '--exclude=*.map', 'package/dist'], { encoding: 'utf8' });
    if (tar.status !== 0) throw fout(`uitpakken met tar mislukte:\n${tar.stderr}`);
    try {
      fs.renameSync(path.join(werk, 'package/dist'), doel);
    } catch (e) {
      // Another build unpacked the same version meanwhile: keep that one.
      if (!fs.existsSync(path.join(doel, 'decap-cms.js'))) throw e;
    }
  } finally {
    fs.rmSync(werk, { recursive: true, force: true });
  }
}

/** The folder with the pinned bundle, fetched on first use. */
export function decapDist(): string {
  const doel = path.join(cache, `decap-cms-${DECAP_CMS.versie}`);
  if (!fs.existsSync(path.join(doel, 'decap-cms.js'))) haalBundel(doel);
  return doel;
}
