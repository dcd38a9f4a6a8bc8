/**
 * The one storage interface. `sqlite/` (default, embedded) and `postgres/` (many workers,
 * many machines) implement it, and `store.case.test.ts` runs the same suite against both.
 */
import type { Article } from '../ingest/types.js';
import type { CodedEvent, RelationStatement } from '../coding/types.js';
import type { Quote } from '../quotes/types.js';
import type { Analysis } from '../pipeline/types.js';

export interface StoreCapabilities {
  /** The queue can hand jobs to concurrent workers without blocking (PostgreSQL `FOR UPDATE SKIP LOCKED`). */
  supportsSkipLocked: boolean;
  /** Several processes on several machines may share the store. */
  supportsManyMachines: boolean;
}

export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  events: number;
  quotes: number;
}

/** Filters for listing events. Every field is optional; dates are inclusive YYYY-MM-DD. */
export interface EventFilter {
  /** Either country of the pair, in either role (ISO3). */
  country?: string;
  /** Both countries of a pair, in either order. */
  pair?: [string, string];
  /** Matches source or target actor name (case-insensitive substring). */
  actor?: string;
  root?: string;
  quad?: number;
  modality?: string[];
  from?: string;
  to?: string;
  /** Substring of the evidence sentence. */
  text?: string;
  articleId?: string;
  origin?: string;
  limit?: number;
  offset?: number;
}

export interface Job {
  id: number;
  /** What to ingest: a path, a URL, or an inline JSON document (`kind` says which). */
  kind: 'path' | 'url' | 'inline';
  payload: string;
  attempts: number;
}

export interface JobInput {
  kind: Job['kind'];
  payload: string;
  /** Identity used to refuse duplicates in the queue (defaults to the payload). */
  dedupeKey?: string;
}

export interface QueueStats {
  pending: number;
  running: number;
  done: number;
  failed: number;
}

export interface SaveResult {
  articleId: string;
  /** False when the article (same id or same content hash) was already stored: nothing was written. */
  inserted: boolean;
}

/** The analyses a worker made of one job, to be written with completeJobs. */
export interface JobResult {
  id: number;
  analyses: Analysis[];
}

/** What completeJobs did for one job. */
export interface JobWrite {
  id: number;
  /** False when the job was no longer this worker's (its lease lapsed and another took it): nothing written for it. */
  held: boolean;
  /** Analyses written / whose article was already stored (or came earlier in the same batch). */
  saved: number;
  duplicates: number;
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  readonly capabilities: StoreCapabilities;

  /** Saves an article and everything coded from it in one transaction; idempotent by article id and content hash. */
  saveAnalysis(analysis: Analysis): Promise<SaveResult>;
  /** True when an article with this id (canonical URL or sha256:…) or content hash is stored. */
  hasArticle(idOrHash: string): Promise<boolean>;
  getArticle(id: string): Promise<Article | null>;
  listArticles(opts?: { limit?: number; offset?: number }): Promise<ArticleSummary[]>;

  /** Stored event reports (one row per article and event key); merge across articles with coding/merge. */
  listEvents(filter?: EventFilter): Promise<CodedEvent[]>;
  listQuotes(filter?: { articleId?: string; speaker?: string; country?: string; limit?: number; offset?: number }): Promise<Quote[]>;
  listStatements(filter?: { country?: string; articleId?: string }): Promise<RelationStatement[]>;

  /**
   * Stores events that come from another dataset (GDELT, ACLED) under a batch key;
   * importing the same batch twice writes nothing the second time. Returns rows written.
   */
  importEvents(batchKey: string, events: CodedEvent[]): Promise<number>;

  counts(): Promise<{ articles: number; events: number; quotes: number; statements: number }>;

  /** Resumable positions for long ingests (e.g. the byte offset in a JSONL file). */
  getCheckpoint(key: string): Promise<string | null>;
  setCheckpoint(key: string, value: string): Promise<void>;

  /** Queue: adds jobs, skipping ones whose dedupeKey is already queued or done. Returns how many were added. */
  enqueue(jobs: JobInput[]): Promise<number>;
  /** Takes up to `limit` pending jobs (or jobs whose lease expired, i.e. a worker died) for `worker`. */
  claimJobs(worker: string, limit: number, leaseSeconds?: number): Promise<Job[]>;
  completeJob(id: number, worker: string): Promise<void>;
  /** Records a failure; the job returns to pending until `maxAttempts`, then stays failed. */
  failJob(id: number, worker: string, error: string, maxAttempts?: number): Promise<void>;
  queueStats(): Promise<QueueStats>;
  /**
   * Extends the lease of a job `worker` still holds, so a long batch is not reclaimed from a live
   * worker. Returns false when the job is no longer this worker's (its lease expired and another took it).
   * Optional so that test doubles of Store need not implement it.
   */
  renewLease?(id: number, worker: string, leaseSeconds?: number): Promise<boolean>;
  /**
   * Writes the analyses of finished jobs and marks the jobs done, all in one transaction, skipping
   * jobs `worker` no longer holds. A worker that dies before the commit leaves neither analyses nor
   * completions, so its jobs are simply redone after their lease. Optional: without it the worker
   * saves and completes job by job.
   */
  completeJobs?(worker: string, results: JobResult[]): Promise<JobWrite[]>;
  /** renewLease for many jobs in one round trip; returns the ids `worker` still holds. */
  renewLeases?(ids: number[], worker: string, leaseSeconds?: number): Promise<number[]>;
  /** Hands a claimed but unstarted job back to the queue (e.g. on shutdown) without counting an attempt. */
  releaseJob?(id: number, worker: string): Promise<void>;

  close(): Promise<void>;
}
