/**
 * A queue worker: claims a batch of jobs, turns each into analyses, then saves the batch's
 * analyses and marks its jobs done (on PostgreSQL in one transaction, so a batch costs a handful of
 * round trips rather than several per job). Many workers (processes, machines) may share one store.
 * A worker that dies leaves its jobs "running" until their lease expires; another worker then takes
 * them again. Redoing a job is harmless: its earlier results were either committed with its
 * completion or not at all, and an article is stored at most once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Analysis } from '../pipeline/types.js';
import type { Job, JobWrite, Store } from '../store/store.js';

export interface WorkerStats {
  /** Jobs claimed (a job reclaimed after a failure counts again). */
  claimed: number;
  /** Jobs completed. */
  done: number;
  /** Jobs that threw (each returned to the queue or failed for good by failJob). */
  failed: number;
  /** Analyses written. */
  saved: number;
  /** Analyses whose article was already stored: nothing written. */
  duplicates: number;
}

export interface WorkerProgress {
  job: Job;
  outcome: 'done' | 'failed';
  /** Analyses of this job written / already stored. */
  saved: number;
  duplicates: number;
  error?: string;
  /** Totals so far. */
  stats: WorkerStats;
}

export interface WorkerOptions {
  /** Names this worker in the queue (leases, completion). Must be unique among live workers. */
  workerId: string;
  /** Turns a job into analyses (one per article it holds). Throwing fails the job. */
  process: (job: Job, signal: AbortSignal) => Promise<Analysis[]>;
  /** Jobs claimed (and written, in one transaction where the store allows) at a time. Default 25. */
  batchSize?: number;
  /** Lease on claimed jobs, renewed every third of it while the batch runs. Default 300 s. */
  leaseSeconds?: number;
  /**
   * How long to stay once nothing is pending or running before exiting. Default 0: exit as soon as
   * the queue is drained. Infinity: wait for new jobs until aborted. While other workers still hold
   * running jobs the worker always waits, since their leases may expire (the worker died).
   */
  idleExitMs?: number;
  /** Pause between claims when nothing could be claimed. Default 1000 ms. */
  pollMs?: number;
  /** Failures before a job stays failed. Default 3. */
  maxAttempts?: number;
  /** Stops the worker after the job in hand; unstarted jobs are released to the queue. */
  signal?: AbortSignal;
  onProgress?: (progress: WorkerProgress) => void;
}

function message(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // The error column is for people reading the queue; a stack-sized message helps nobody.
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/** Sleeps `ms`, waking early (without throwing) when `signal` aborts. */
async function pause(ms: number, signal: AbortSignal): Promise<void> {
  await sleep(ms, undefined, { signal }).catch(() => undefined);
}

/** Runs until the queue is drained (see idleExitMs) or `signal` aborts; returns what it did. */
export async function runWorker(store: Store, opts: WorkerOptions): Promise<WorkerStats> {
  const batchSize = opts.batchSize ?? 25;
  const leaseSeconds = opts.leaseSeconds ?? 300;
  const idleExitMs = opts.idleExitMs ?? 0;
  const pollMs = opts.pollMs ?? 1000;
  const signal = opts.signal ?? new AbortController().signal;
  const stats: WorkerStats = { claimed: 0, done: 0, failed: 0, saved: 0, duplicates: 0 };
  let idleSince: number | null = null;

  while (!signal.aborted) {
    const jobs = await store.claimJobs(opts.workerId, batchSize, leaseSeconds);
    if (jobs.length === 0) {
      const q = await store.queueStats();
      if (q.pending + q.running === 0) {
        idleSince ??= Date.now();
        if (Date.now() - idleSince >= idleExitMs) break;
      } else {
        idleSince = null;
      }
      await pause(pollMs, signal);
      continue;
    }
    idleSince = null;
    stats.claimed += jobs.length;
    await runBatch(store, jobs, opts, stats, leaseSeconds, signal);
  }
  return stats;
}

async function runBatch(
  store: Store, jobs: Job[], opts: WorkerOptions, stats: WorkerStats, leaseSeconds: number, signal: AbortSignal,
): Promise<void> {
  /** Jobs not started yet, released if the batch stops early. */
  const unstarted = new Set(jobs.map((j) => j.id));
  /** Jobs whose lease to keep: all of the batch until its results are committed. */
  const held = new Set(unstarted);
  const lost = new Set<number>();
  // Later jobs of a long batch would otherwise outlive their lease and be done twice.
  const timer = setInterval(() => {
    renewLeases(store, [...held], opts.workerId, leaseSeconds).then((kept) => {
      for (const id of held) if (!kept.has(id)) lost.add(id);
    }, () => undefined);
  }, Math.max(100, (leaseSeconds * 1000) / 3));
  timer.unref();
  const finished: { job: Job; analyses: Analysis[] }[] = [];
  try {
    for (const job of jobs) {
      if (signal.aborted) break;
      unstarted.delete(job.id);
      if (lost.has(job.id)) {
        held.delete(job.id);
        continue; // another worker took it after our lease lapsed
      }
      try {
        finished.push({ job, analyses: await opts.process(job, signal) });
      } catch (err) {
        const error = message(err);
        await store.failJob(job.id, opts.workerId, error, opts.maxAttempts ?? 3);
        held.delete(job.id);
        stats.failed++;
        opts.onProgress?.({ job, outcome: 'failed', saved: 0, duplicates: 0, error, stats: { ...stats } });
      }
    }
    // Written even when aborted: the work is done, and the jobs are still ours.
    await writeResults(store, finished, opts, stats);
  } finally {
    clearInterval(timer);
    // Aborted mid-batch: hand back what was not started so nobody waits for the lease.
    for (const id of unstarted) await store.releaseJob?.(id, opts.workerId);
  }
}

/** Ids among `ids` that `worker` still holds, after extending their lease. */
async function renewLeases(store: Store, ids: number[], worker: string, leaseSeconds: number): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  if (store.renewLeases) return new Set(await store.renewLeases(ids, worker, leaseSeconds));
  if (!store.renewLease) return new Set(ids);
  const kept = new Set<number>();
  for (const id of ids) if (await store.renewLease(id, worker, leaseSeconds)) kept.add(id);
  return kept;
}

/**
 * Stores the batch's analyses and completes its jobs: in one transaction when the store can
 * (PostgreSQL), else job by job. If the batch write fails, the jobs are retried one at a time, so
 * one bad job fails alone instead of taking its batch with it.
 */
async function writeResults(
  store: Store, finished: { job: Job; analyses: Analysis[] }[], opts: WorkerOptions, stats: WorkerStats,
): Promise<void> {
  if (finished.length === 0) return;
  if (store.completeJobs) {
    let writes: JobWrite[] | null = null;
    try {
      writes = await store.completeJobs(opts.workerId, finished.map(({ job, analyses }) => ({ id: job.id, analyses })));
    } catch {
      writes = null; // rolled back as a whole: fall through to job by job
    }
    if (writes) {
      finished.forEach(({ job }, i) => {
        const w = writes[i]!;
        if (!w.held) return; // its new holder writes and reports it
        report(job, w.saved, w.duplicates, opts, stats);
      });
      return;
    }
  }
  for (const { job, analyses } of finished) {
    let saved = 0;
    let duplicates = 0;
    try {
      for (const analysis of analyses) {
        if ((await store.saveAnalysis(analysis)).inserted) saved++;
        else duplicates++;
      }
    } catch (err) {
      const error = message(err);
      await store.failJob(job.id, opts.workerId, error, opts.maxAttempts ?? 3);
      stats.failed++;
      opts.onProgress?.({ job, outcome: 'failed', saved, duplicates, error, stats: { ...stats } });
      continue;
    }
    await store.completeJob(job.id, opts.workerId);
    report(job, saved, duplicates, opts, stats);
  }
}

function report(job: Job, saved: number, duplicates: number, opts: WorkerOptions, stats: WorkerStats): void {
  stats.done++;
  stats.saved += saved;
  stats.duplicates += duplicates;
  opts.onProgress?.({ job, outcome: 'done', saved, duplicates, stats: { ...stats } });
}
