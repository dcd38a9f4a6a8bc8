/**
 * SqliteStore: the default, embedded store (one file, no server) on better-sqlite3.
 * WAL lets readers run beside the one writer; every write transaction is BEGIN IMMEDIATE so
 * that two processes on one file wait for each other (busy_timeout) instead of failing with
 * SQLITE_BUSY when a read transaction tries to become a write transaction.
 */
import Database from 'better-sqlite3';
import type { Article } from '../../ingest/types.js';
import type { CodedEvent, RelationStatement } from '../../coding/types.js';
import type { Quote } from '../../quotes/types.js';
import type { Analysis } from '../../pipeline/types.js';
import { migrate } from '../migrations/migrator.js';
import { ARTICLE_COLUMNS, articleToRow, rowToArticle } from '../rows/article-row.js';
import { EVENT_COLUMNS, eventToRow, rowToEvent, type EventOwner } from '../rows/event-row.js';
import { QUOTE_COLUMNS, STATEMENT_COLUMNS, quoteToRow, rowToQuote, rowToStatement, statementToRow } from '../rows/quote-row.js';
import { fromInt } from '../rows/row-values.js';
import type { QuoteFilter, StatementFilter } from '../sql/list-queries.js';
import { articlesQuery, eventsQuery, quotesQuery, statementsQuery } from '../sql/list-queries.js';
import type {
  ArticleSummary, EventFilter, Job, JobInput, QueueStats, SaveResult, Store, StoreCapabilities,
} from '../store.js';
import { StoreError } from '../store-error.js';
import { validateAnalysis } from '../validate-analysis.js';
import { sqliteMigrationDriver } from './sqlite-migration-driver.js';
import { SqliteQueue } from './sqlite-queue.js';

export interface SqliteStoreOptions {
  /** How long a writer waits for another process's write lock before failing. Default 10000 ms. */
  busyTimeoutMs?: number;
}

/** better-sqlite3 binds no booleans or undefined: 0/1 and NULL instead. */
function bind(values: unknown[]): unknown[] {
  return values.map((v) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v));
}

function insertSql(table: string, columns: readonly string[], suffix = ''): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${suffix}`;
}

/** Why better-sqlite3 could not open a file, in a few words. */
function openReason(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (/directory does not exist/i.test(msg)) return 'its directory does not exist';
  if (/not a database|file is not a database/i.test(msg)) return 'not an SQLite database';
  return msg.split('\n')[0];
}

export class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  /** SQLite has one writer at a time; the queue is safe without SKIP LOCKED (see sqlite-queue.ts). */
  readonly capabilities: StoreCapabilities = { supportsSkipLocked: false, supportsManyMachines: false };
  private readonly queue: SqliteQueue;
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    /** The better-sqlite3 connection, for tests and tools that need raw SQL. */
    readonly db: Database.Database,
    readonly path: string,
  ) {
    this.queue = new SqliteQueue(db);
  }

  /**
   * Opens (creating if needed) the database file at `path`, or an in-memory one for ':memory:',
   * and applies pending migrations.
   */
  static async open(path: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
    let db: Database.Database;
    try {
      db = new Database(path, { timeout: options.busyTimeoutMs ?? 10_000 });
    } catch (err) {
      throw new StoreError(`${path}: cannot open (${openReason(err)})`);
    }
    try {
      db.pragma('journal_mode = WAL');
      // NORMAL is durable across application crashes in WAL mode; only a power loss may drop the last commits.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      const store = new SqliteStore(db, path);
      await migrate(sqliteMigrationDriver(db));
      return store;
    } catch (err) {
      db.close();
      if (err instanceof StoreError) throw new StoreError(`${path}: ${err.message}`);
      throw new StoreError(`${path}: cannot open (${openReason(err)})`);
    }
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private insertEvents(events: CodedEvent[], owner: EventOwner): void {
    const insert = this.stmt(insertSql('events', EVENT_COLUMNS));
    events.forEach((e, i) => insert.run(bind(eventToRow(e, owner, i))));
  }

  async saveAnalysis(analysis: Analysis): Promise<SaveResult> {
    validateAnalysis(analysis);
    const { article } = analysis;
    const save = this.db.transaction((): boolean => {
      // No conflict target: DO NOTHING covers both the id and the content_hash constraints.
      const r = this.stmt(insertSql('articles', ARTICLE_COLUMNS, ' ON CONFLICT DO NOTHING')).run(bind(articleToRow(article)));
      if (r.changes === 0) return false;
      this.insertEvents(analysis.events, { articleId: article.id });
      const q = this.stmt(insertSql('quotes', QUOTE_COLUMNS));
      analysis.quotes.forEach((quote, i) => q.run(bind(quoteToRow(quote, i))));
      const s = this.stmt(insertSql('statements', STATEMENT_COLUMNS));
      analysis.statements.forEach((st, i) => s.run(bind(statementToRow(st, i))));
      return true;
    });
    if (save.immediate()) return { articleId: article.id, inserted: true };
    const existing = this.stmt('SELECT id FROM articles WHERE id = ? OR content_hash = ? ORDER BY id = ? DESC LIMIT 1')
      .get(article.id, article.contentHash, article.id) as { id: string } | undefined;
    return { articleId: existing?.id ?? article.id, inserted: false };
  }

  async hasArticle(idOrHash: string): Promise<boolean> {
    return this.stmt('SELECT 1 FROM articles WHERE id = ? OR content_hash = ? LIMIT 1').get(idOrHash, idOrHash) !== undefined;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.stmt('SELECT * FROM articles WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return row ? rowToArticle(row) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    const { sql, values } = articlesQuery('sqlite', opts);
    return (this.stmt(sql).all(values) as Record<string, unknown>[]).map((r) => ({
      id: String(r.id),
      url: (r.url as string | null) ?? null,
      title: (r.title as string | null) ?? null,
      published: (r.published as string | null) ?? null,
      outlet: (r.outlet as string | null) ?? null,
      events: fromInt(r.events),
      quotes: fromInt(r.quotes),
    }));
  }

  async listEvents(filter: EventFilter = {}): Promise<CodedEvent[]> {
    const { sql, values } = eventsQuery('sqlite', filter);
    return (this.stmt(sql).all(values) as Record<string, unknown>[]).map(rowToEvent);
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<Quote[]> {
    const { sql, values } = quotesQuery('sqlite', filter);
    return (this.stmt(sql).all(values) as Record<string, unknown>[]).map(rowToQuote);
  }

  async listStatements(filter: StatementFilter = {}): Promise<RelationStatement[]> {
    const { sql, values } = statementsQuery('sqlite', filter);
    return (this.stmt(sql).all(values) as Record<string, unknown>[]).map(rowToStatement);
  }

  async importEvents(batchKey: string, events: CodedEvent[]): Promise<number> {
    if (typeof batchKey !== 'string' || batchKey === '') throw new StoreError('importEvents: the batch key is empty');
    return this.db
      .transaction((): number => {
        const r = this.stmt('INSERT INTO imports (batch_key, events) VALUES (?, ?) ON CONFLICT DO NOTHING').run(batchKey, events.length);
        if (r.changes === 0) return 0;
        this.insertEvents(events, { batchKey });
        return events.length;
      })
      .immediate();
  }

  async counts(): Promise<{ articles: number; events: number; quotes: number; statements: number }> {
    return this.stmt(
      `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS events,
              (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM statements) AS statements`,
    ).get() as { articles: number; events: number; quotes: number; statements: number };
  }

  async getCheckpoint(key: string): Promise<string | null> {
    const row = this.stmt('SELECT value FROM checkpoints WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  async setCheckpoint(key: string, value: string): Promise<void> {
    this.stmt(
      `INSERT INTO checkpoints (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    ).run(key, value);
  }

  async enqueue(jobs: JobInput[]): Promise<number> {
    return this.queue.enqueue(jobs);
  }

  /** Default lease: 300 s. */
  async claimJobs(worker: string, limit: number, leaseSeconds = 300): Promise<Job[]> {
    return this.queue.claim(worker, limit, leaseSeconds);
  }

  async completeJob(id: number, worker: string): Promise<void> {
    this.queue.complete(id, worker);
  }

  /** Default maxAttempts: 3. */
  async failJob(id: number, worker: string, error: string, maxAttempts = 3): Promise<void> {
    this.queue.fail(id, worker, error, maxAttempts);
  }

  async renewLease(id: number, worker: string, leaseSeconds = 300): Promise<boolean> {
    return this.queue.renew(id, worker, leaseSeconds);
  }

  async releaseJob(id: number, worker: string): Promise<void> {
    this.queue.release(id, worker);
  }

  async queueStats(): Promise<QueueStats> {
    return this.queue.stats();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
