/**
 * The streaming check: `detente ingest FILE.jsonl --db FILE.db` as a child process over a large
 * dump, killed (SIGKILL, as a crash or an OOM kill would) once about half the articles are stored,
 * then run again. The second run must say "resuming at line N" and the store must end with every
 * article exactly once. Throughput counts both runs' wall time; memory is the peak of either.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { peakIn, runCli, type ChildResult } from './measured-child.js';

export interface StreamingResult {
  lines: number;
  /** Articles per second over both runs' wall time (process start-up included, twice). */
  perSecond: number;
  /** Peak RSS of either run, MB. */
  peakRssMb: number | null;
  /** Peak RSS in the first and the last quarter of the resumed run, MB: equal when memory is flat. */
  rssFirstQuarterMb: number | null;
  rssLastQuarterMb: number | null;
  /** Articles stored when the first run was killed. */
  killedAt: number;
  /** The N of "resuming at line N", or null when the second run did not resume. */
  resumedAtLine: number | null;
  /** Articles in the store at the end, and distinct URLs among them. */
  stored: number;
  distinctUrls: number;
  /** Articles the second run found already stored (the lines since the last checkpoint). */
  redone: number;
  ok: boolean;
  problems: string[];
}

/** Articles in an SQLite store, read without disturbing the writer (WAL); 0 before the file exists. */
export function storedArticles(db: string): { count: number; distinctUrls: number } {
  if (!existsSync(db)) return { count: 0, distinctUrls: 0 };
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true, timeout: 2000 });
    try {
      const row = conn.prepare('SELECT count(*) AS n, count(DISTINCT url) AS u FROM articles').get() as { n: number; u: number };
      return { count: row.n, distinctUrls: row.u };
    } finally {
      conn.close();
    }
  } catch {
    return { count: 0, distinctUrls: 0 }; // not migrated yet
  }
}

/** Ingests `file` (of `lines` articles) into `db`, killing the first run at `killShare` of them (default 0.5). */
export async function measureStreamingIngest(file: string, lines: number, db: string, killShare = 0.5): Promise<StreamingResult> {
  const problems: string[] = [];
  const first = runCli(['ingest', file, '--db', db]);
  let killedAt = 0;
  for (;;) {
    const exited = await Promise.race([first.done.then(() => true), sleep(200).then(() => false)]);
    if (exited) break;
    killedAt = storedArticles(db).count;
    if (killedAt >= lines * killShare) {
      first.child.kill('SIGKILL');
      break;
    }
  }
  const r1 = await first.done;
  if (r1.signal !== 'SIGKILL') problems.push(`the first run was not killed (exit ${r1.code}): ${r1.stderr.trim().split('\n').pop() ?? ''}`);
  killedAt = storedArticles(db).count;

  const r2: ChildResult = await runCli(['ingest', file, '--db', db]).done;
  if (r2.code !== 0) problems.push(`the resumed run failed (exit ${r2.code}): ${r2.stderr.trim().split('\n').pop() ?? ''}`);
  const resumed = /resuming at line (\d+)/.exec(r2.stderr);
  if (!resumed) problems.push('the second run did not print "resuming at line N"');
  const redone = Number(/\((\d+) already stored/.exec(r2.stdout)?.[1] ?? NaN);
  const { count, distinctUrls } = storedArticles(db);
  if (count !== lines) problems.push(`${count} articles stored, expected ${lines}`);
  if (distinctUrls !== count) problems.push(`${count - distinctUrls} articles stored twice`);
  const peaks = [r1.peakRssMb, r2.peakRssMb].filter((x): x is number => x !== null);
  return {
    lines,
    perSecond: Math.round((lines / (r1.seconds + r2.seconds)) * 10) / 10,
    peakRssMb: peaks.length ? Math.max(...peaks) : null,
    rssFirstQuarterMb: peakIn(r2, 0, 0.25),
    rssLastQuarterMb: peakIn(r2, 0.75, 1.01),
    killedAt,
    resumedAtLine: resumed ? Number(resumed[1]) : null,
    stored: count,
    distinctUrls,
    redone: Number.isFinite(redone) ? redone : -1,
    ok: problems.length === 0,
    problems,
  };
}
