/**
 * A worker's batch, written in one transaction: the jobs still held are marked done first (which
 * locks them, so no other worker can take them meanwhile), then the analyses of exactly those jobs
 * are inserted, a few multi-row statements for the whole batch instead of a transaction per article.
 * Either all of it commits or none, so a worker killed at any point leaves its jobs to be redone
 * after their lease with nothing doubled.
 */
import type pg from 'pg';
import type { Analysis } from '../../pipeline/types.js';
import type { JobResult, JobWrite } from '../store.js';
import { ARTICLE_COLUMNS, articleToRow } from '../rows/article-row.js';
import { EVENT_COLUMNS, eventToRow } from '../rows/event-row.js';
import { QUOTE_COLUMNS, STATEMENT_COLUMNS, quoteToRow, statementToRow } from '../rows/quote-row.js';
import { validateAnalysis } from '../validate-analysis.js';
import { insertRows, insertRowsReturning, transaction } from './postgres-sql.js';
import { replaceNul } from './postgres-text.js';

/** Deadlocks between two batches inserting the same articles are resolved by PostgreSQL aborting one; it retries. */
const DEADLOCK = '40P01';
const ATTEMPTS = 3;

// clock_timestamp, not now(): now() is the transaction's start, before the batch was written.
const COMPLETE_HELD = {
  name: 'detente_complete_jobs',
  text: `UPDATE jobs SET status = 'done', lease_until = NULL, error = NULL, finished_at = clock_timestamp()
         WHERE id = ANY($1::bigint[]) AND worker = $2 AND status = 'running'
         RETURNING id`,
};

export async function writeBatch(pool: pg.Pool, worker: string, results: JobResult[]): Promise<JobWrite[]> {
  // Checked before anything is sent, so a pipeline bug fails the batch without a round trip.
  for (const r of results) r.analyses.forEach(validateAnalysis);
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction(pool, (client) => writeInTransaction(client, worker, results));
    } catch (err) {
      if ((err as { code?: string }).code !== DEADLOCK || attempt >= ATTEMPTS) throw err;
    }
  }
}

async function writeInTransaction(client: pg.PoolClient, worker: string, results: JobResult[]): Promise<JobWrite[]> {
  if (results.length === 0) return [];
  const r = await client.query<{ id: string | number }>({ ...COMPLETE_HELD, values: [results.map((x) => x.id), worker] });
  const held = new Set(r.rows.map((row) => Number(row.id)));

  // Within the batch, an article repeated (same id or same content) is written once, first come.
  const ids = new Set<string>();
  const hashes = new Set<string>();
  const candidates: { job: number; analysis: Analysis }[] = [];
  const writes = new Map<number, JobWrite>();
  for (const res of results) {
    const w: JobWrite = { id: res.id, held: held.has(res.id), saved: 0, duplicates: 0 };
    writes.set(res.id, w);
    if (!w.held) continue;
    for (const given of res.analyses) {
      const { id, contentHash } = given.article;
      if (ids.has(id) || hashes.has(contentHash)) {
        w.duplicates++;
        continue;
      }
      ids.add(id);
      hashes.add(contentHash);
      candidates.push({ job: res.id, analysis: replaceNul(given) });
    }
  }
  if (candidates.length) {
    // Sorted by id so that two batches sharing articles take their locks in the same order.
    candidates.sort((a, b) => (a.analysis.article.id < b.analysis.article.id ? -1 : a.analysis.article.id > b.analysis.article.id ? 1 : 0));
    const inserted = await insertArticles(client, candidates.map((c) => c.analysis));
    const fresh = candidates.filter((c) => inserted.has(c.analysis.article.id));
    for (const c of candidates) {
      const w = writes.get(c.job)!;
      if (inserted.has(c.analysis.article.id)) w.saved++;
      else w.duplicates++;
    }
    await insertRows(client, 'events', EVENT_COLUMNS, fresh.flatMap(({ analysis: a }) => a.events.map((e, i) => eventToRow(e, { articleId: a.article.id }, i))));
    await insertRows(client, 'quotes', QUOTE_COLUMNS, fresh.flatMap(({ analysis: a }) => a.quotes.map((q, i) => quoteToRow(q, i))));
    await insertRows(client, 'statements', STATEMENT_COLUMNS, fresh.flatMap(({ analysis: a }) => a.statements.map((s, i) => statementToRow(s, i))));
  }
  return results.map((res) => writes.get(res.id)!);
}

/** Inserts the articles not stored yet (by id or content hash); returns the ids written. */
async function insertArticles(client: pg.PoolClient, analyses: Analysis[]): Promise<Set<string>> {
  const rows = analyses.map((a) => articleToRow(a.article));
  const written = await insertRowsReturning<{ id: string }>(client, 'articles', ARTICLE_COLUMNS, rows, ' ON CONFLICT DO NOTHING RETURNING id');
  return new Set(written.map((r) => r.id));
}
