/**
 * End-to-end throughput of the queue: for each worker count, a fresh PostgreSQL schema, the JSONL
 * dump enqueued (one inline job per line, as `detente ingest --queue` does; not timed), then that
 * many `detente worker` processes started together. The rate is taken over the working window, from
 * the first claim to the last completion (the jobs table's started_at and finished_at, on the server
 * clock), so process start-up (loading the NLP model, ~1-2 s) is reported apart instead of diluting
 * the rate; the wall time of the whole run is kept too.
 * For comparison, a single `detente ingest` of the same dump into a fresh SQLite file.
 */
import { join } from 'node:path';
import pg from 'pg';
import { enqueueInputs } from '../jobs/enqueue-inputs.js';
import { openStore } from '../store/open-store.js';
import { splitSchema } from '../store/postgres/postgres-store.js';
import { testSchema } from '../store/testing/postgres-test-db.js';
import { runCli, type ChildResult } from './measured-child.js';

/** Server the benchmark uses; override with DETENTE_BENCH_PG_URL. */
export const BENCH_PG_URL = process.env.DETENTE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface WorkerRun {
  workers: number;
  jobs: number;
  /** Articles stored per second over the working window (first claim to last completion). */
  perSecond: number;
  /** The working window, s. */
  seconds: number;
  /** From starting the processes to the first claim (process start-up), s. */
  startupSeconds: number;
  /** From starting the processes to the last one's exit, s. */
  wallSeconds: number;
  /** Articles per second over the wall time (start-up included). */
  wallPerSecond: number;
  /** Highest peak RSS among the workers, MB. */
  peakRssMb: number | null;
  stored: number;
  problems: string[];
}

const lastLine = (r: ChildResult) => r.stderr.trim().split('\n').pop() ?? '';
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Runs one query on a short-lived connection to the bench schema. */
async function queryOnce<T extends pg.QueryResultRow>(spec: string, sql: string): Promise<T> {
  const { url, schema } = splitSchema(spec);
  const client = new pg.Client({ connectionString: url, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows[0]!;
  } finally {
    await client.end();
  }
}

/** Enqueues `file` (of `jobs` lines) in a fresh schema and drains it with `workers` processes of batch `batch`. */
export async function measureWorkers(file: string, jobs: number, workers: number, batch: number, url = BENCH_PG_URL): Promise<WorkerRun> {
  const fresh = testSchema(url, 'detente_bench');
  const spec = fresh.url;
  const problems: string[] = [];
  try {
    const queue = await openStore(spec);
    try {
      const bad: string[] = [];
      await enqueueInputs(queue, [file], { report: (origin, reason) => bad.push(`${origin}: ${reason}`) });
      if (bad.length) throw new Error(`enqueue failed: ${bad[0]}`);
    } finally {
      await queue.close();
    }
    // Server clock, like started_at and finished_at, so the three compare directly.
    const t0 = (await queryOnce<{ t: Date }>(spec, 'SELECT clock_timestamp() AS t')).t.getTime();
    const runs = Array.from({ length: workers }, () => runCli(['worker', '--db', spec, '--batch', String(batch)]));
    const results = await Promise.all(runs.map((r) => r.done));
    const wallSeconds = Math.max(...results.map((r) => r.seconds));
    for (const r of results) if (r.code !== 0) problems.push(`a worker failed (exit ${r.code}): ${lastLine(r)}`);
    const w = await queryOnce<{ first: Date | null; last: Date | null; done: string; stored: string }>(spec,
      `SELECT min(started_at) AS first, max(finished_at) AS last,
              (SELECT count(*) FROM jobs WHERE status = 'done') AS done, (SELECT count(*) FROM articles) AS stored
       FROM jobs`);
    const stored = Number(w.stored);
    if (Number(w.done) !== jobs) problems.push(`${w.done} of ${jobs} jobs done`);
    if (stored !== jobs) problems.push(`${stored} articles stored, expected ${jobs}`);
    const seconds = w.first && w.last ? (w.last.getTime() - w.first.getTime()) / 1000 : wallSeconds;
    const startupSeconds = w.first ? (w.first.getTime() - t0) / 1000 : 0;
    const peaks = results.map((r) => r.peakRssMb).filter((x): x is number => x !== null);
    return {
      workers, jobs, stored, problems,
      perSecond: r1(stored / seconds),
      seconds: r2(seconds),
      startupSeconds: r2(startupSeconds),
      wallSeconds: r2(wallSeconds),
      wallPerSecond: r1(stored / wallSeconds),
      peakRssMb: peaks.length ? Math.max(...peaks) : null,
    };
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
