/** Runs the `detente` CLI as a child process: from source under tsx, or from the build when tests run compiled. */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../testing/paths.js';

const here = fileURLToPath(import.meta.url);
const fromTs = here.endsWith('.ts');

/** The node arguments that start the CLI before its own arguments. */
export function cliArgs(): string[] {
  return [...(fromTs ? ['--import', 'tsx'] : []), join(dirname(here), '..', fromTs ? 'cli.ts' : 'cli.js')];
}

/** Runs to the end; `timeoutMs` kills a hung run (the test then sees `signal`). */
export function runCli(args: string[], timeoutMs = 60_000): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...cliArgs(), ...args], { cwd: projectRoot(), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
}

/** Starts the CLI and returns the child; stdout and stderr are collected into `out`. */
export function startCli(args: string[]): { child: ChildProcess; out: { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, [...cliArgs(), ...args], { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (out.stdout += d));
  child.stderr!.on('data', (d) => (out.stderr += d));
  return { child, out };
}
