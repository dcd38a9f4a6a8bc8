/**
 * End-to-end throughput of the queue: for each worker count, a fresh PostgreSQL schema, the JSONL
 * dump enqueued with `detente ingest --queue` (one inline job per line; not timed), then that many
 * `detente worker` processes started together and timed until the last exits (queue drained).
 * For comparison, a single `detente ingest` of the same dump into a fresh SQLite file.
 */
import { join } from 'node:path';
import { openStore } from '../store/open-store.js';
import { testSchema } from '../store/testing/postgres-test-db.js';
import { runCli, type ChildResult } from './measured-child.js';

/** Server the benchmark uses; override with DETENTE_BENCH_PG_URL. */
export const BENCH_PG_URL = process.env.DETENTE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface WorkerRun {
  workers: number;
  jobs: number;
  /** Articles stored per second, from the workers' start to the last one's exit. */
  perSecond: number;
  seconds: number;
  /** Highest peak RSS among the workers, MB. */
  peakRssMb: number | null;
  stored: number;
  problems: string[];
}

const lastLine = (r: ChildResult) => r.stderr.trim().split('\n').pop() ?? '';

/** Enqueues `file` (of `jobs` lines) in a fresh schema and drains it with `workers` processes. */
export async function measureWorkers(file: string, jobs: number, workers: number, url = BENCH_PG_URL): Promise<WorkerRun> {
  const fresh = testSchema(url, 'detente_bench');
  const spec = fresh.url;
  const problems: string[] = [];
  try {
    const q = await runCli(['ingest', '--queue', file, '--db', spec]).done;
    if (q.code !== 0) throw new Error(`enqueue failed: ${lastLine(q)}`);
    const runs = Array.from({ length: workers }, () => runCli(['worker', '--db', spec, '--batch', '20']));
    const results = await Promise.all(runs.map((r) => r.done));
    const seconds = Math.max(...results.map((r) => r.seconds));
    for (const r of results) if (r.code !== 0) problems.push(`a worker failed (exit ${r.code}): ${lastLine(r)}`);
    const store = await openStore(spec);
    let stored = 0;
    try {
      stored = (await store.counts()).articles;
      const queue = await store.queueStats();
      if (queue.done !== jobs) problems.push(`${queue.done} of ${jobs} jobs done (${queue.failed} failed, ${queue.pending} pending)`);
    } finally {
      await store.close();
    }
    if (stored !== jobs) problems.push(`${stored} articles stored, expected ${jobs}`);
    const peaks = results.map((r) => r.peakRssMb).filter((x): x is number => x !== null);
    return { workers, jobs, perSecond: Math.round((stored / seconds) * 10) / 10, seconds, peakRssMb: peaks.length ? Math.max(...peaks) : null, stored, problems };
  } finally {
    await fresh.drop().catch(() => undefined);
  }
}

export interface SqliteRun {
  perSecond: number;
  seconds: number;
  peakRssMb: number | null;
  stored: number;
  problems: string[];
}

/** One `detente ingest FILE --db dir/sqlite-ingest.db` process over the same dump. */
export async function measureSqliteIngest(file: string, jobs: number, dir: string): Promise<SqliteRun> {
  const db = join(dir, 'sqlite-ingest.db');
  const r = await runCli(['ingest', file, '--db', db]).done;
  const problems: string[] = [];
  if (r.code !== 0) problems.push(`ingest failed (exit ${r.code}): ${lastLine(r)}`);
  const stored = Number(/ingested (\d+) new/.exec(r.stdout)?.[1] ?? 0);
  if (stored !== jobs) problems.push(`${stored} articles stored, expected ${jobs}`);
  return { perSecond: Math.round((stored / r.seconds) * 10) / 10, seconds: r.seconds, peakRssMb: r.peakRssMb, stored, problems };
}
