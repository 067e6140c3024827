import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { root } from './build.ts';
import { decapServer } from '../../scripts/decap-server.ts';

/** Runs git in `cwd` and returns its output; throws with git's message when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Redactie Test',
      GIT_AUTHOR_EMAIL: 'redactie@example.org',
      GIT_COMMITTER_NAME: 'Redactie Test',
      GIT_COMMITTER_EMAIL: 'redactie@example.org',
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} faalde:\n${result.stderr}`);
  return result.stdout;
}

/**
 * A scratch git repository (branch `main`) with a copy of the real content and `src/`,
 * plus `extraContent` copied over `content/`. It lives under `.tmp/` in the project so
 * MDX imports and packages resolve as in the real repository; the real content is never touched.
 */
export function maakKladRepo(naam: string, extraContent?: string): string {
  const dir = path.join(root, '.tmp', naam);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  fs.cpSync(path.join(root, 'src'), path.join(dir, 'src'), { recursive: true });
  if (extraContent) fs.cpSync(extraContent, path.join(dir, 'content'), { recursive: true });
  return maakGitRepo(dir);
}

/** Makes `dir` a git repository on branch `main`, with an identity of its own, holding its files in one commit. */
export function maakGitRepo(dir: string): string {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Redactie Test');
  git(dir, 'config', 'user.email', 'redactie@example.org');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'Begin');
  return dir;
}

export function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface DecapServer {
  url: string;
  log: string[];
  stop(): Promise<void>;
}

/**
 * Starts the pinned decap-server (the CMS's local backend, installed on first use) in git mode on `repo`,
 * with `env` added to its environment (as `npm run redactie` adds its own).
 */
export async function startDecapServer(repo: string, env: Record<string, string> = {}): Promise<DecapServer> {
  const port = await vrijePoort();
  const log: string[] = [];
  const proces: ChildProcess = spawn(process.execPath, [decapServer()], {
    cwd: repo,
    env: {
      ...process.env,
      ...env,
      MODE: 'git',
      GIT_REPO_DIRECTORY: repo,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proces.stdout?.on('data', (d) => log.push(String(d)));
  proces.stderr?.on('data', (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}/api/v1`;
  const tot = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"action":"info"}',
      });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (proces.exitCode !== null || Date.now() > tot) throw new Error(`decap-server startte niet:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    log,
    stop: () =>
      new Promise((resolve) => {
        if (proces.exitCode !== null) return resolve();
        proces.once('exit', () => resolve());
        proces.kill();
      }),
  };
}
