/**
 * decap-server (Decap CMS's local backend) lives in its own small workspace,
 * scripts/redactie-server/, with its own lockfile: only `npm run redactie` and the editor test
 * need it, so the project's `npm install` does not carry its 124 packages. It is installed
 * there on first use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { npm } from '../src/utils/npm.ts';

const werkruimte = path.resolve(import.meta.dirname, 'redactie-server');

/** The pinned version, from the workspace's package.json. */
function vastgelegdeVersie(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(werkruimte, 'package.json'), 'utf8'));
  return pkg.dependencies['decap-server'];
}

function geïnstalleerdeVersie(): string | undefined {
  const pkg = path.join(werkruimte, 'node_modules/decap-server/package.json');
  return fs.existsSync(pkg) ? JSON.parse(fs.readFileSync(pkg, 'utf8')).version : undefined;
}

/** The path of decap-server's entry point, after installing the workspace when it is missing or outdated. */
export function decapServer(): string {
  if (geïnstalleerdeVersie() !== vastgelegdeVersie()) {
    console.log(`decap-server ${vastgelegdeVersie()} installeren in scripts/redactie-server/ (eenmalig)...`);
    const installatie = npm(['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: werkruimte,
      stdio: 'inherit',
    });
    if (installatie.status !== 0 || geïnstalleerdeVersie() !== vastgelegdeVersie()) {
      throw new Error(
        'decap-server kon niet worden geïnstalleerd in scripts/redactie-server/. ' +
          "Controleer de netwerkverbinding en 'npm config get registry', of installeer het zelf: " +
          'npm install --prefix scripts/redactie-server',
      );
    }
  }
  return path.join(werkruimte, 'node_modules/decap-server/dist/index.js');
}
