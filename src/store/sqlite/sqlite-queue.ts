/**
 * The job queue on SQLite. SQLite has one writer at a time, so a claim inside BEGIN IMMEDIATE
 * cannot hand the same job to two workers: the second claimer waits for the lock (busy_timeout)
 * and then sees the first one's update. That is why SKIP LOCKED is neither available nor needed;
 * the price is that claimers queue behind each other, which is fine on one machine.
 */
import type Database from 'better-sqlite3';
import type { Job, JobInput, QueueStats } from '../store.js';
import { LEASE_EXHAUSTED, MAX_CLAIMS } from '../queue-policy.js';
import { StoreError } from '../store-error.js';

const KINDS = new Set<Job['kind']>(['path', 'url', 'inline']);

export class SqliteQueue {
  constructor(private readonly db: Database.Database) {}

  enqueue(jobs: JobInput[]): number {
    for (const j of jobs) {
      if (!KINDS.has(j.kind)) throw new StoreError(`enqueue: unknown job kind "${j.kind}" (expected path, url or inline)`);
    }
    const insert = this.db.prepare(
      'INSERT INTO jobs (kind, payload, dedupe_key) VALUES (?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING',
    );
    return this.db
      .transaction(() => jobs.reduce((n, j) => n + insert.run(j.kind, j.payload, j.dedupeKey ?? j.payload).changes, 0))
      .immediate();
  }

  claim(worker: string, limit: number, leaseSeconds: number): Job[] {
    if (!Number.isInteger(limit) || limit < 1) throw new StoreError(`claimJobs: limit must be a positive integer (got ${limit})`);
    if (!(Number.isFinite(leaseSeconds) && leaseSeconds > 0)) {
      throw new StoreError(`claimJobs: leaseSeconds must be a positive number (got ${leaseSeconds})`);
    }
    const take = this.db.transaction((): Job[] => {
      // Read the clock once the write lock is held: waiting for it may have taken a while.
      const now = Date.now();
      this.db
        .prepare(
          `UPDATE jobs SET status = 'failed', error = ?, lease_until = NULL, finished_at = ?
           WHERE status = 'running' AND lease_until < ? AND attempts >= ?`,
        )
        .run(LEASE_EXHAUSTED, now, now, MAX_CLAIMS);
      return this.db
        .prepare(
          `UPDATE jobs SET status = 'running', worker = ?, attempts = attempts + 1, lease_until = ?, started_at = ?
           WHERE id IN (SELECT id FROM jobs
                        WHERE status = 'pending' OR (status = 'running' AND lease_until < ?)
                        ORDER BY id LIMIT ?)
           RETURNING id, kind, payload, attempts`,
        )
        .all(worker, now + leaseSeconds * 1000, now, now, limit) as Job[];
    });
    return take.immediate().sort((a, b) => a.id - b.id);
  }

  complete(id: number, worker: string): void {
    this.db
      .prepare(
        `UPDATE jobs SET status = 'done', lease_until = NULL, error = NULL, finished_at = ?
         WHERE id = ? AND worker = ? AND status = 'running'`,
      )
      .run(Date.now(), id, worker);
  }

  fail(id: number, worker: string, error: string, maxAttempts: number): void {
    this.db
      .prepare(
        `UPDATE jobs SET status = CASE WHEN attempts >= ? THEN 'failed' ELSE 'pending' END,
           error = ?, lease_until = NULL, finished_at = ?
         WHERE id = ? AND worker = ? AND status = 'running'`,
      )
      .run(maxAttempts, error, Date.now(), id, worker);
  }

  renew(id: number, worker: string, leaseSeconds: number): boolean {
    return (
      this.db
        .prepare(`UPDATE jobs SET lease_until = ? WHERE id = ? AND worker = ? AND status = 'running'`)
        .run(Date.now() + leaseSeconds * 1000, id, worker).changes > 0
    );
  }

  release(id: number, worker: string): void {
    this.db
      .prepare(
        `UPDATE jobs SET status = 'pending', worker = NULL, lease_until = NULL, attempts = MAX(attempts - 1, 0)
         WHERE id = ? AND worker = ? AND status = 'running'`,
      )
      .run(id, worker);
  }

  stats(): QueueStats {
    const stats: QueueStats = { pending: 0, running: 0, done: 0, failed: 0 };
    const rows = this.db.prepare('SELECT status, COUNT(*) AS n FROM jobs GROUP BY status').all() as { status: keyof QueueStats; n: number }[];
    for (const r of rows) stats[r.status] = r.n;
    return stats;
  }
}
