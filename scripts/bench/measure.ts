import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Measured {
  status: number | null;
  /** Wall time, milliseconds. */
  ms: number;
  /** Highest sum of resident memory over the whole process tree, bytes (sampled every 50 ms from /proc). */
  peakBytes: number;
  /** CPU time (user + system) of the whole process tree, seconds (sampled from /proc): less disturbed than wall time by other work on the machine. */
  cpuSeconds?: number;
  output: string;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const ticks = 100;

/** Parent pid and CPU ticks used (user + system) of every process, from /proc. */
function processes(): Map<number, { ppid: number; cpu: number }> {
  const map = new Map<number, { ppid: number; cpu: number }>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (in parentheses, may contain spaces): state ppid ... utime(14) stime(15).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), { ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** A process and all its descendants: pid -> CPU ticks used so far. */
function tree(pid: number): Map<number, number> {
  const all = processes();
  const found = new Map<number, number>([[pid, all.get(pid)?.cpu ?? 0]]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [p, { ppid, cpu }] of all) if (found.has(ppid) && !found.has(p)) (found.set(p, cpu), (grew = true));
  }
  return found;
}

/** Runs a command, timing it and sampling the memory of its process tree. */
export function run(
  command: string,
  args: string[],
  { env = {}, cwd, log }: { env?: Record<string, string>; cwd?: string; log?: string } = {},
): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakBytes = 0;
    // Highest CPU ticks seen per process of the tree (a process that ends between samples loses < 50 ms).
    const cpuTicks = new Map<number, number>();
    const sample = () => {
      if (!child.pid) return;
      let rss = 0;
      for (const [p, cpu] of tree(child.pid)) {
        rss += rssOf(p);
        cpuTicks.set(p, Math.max(cpuTicks.get(p) ?? 0, cpu));
      }
      peakBytes = Math.max(peakBytes, rss);
    };
    const timer = setInterval(sample, 50);
    child.on('close', (status) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      const cpuSeconds = Math.round(([...cpuTicks.values()].reduce((a, b) => a + b, 0) / ticks) * 10) / 10;
      if (log) {
        fs.mkdirSync(path.dirname(log), { recursive: true });
        fs.writeFileSync(log, output);
      }
      resolve({ status, ms, peakBytes, cpuSeconds, output });
    });
  });
}

/** Stops the benchmark when a step failed, with the end of its output. */
export function slaagde(m: Measured, what: string): void {
  if (m.status !== 0) {
    console.error(m.output.slice(-4000));
    throw new Error(`${what} faalde (exit ${m.status})`);
  }
}

/** Milliseconds as seconds with one decimal. */
export const sec = (ms: number) => Math.round(ms / 100) / 10;

/** Bytes as MB (MiB) with `decimalen` decimals. */
export const mb = (bytes: number, decimalen = 1) => Math.round((bytes / 1024 / 1024) * 10 ** decimalen) / 10 ** decimalen;

/** Total size of the files under a folder, bytes. */
export function dirSize(dir: string): number {
  let sum = 0;
  for (const f of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (f.isFile()) sum += fs.statSync(path.join(f.parentPath, f.name)).size;
  return sum;
}

/** Number of HTML pages under a folder. */
export function countPages(dir: string): number {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
}

/** A Markdown table of figures: the first column (the row's name) aligned left, the others right. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), `|---|${'--:|'.repeat(header.length - 1)}`, ...rows.map(line)].join('\n');
}
