/**
 * Runs a `detente` command as a child process and watches it: wall time, peak RSS (VmHWM from
 * /proc, sampled; Linux only, null elsewhere) and the RSS over time, so "flat memory" can be
 * shown as the peak of the first quarter of the run against the peak of the last.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { once } from 'node:events';
import { projectRoot } from '../testing/paths.js';
import { join } from 'node:path';

export interface ChildResult {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Highest resident set seen (VmHWM), MB; null when /proc is not there. */
  peakRssMb: number | null;
  /** [seconds since start, RSS MB] samples. */
  rss: [number, number][];
}

export interface MeasuredChild {
  child: ChildProcess;
  /** Resolves when the process has exited. */
  done: Promise<ChildResult>;
}

let cli: string | null = null;

/** Path of the built CLI: the snapshot's when one was taken, else the project's dist/cli.js. */
export function cliPath(): string {
  return cli ?? join(projectRoot(), 'dist', 'cli.js');
}

/**
 * Copies the build to `dir` (dist without source maps and web assets, package.json, a link to
 * node_modules) and runs children from there: others rebuilding dist/ during a long run would
 * otherwise make a child start from half-written files. Checks the copy starts; retries once.
 */
export function snapshotCli(dir: string): void {
  const root = projectRoot();
  for (let attempt = 0; ; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(root, 'dist'), join(dir, 'dist'), {
      recursive: true,
      filter: (src) => !src.endsWith('.map') && !src.startsWith(join(root, 'dist', 'web')),
    });
    copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const probe = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), 'ingest', '--help'], { encoding: 'utf8' });
    if (probe.status === 0) break;
    if (attempt >= 1) throw new Error(`bench: the build in dist/ does not start: ${probe.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
  }
  cli = join(dir, 'dist', 'cli.js');
}

/** VmHWM and VmRSS of `pid` in MB, or null. */
function memoryOf(pid: number): { hwm: number; rss: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const hwm = kb('VmHWM');
    const rss = kb('VmRSS');
    return Number.isFinite(hwm) && Number.isFinite(rss) ? { hwm: hwm / 1024, rss: rss / 1024 } : null;
  } catch {
    return null;
  }
}

/**
 * Starts `node dist/cli.js ...args` and samples its memory every `sampleMs` (default 100).
 * stdout and stderr are collected whole (the commands print little when stderr is not a terminal).
 */
export function runCli(args: string[], sampleMs = 100): MeasuredChild {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [cliPath(), ...args], { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  let peak: number | null = null;
  const rss: [number, number][] = [];
  const sample = () => {
    const m = child.pid ? memoryOf(child.pid) : null;
    if (!m) return;
    peak = Math.max(peak ?? 0, m.hwm);
    rss.push([Number(process.hrtime.bigint() - started) / 1e9, Math.round(m.rss)]);
  };
  const timer = setInterval(sample, sampleMs);
  const done = once(child, 'exit').then(([code, signal]) => {
    clearInterval(timer);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { code: code as number | null, signal: signal as string | null, stdout, stderr, seconds, peakRssMb: peak === null ? null : Math.round(peak), rss };
  });
  return { child, done };
}

/** Peak RSS (MB) of the samples in the [from, to) share of a run, e.g. [0, 0.25) for the first quarter. */
export function peakIn(r: ChildResult, from: number, to: number): number | null {
  const xs = r.rss.filter(([t]) => t >= from * r.seconds && t < to * r.seconds).map(([, m]) => m);
  return xs.length ? Math.max(...xs) : null;
}
