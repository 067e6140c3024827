import { spawnSync, type SpawnSyncReturns, type StdioOptions } from 'node:child_process';

/**
 * Runs npm's own client. Under `npm run`/`npm test` npm names its CLI in `npm_execpath`, which runs
 * with this Node; elsewhere the `npm` on PATH.
 */
export function npm(args: string[], opties: { cwd: string; stdio?: StdioOptions }): SpawnSyncReturns<string> {
  const cli = process.env.npm_execpath;
  const { cwd, stdio = 'pipe' } = opties;
  return cli && /npm-cli\.[cm]?js$/.test(cli)
    ? spawnSync(process.execPath, [cli, ...args], { cwd, stdio, encoding: 'utf8' })
    : spawnSync('npm', args, { cwd, stdio, encoding: 'utf8', shell: process.platform === 'win32' });
}
