/**
 * `npm run redactie`: the editor on your own computer, without GitHub. Starts the
 * development server and decap-server (Decap's local backend) in git mode on this
 * repository, then open http://127.0.0.1:4321/admin/ and click "Inloggen".
 *
 * Git mode runs the same editorial workflow as GitHub: "Opslaan" commits to a local
 * branch cms/<collectie>/<bestandsnaam>, "Publiceer" merges it into the current branch.
 * decap-server switches branches in this working tree, so commit or stash your own
 * changes first.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { decapServer } from './decap-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const status = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
if (status.status !== 0) {
  console.error('npm run redactie werkt alleen in een git-repository.');
  process.exit(1);
}
if (status.stdout.trim()) {
  console.error(
    'Er zijn niet-vastgelegde wijzigingen. Leg ze eerst vast (git commit) of zet ze opzij (git stash):\n' + status.stdout,
  );
  process.exit(1);
}

const processen = [
  spawn(process.execPath, [decapServer()], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: root, BIND_HOST: '127.0.0.1', PORT: '8081' },
  }),
  spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'inherit',
  }),
];
console.log('Redactie: open http://127.0.0.1:4321/admin/ en klik op "Inloggen". Stoppen: Ctrl+C.');
const stop = () => processen.forEach((p) => p.kill());
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const p of processen) p.on('exit', stop);
