import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from './paths.ts';

/** The last change to a file, from git. */
export interface Wijziging {
  datum: Date;
  commit: string;
}

export interface Geschiedenis {
  /** Last change per absolute file path; files git does not know (or not reliably) are absent. */
  wijzigingen: Map<string, Wijziging>;
  /** Root of the git work tree, when the content is in one. */
  toplevel?: string;
  /** Web address of the repository (`https://github.com/owner/repo`), when known. */
  repoUrl?: string;
  /** Branch whose history the links show. */
  branch: string;
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotepath=false', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 512 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** https form of a remote: git@github.com:o/r.git and https://github.com/o/r.git -> https://github.com/o/r */
export function webadresVanRemote(remote: string | undefined): string | undefined {
  const r = remote?.trim();
  if (!r) return undefined;
  const ssh = /^(?:ssh:\/\/)?git@([^:/]+)[:/](.+?)(?:\.git)?\/?$/.exec(r);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const web = /^https?:\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(r);
  return web ? `https://${web[1]}/${web[2]}` : undefined;
}

/**
 * Reads the history of every file under `dir` with ONE `git log` call (the site must
 * scale to 10,000 entries, so never one call per file). Newest first, so the first
 * commit that names a file is its last change. In a shallow clone the oldest commits
 * present stand for all earlier history; files last seen there get no date.
 * Outside a git work tree the map is empty and pages fall back to the entry's date.
 */
export function leesGeschiedenis(dir = contentDir, env: NodeJS.ProcessEnv = process.env): Geschiedenis {
  const branch = env.INZICHTENBANK_BRANCH || env.GITHUB_BASE_REF || 'main';
  const wijzigingen = new Map<string, Wijziging>();
  const repoUrlUitEnv =
    env.INZICHTENBANK_REPO_URL ||
    (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined);
  if (!fs.existsSync(dir)) return { wijzigingen, branch, repoUrl: repoUrlUitEnv };
  const toplevel = git(dir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!toplevel) return { wijzigingen, branch, repoUrl: repoUrlUitEnv };
  const repoUrl = repoUrlUitEnv ?? webadresVanRemote(git(toplevel, ['remote', 'get-url', 'origin']));

  const grens = new Set<string>();
  if (git(toplevel, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true') {
    const shallow = git(toplevel, ['rev-parse', '--git-path', 'shallow'])?.trim();
    if (shallow) for (const c of fs.readFileSync(path.resolve(toplevel, shallow), 'utf8').split(/\s+/)) if (c) grens.add(c);
  }

  const log = git(toplevel, [
    'log',
    '--format=%x1e%H %cI',
    '--name-only',
    '--no-renames',
    '--',
    path.relative(toplevel, fs.realpathSync(dir)) || '.',
  ]);
  if (!log) return { wijzigingen, toplevel, repoUrl, branch };
  for (const blok of log.split('\x1e')) {
    const [kop, ...bestanden] = blok.split('\n');
    if (!kop) continue;
    const [commit, iso] = kop.split(' ');
    for (const b of bestanden) {
      if (!b) continue;
      const abs = path.join(toplevel, b);
      if (wijzigingen.has(abs)) continue;
      // A boundary commit of a shallow clone claims every file: its date says nothing.
      wijzigingen.set(abs, grens.has(commit) ? { datum: new Date(NaN), commit } : { datum: new Date(iso), commit });
    }
  }
  for (const [abs, w] of wijzigingen) if (Number.isNaN(w.datum.getTime())) wijzigingen.delete(abs);
  return { wijzigingen, toplevel, repoUrl, branch };
}

let cache: Geschiedenis | undefined;

/** The history of the content, read once per build. */
export function geschiedenis(): Geschiedenis {
  cache ??= leesGeschiedenis();
  return cache;
}

/** Last change and history link of one file (`entry.filePath`, relative to the project root or absolute). */
export function wijzigingVan(filePath: string, g: Geschiedenis = geschiedenis()): { laatst?: Wijziging; historieUrl?: string } {
  let abs = path.resolve(process.cwd(), filePath);
  try {
    abs = fs.realpathSync(abs);
  } catch {
    // A file that is gone has no history to show.
  }
  const laatst = g.wijzigingen.get(abs);
  const rel = path
    .relative(g.toplevel ?? process.cwd(), abs)
    .split(path.sep)
    .join('/');
  const historieUrl =
    g.repoUrl && !rel.startsWith('..')
      ? `${g.repoUrl}/commits/${g.branch}/${rel.split('/').map(encodeURIComponent).join('/')}`
      : undefined;
  return { laatst, historieUrl };
}
