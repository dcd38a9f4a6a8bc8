/**
 * The job queue on PostgreSQL. Claiming locks candidate rows with FOR UPDATE SKIP LOCKED, so
 * concurrent workers (on any machine) take disjoint jobs without waiting for each other. Leases
 * are compared with the server clock (now()), so workers' clocks need not agree.
 */
import type pg from 'pg';
import type { Job, JobInput, QueueStats } from '../store.js';
import { StoreError } from '../store-error.js';
import { LEASE_EXHAUSTED, MAX_CLAIMS } from '../queue-policy.js';
import { fromInt } from '../rows/row-values.js';
import { insertRows, transaction } from './postgres-sql.js';
import { replaceNul } from './postgres-text.js';

const KINDS = new Set<Job['kind']>(['path', 'url', 'inline']);

export class PostgresQueue {
  constructor(private readonly pool: pg.Pool) {}

  async enqueue(jobs: JobInput[]): Promise<number> {
    for (const j of jobs) {
      if (!KINDS.has(j.kind)) throw new StoreError(`enqueue: unknown job kind "${j.kind}" (expected path, url or inline)`);
    }
    if (jobs.length === 0) return 0;
    // One statement per chunk; ON CONFLICT also drops duplicates inside the same call.
    const rows = jobs.map((j) => replaceNul([j.kind, j.payload, j.dedupeKey ?? j.payload]));
    return transaction(this.pool, (client) =>
      insertRows(client, 'jobs', ['kind', 'payload', 'dedupe_key'], rows, ' ON CONFLICT (dedupe_key) DO NOTHING'),
    );
  }

  async claim(worker: string, limit: number, leaseSeconds: number): Promise<Job[]> {
    if (!Number.isInteger(limit) || limit < 1) throw new StoreError(`claimJobs: limit must be a positive integer (got ${limit})`);
    if (!(Number.isFinite(leaseSeconds) && leaseSeconds > 0)) {
      throw new StoreError(`claimJobs: leaseSeconds must be a positive number (got ${leaseSeconds})`);
    }
    await this.pool.query({
      name: 'detente_fail_exhausted',
      text: `UPDATE jobs SET status = 'failed', error = $2, lease_until = NULL, finished_at = now()
       WHERE status = 'running' AND lease_until < now() AND attempts >= $1`,
      values: [MAX_CLAIMS, LEASE_EXHAUSTED],
    });
    const r = await this.pool.query<Job>({
      name: 'detente_claim_jobs',
      text: `UPDATE jobs SET status = 'running', worker = $1, attempts = attempts + 1,
         lease_until = now() + make_interval(secs => $3), started_at = now()
       WHERE id IN (SELECT id FROM jobs
                    WHERE status = 'pending' OR (status = 'running' AND lease_until < now())
                    ORDER BY id
                    FOR UPDATE SKIP LOCKED
                    LIMIT $2)
       RETURNING id, kind, payload, attempts`,
      values: [worker, limit, leaseSeconds],
    });
    // RETURNING follows no particular order.
    return r.rows.sort((a, b) => a.id - b.id);
  }

  async complete(id: number, worker: string): Promise<void> {
    await this.pool.query(
      `UPDATE jobs SET status = 'done', lease_until = NULL, error = NULL, finished_at = now()
       WHERE id = $1 AND worker = $2 AND status = 'running'`,
      [id, worker],
    );
  }

  async fail(id: number, worker: string, error: string, maxAttempts: number): Promise<void> {
    await this.pool.query(
      `UPDATE jobs SET status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END,
         error = $4, lease_until = NULL, finished_at = now()
       WHERE id = $1 AND worker = $2 AND status = 'running'`,
      [id, worker, maxAttempts, replaceNul(error)],
    );
  }

  async renew(id: number, worker: string, leaseSeconds: number): Promise<boolean> {
    const r = await this.pool.query(
      `UPDATE jobs SET lease_until = now() + make_interval(secs => $3) WHERE id = $1 AND worker = $2 AND status = 'running'`,
      [id, worker, leaseSeconds],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async renewMany(ids: number[], worker: string, leaseSeconds: number): Promise<number[]> {
    if (ids.length === 0) return [];
    const r = await this.pool.query<{ id: string | number }>({
      name: 'detente_renew_leases',
      text: `UPDATE jobs SET lease_until = now() + make_interval(secs => $3)
             WHERE id = ANY($1::bigint[]) AND worker = $2 AND status = 'running' RETURNING id`,
      values: [ids, worker, leaseSeconds],
    });
    return r.rows.map((row) => Number(row.id));
  }

  async release(id: number, worker: string): Promise<void> {
    await this.pool.query(
      `UPDATE jobs SET status = 'pending', worker = NULL, lease_until = NULL, attempts = GREATEST(attempts - 1, 0)
       WHERE id = $1 AND worker = $2 AND status = 'running'`,
      [id, worker],
    );
  }

  async stats(): Promise<QueueStats> {
    const stats: QueueStats = { pending: 0, running: 0, done: 0, failed: 0 };
    const r = await this.pool.query<{ status: keyof QueueStats; n: string }>('SELECT status, COUNT(*) AS n FROM jobs GROUP BY status');
    for (const row of r.rows) stats[row.status] = fromInt(row.n);
    return stats;
  }
}
