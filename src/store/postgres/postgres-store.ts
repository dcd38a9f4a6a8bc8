/**
 * PostgresStore: the shared store for many workers on many machines, on a pg Pool.
 * Idempotence rests on UNIQUE constraints and ON CONFLICT DO NOTHING, never on check-then-insert,
 * so two processes saving the same article at once store it once.
 */
import pg from 'pg';
import type { Article } from '../../ingest/types.js';
import type { CodedEvent, RelationStatement } from '../../coding/types.js';
import type { Quote } from '../../quotes/types.js';
import type { Analysis } from '../../pipeline/types.js';
import { migrate } from '../migrations/migrator.js';
import { ARTICLE_COLUMNS, articleToRow, rowToArticle } from '../rows/article-row.js';
import { EVENT_COLUMNS, eventToRow, rowToEvent } from '../rows/event-row.js';
import { QUOTE_COLUMNS, STATEMENT_COLUMNS, quoteToRow, rowToQuote, rowToStatement, statementToRow } from '../rows/quote-row.js';
import { fromInt, str } from '../rows/row-values.js';
import type { QuoteFilter, StatementFilter } from '../sql/list-queries.js';
import { articlesQuery, eventsQuery, quotesQuery, statementsQuery } from '../sql/list-queries.js';
import type {
  ArticleSummary, EventFilter, Job, JobInput, JobResult, JobWrite, QueueStats, SaveResult, Store, StoreCapabilities,
} from '../store.js';
import { StoreError, redactUrl } from '../store-error.js';
import { validateAnalysis } from '../validate-analysis.js';
import { describePgError } from './postgres-errors.js';
import { postgresMigrationDriver } from './postgres-migration-driver.js';
import { writeBatch } from './postgres-batch-write.js';
import { PostgresQueue } from './postgres-queue.js';
import { replaceNul } from './postgres-text.js';
import { insertRows, transaction } from './postgres-sql.js';

export interface PostgresStoreOptions {
  /**
   * Schema to keep the tables in (created when missing, put first on search_path). Default: the
   * URL's `schema` query parameter, else the server's search_path (normally `public`).
   */
  schema?: string;
  /** Pool size. Default 10. */
  max?: number;
  /** How long to wait for a connection before failing. Default 10000 ms. */
  connectionTimeoutMillis?: number;
}

/** Schema names are spliced into SQL (CREATE SCHEMA, search_path), so only plain identifiers pass. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Splits the detente-only `schema` parameter off a connection URL; pg would pass it to the server. */
export function splitSchema(url: string): { url: string; schema: string | null } {
  const m = /([?&])schema=([^&#]*)&?/.exec(url);
  if (!m) return { url, schema: null };
  const rest = (url.slice(0, m.index) + m[1] + url.slice(m.index + m[0].length)).replace(/[?&]$/, '');
  return { url: rest, schema: decodeURIComponent(m[2]) };
}

export class PostgresStore implements Store {
  readonly backend = 'postgres' as const;
  readonly capabilities: StoreCapabilities = { supportsSkipLocked: true, supportsManyMachines: true };
  private readonly queue: PostgresQueue;
  private closed = false;

  private constructor(
    /** The pg pool, for tests and tools that need raw SQL. */
    readonly pool: pg.Pool,
    /** The schema holding the tables, or null for the server's default search_path. */
    readonly schema: string | null,
  ) {
    this.queue = new PostgresQueue(pool);
  }

  /** Connects to `url` (postgres:// or postgresql://) and applies pending migrations. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const split = splitSchema(url);
    const schema = options.schema ?? split.schema;
    const shown = redactUrl(url);
    if (schema !== null && !SCHEMA_NAME.test(schema)) {
      throw new StoreError(`${shown}: schema "${schema}" is not a plain identifier (letters, digits, _)`);
    }
    const pool = new pg.Pool({
      connectionString: split.url,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client whose server went away emits 'error' on the pool; without a listener that
    // would crash the process. The pool drops the client and the next query reconnects.
    pool.on('error', () => undefined);
    try {
      await migrate(postgresMigrationDriver(pool, schema));
    } catch (err) {
      await pool.end().catch(() => undefined);
      if (err instanceof StoreError) throw new StoreError(`${shown}: ${err.message}`);
      throw new StoreError(`${shown}: ${describePgError(err)}`);
    }
    return new PostgresStore(pool, schema);
  }

  async saveAnalysis(given: Analysis): Promise<SaveResult> {
    validateAnalysis(given);
    const analysis = replaceNul(given);
    const { article } = analysis;
    const inserted = await transaction(this.pool, async (client) => {
      // No conflict target: DO NOTHING covers both the id and the content_hash constraints. A
      // concurrent insert of the same article waits here for the other transaction, then does nothing.
      const written = await insertRows(client, 'articles', ARTICLE_COLUMNS, [articleToRow(article)], ' ON CONFLICT DO NOTHING');
      if (written === 0) return false;
      const owner = { articleId: article.id };
      await insertRows(client, 'events', EVENT_COLUMNS, analysis.events.map((e, i) => eventToRow(e, owner, i)));
      await insertRows(client, 'quotes', QUOTE_COLUMNS, analysis.quotes.map((q, i) => quoteToRow(q, i)));
      await insertRows(client, 'statements', STATEMENT_COLUMNS, analysis.statements.map((s, i) => statementToRow(s, i)));
      return true;
    });
    if (inserted) return { articleId: article.id, inserted: true };
    const r = await this.pool.query<{ id: string }>(
      'SELECT id FROM articles WHERE id = $1 OR content_hash = $2 ORDER BY id = $1 DESC LIMIT 1',
      [article.id, article.contentHash],
    );
    return { articleId: r.rows[0]?.id ?? article.id, inserted: false };
  }

  async hasArticle(idOrHash: string): Promise<boolean> {
    const r = await this.pool.query('SELECT 1 FROM articles WHERE id = $1 OR content_hash = $1 LIMIT 1', [idOrHash]);
    return (r.rowCount ?? 0) > 0;
  }

  async getArticle(id: string): Promise<Article | null> {
    const r = await this.pool.query('SELECT * FROM articles WHERE id = $1', [id]);
    return r.rows[0] ? rowToArticle(r.rows[0]) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    const { sql, values } = articlesQuery('postgres', opts);
    const r = await this.pool.query(sql, values);
    return r.rows.map((row) => ({
      id: String(row.id),
      url: str(row.url),
      title: str(row.title),
      published: str(row.published),
      outlet: str(row.outlet),
      events: fromInt(row.events),
      quotes: fromInt(row.quotes),
    }));
  }

  async listEvents(filter: EventFilter = {}): Promise<CodedEvent[]> {
    const { sql, values } = eventsQuery('postgres', filter);
    return (await this.pool.query(sql, values)).rows.map(rowToEvent);
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<Quote[]> {
    const { sql, values } = quotesQuery('postgres', filter);
    return (await this.pool.query(sql, values)).rows.map(rowToQuote);
  }

  async listStatements(filter: StatementFilter = {}): Promise<RelationStatement[]> {
    const { sql, values } = statementsQuery('postgres', filter);
    return (await this.pool.query(sql, values)).rows.map(rowToStatement);
  }

  async importEvents(batchKey: string, given: CodedEvent[]): Promise<number> {
    if (typeof batchKey !== 'string' || batchKey === '') throw new StoreError('importEvents: the batch key is empty');
    const events = replaceNul(given);
    return transaction(this.pool, async (client) => {
      const r = await client.query('INSERT INTO imports (batch_key, events) VALUES ($1, $2) ON CONFLICT DO NOTHING', [batchKey, events.length]);
      if (r.rowCount === 0) return 0;
      const owner = { batchKey };
      return insertRows(client, 'events', EVENT_COLUMNS, events.map((e, i) => eventToRow(e, owner, i)));
    });
  }

  async counts(): Promise<{ articles: number; events: number; quotes: number; statements: number }> {
    const r = await this.pool.query(
      `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS events,
              (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM statements) AS statements`,
    );
    const row = r.rows[0];
    return { articles: fromInt(row.articles), events: fromInt(row.events), quotes: fromInt(row.quotes), statements: fromInt(row.statements) };
  }

  async getCheckpoint(key: string): Promise<string | null> {
    const r = await this.pool.query<{ value: string }>('SELECT value FROM checkpoints WHERE key = $1', [key]);
    return r.rows[0]?.value ?? null;
  }

  async setCheckpoint(key: string, value: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO checkpoints (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
      [key, value],
    );
  }

  async enqueue(jobs: JobInput[]): Promise<number> {
    return this.queue.enqueue(jobs);
  }

  /** Default lease: 300 s. */
  async claimJobs(worker: string, limit: number, leaseSeconds = 300): Promise<Job[]> {
    return this.queue.claim(worker, limit, leaseSeconds);
  }

  async completeJob(id: number, worker: string): Promise<void> {
    await this.queue.complete(id, worker);
  }

  /** Default maxAttempts: 3. */
  async failJob(id: number, worker: string, error: string, maxAttempts = 3): Promise<void> {
    await this.queue.fail(id, worker, error, maxAttempts);
  }

  async renewLease(id: number, worker: string, leaseSeconds = 300): Promise<boolean> {
    return this.queue.renew(id, worker, leaseSeconds);
  }

  async completeJobs(worker: string, results: JobResult[]): Promise<JobWrite[]> {
    return writeBatch(this.pool, worker, results);
  }

  async renewLeases(ids: number[], worker: string, leaseSeconds = 300): Promise<number[]> {
    return this.queue.renewMany(ids, worker, leaseSeconds);
  }

  async releaseJob(id: number, worker: string): Promise<void> {
    await this.queue.release(id, worker);
  }

  async queueStats(): Promise<QueueStats> {
    return this.queue.stats();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
