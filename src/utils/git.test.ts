import * as childProcess from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, vi } from 'vitest';

vi.mock('node:child_process', { spy: true });
const { leesGeschiedenis, webadresVanRemote, wijzigingVan } = await import('./git.ts');

function repo(): { dir: string; git: (args: string[], datum?: string) => void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-git-')));
  const git = (args: string[], datum?: string) =>
    void childProcess.execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], {
      cwd: dir,
      env: { ...process.env, ...(datum ? { GIT_AUTHOR_DATE: datum, GIT_COMMITTER_DATE: datum } : {}) },
    });
  git(['init', '-q', '-b', 'main']);
  return { dir, git };
}

test('reads the last change of every file with one git log, however many files there are', () => {
  const { dir, git } = repo();
  fs.mkdirSync(path.join(dir, 'content/inzichten'), { recursive: true });
  for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(dir, `content/inzichten/i${i}.mdx`), `${i}`);
  git(['add', '-A']);
  git(['commit', '-qm', 'een'], '2024-01-02T12:00:00Z');
  fs.writeFileSync(path.join(dir, 'content/inzichten/i7.mdx'), 'nieuw');
  git(['commit', '-qam', 'twee'], '2025-02-03T12:00:00Z');

  vi.mocked(childProcess.execFileSync).mockClear();
  const g = leesGeschiedenis(path.join(dir, 'content'), { INZICHTENBANK_REPO_URL: 'https://github.com/o/r' });
  const logs = vi.mocked(childProcess.execFileSync).mock.calls.filter(([, args]) => (args as string[]).includes('log'));
  expect(logs).toHaveLength(1);
  expect(vi.mocked(childProcess.execFileSync).mock.calls.length).toBeLessThanOrEqual(4);

  expect(g.wijzigingen.size).toBe(50);
  expect(g.wijzigingen.get(path.join(dir, 'content/inzichten/i7.mdx'))?.datum.toISOString()).toBe('2025-02-03T12:00:00.000Z');
  expect(g.wijzigingen.get(path.join(dir, 'content/inzichten/i8.mdx'))?.datum.toISOString()).toBe('2024-01-02T12:00:00.000Z');
  expect(wijzigingVan(path.join(dir, 'content/inzichten/i7.mdx'), g).historieUrl).toBe(
    'https://github.com/o/r/commits/main/content/inzichten/i7.mdx',
  );
});

test('in a shallow clone only files changed inside the fetched history get a date', () => {
  const { dir, git } = repo();
  fs.writeFileSync(path.join(dir, 'oud.mdx'), 'oud');
  git(['add', '-A']);
  git(['commit', '-qm', 'oud'], '2023-01-01T00:00:00Z');
  fs.writeFileSync(path.join(dir, 'midden.mdx'), 'midden');
  git(['add', '-A']);
  git(['commit', '-qm', 'midden'], '2024-01-01T00:00:00Z');
  fs.writeFileSync(path.join(dir, 'nieuw.mdx'), 'nieuw');
  git(['add', '-A']);
  git(['commit', '-qm', 'nieuw'], '2025-01-01T00:00:00Z');
  const kloon = `${dir}-kloon`;
  childProcess.execFileSync('git', ['clone', '-q', '--depth', '2', `file://${dir}`, kloon]);

  const g = leesGeschiedenis(kloon, {});
  expect([...g.wijzigingen.keys()].map((k) => path.basename(k))).toEqual(['nieuw.mdx']);
  expect(g.repoUrl).toBeUndefined();
});

test('outside a git repository there is no history and no link, and nothing throws', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-geen-git-'));
  fs.writeFileSync(path.join(dir, 'a.mdx'), 'a');
  const g = leesGeschiedenis(dir, {});
  expect(g.wijzigingen.size).toBe(0);
  expect(wijzigingVan(path.join(dir, 'a.mdx'), g)).toEqual({ laatst: undefined, historieUrl: undefined });
});

test('remote addresses become web addresses', () => {
  expect(webadresVanRemote('git@github.com:ma/inzichtenbank.git')).toBe('https://github.com/ma/inzichtenbank');
  expect(webadresVanRemote('https://token@github.com/ma/inzichtenbank.git\n')).toBe('https://github.com/ma/inzichtenbank');
  expect(webadresVanRemote('/pad/naar/repo')).toBeUndefined();
});
