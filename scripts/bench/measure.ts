import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Measured {
  status: number | null;
  /** Wall time, milliseconds. */
  ms: number;
  /** Highest sum of resident memory over the whole process tree, bytes (sampled every 50 ms). */
  peakBytes: number;
  /** CPU time (user + system) of the whole process tree, seconds: less disturbed than wall time by other work on the machine. */
  cpuSeconds?: number;
  output: string;
}

const timeBin = '/usr/bin/time';
const timeMark = '__bench_cpu__';

/** Parent pid of every process, from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name, which is in parentheses and may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
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

/** Resident memory of a process and all its descendants. */
export function treeRss(pid: number): number {
  const ppid = parents();
  const tree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [p, parent] of ppid) if (tree.has(parent) && !tree.has(p)) (tree.add(p), (grew = true));
  }
  let sum = 0;
  for (const p of tree) sum += rssOf(p);
  return sum;
}

/** Runs a command, timing it and sampling the memory of its process tree. */
export function run(command: string, args: string[], { env = {}, cwd, log }: { env?: Record<string, string>; cwd?: string; log?: string } = {}): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    // GNU time reports the CPU time of the command and every descendant it waited for.
    const timed = fs.existsSync(timeBin);
    const child = timed
      ? spawn(timeBin, ['-f', `${timeMark} %U %S`, command, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakBytes = 0;
    const sample = () => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    };
    const timer = setInterval(sample, 50);
    child.on('close', (status) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      const cpu = new RegExp(`${timeMark} ([\\d.]+) ([\\d.]+)`).exec(output);
      const cpuSeconds = cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 10) / 10 : undefined;
      if (log) {
        fs.mkdirSync(path.dirname(log), { recursive: true });
        fs.writeFileSync(log, output);
      }
      resolve({ status, ms, peakBytes, cpuSeconds, output });
    });
  });
}

/** Total size of the files under a folder, bytes. */
export function dirSize(dir: string): number {
  let sum = 0;
  for (const f of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) if (f.isFile()) sum += fs.statSync(path.join(f.parentPath, f.name)).size;
  return sum;
}

/** Number of HTML pages under a folder. */
export function countPages(dir: string): number {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
}
