import { spawn, spawnSync, type SpawnSyncReturns, type StdioOptions } from 'node:child_process';

/**
 * Runs npm's own client. Under `npm run`/`npm test` npm names its CLI in `npm_execpath`, which runs
 * with this Node; elsewhere the `npm` on PATH.
 */
export function npm(
  args: string[],
  opties: { cwd: string; stdio?: StdioOptions; env?: NodeJS.ProcessEnv },
): SpawnSyncReturns<string> {
  const { cwd, stdio = 'pipe', env } = opties;
  const [bestand, argumenten] = npmCommando(args);
  return spawnSync(bestand, argumenten, {
    cwd,
    stdio,
    env,
    encoding: 'utf8',
    shell: bestand === 'npm' && process.platform === 'win32',
  });
}

/**
 * `npm()` without blocking this process: for callers that serve something themselves meanwhile
 * (a server in this process cannot answer while a synchronous child runs).
 */
export function npmAsync(
  args: string[],
  { cwd }: { cwd: string },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const [bestand, argumenten] = npmCommando(args);
  return new Promise((klaar, fout) => {
    const kind = spawn(bestand, argumenten, { cwd, shell: bestand === 'npm' && process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    kind.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    kind.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    kind.on('error', fout);
    kind.on('close', (status) => klaar({ status, stdout, stderr }));
  });
}

function npmCommando(args: string[]): [string, string[]] {
  const cli = process.env.npm_execpath;
  return cli && /npm-cli\.[cm]?js$/.test(cli) ? [process.execPath, [cli, ...args]] : ['npm', args];
}
