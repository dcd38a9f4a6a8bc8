/**
 * What the reading commands (events, quotes, relations, dyad, neighbours) work on: either the inputs
 * named on the command line, analysed in memory, or what `detente ingest` stored in a database.
 */
import { existsSync } from 'node:fs';
import type { CodedEvent, RelationStatement } from '../coding/types.js';
import type { Quote } from '../quotes/types.js';
import type { Article } from '../ingest/types.js';
import { mergeEvents } from '../coding/merge-events.js';
import { analyzeInputs } from '../pipeline/analyze-inputs.js';
import { openStore } from '../store/open-store.js';
import { FailureLog, UsageError } from './errors.js';
import { startProgress } from './progress.js';

export const DEFAULT_DB = 'detente.db';

export interface InputOptions {
  db?: string;
  published?: string;
  url?: string;
  allowPrivate?: boolean;
}

export interface Gathered {
  articles: Pick<Article, 'id' | 'title' | 'url' | 'published'>[];
  /** Merged across inputs: one event, many mentions. */
  events: CodedEvent[];
  quotes: Quote[];
  statements: RelationStatement[];
}

/** Analyses the inputs, or reads the database when there are none. Failures are reported as they come. */
export async function gather(inputs: string[], opts: InputOptions, failures: FailureLog): Promise<Gathered> {
  if (inputs.length === 0) return readDatabase(opts.db);
  checkDate(opts.published);
  const out: Gathered = { articles: [], events: [], quotes: [], statements: [] };
  const raw: CodedEvent[] = [];
  const progress = startProgress(inputs.length > 1 ? inputs.length : null);
  for await (const item of analyzeInputs(inputs, { published: opts.published, url: opts.url, allowPrivate: opts.allowPrivate })) {
    progress.tick(item.origin);
    if (!item.ok) {
      failures.report(item.origin, item.reason);
      continue;
    }
    const { article, events, quotes, statements } = item.analysis;
    out.articles.push({ id: article.id, title: article.title, url: article.url, published: article.published });
    raw.push(...events);
    out.quotes.push(...quotes);
    out.statements.push(...statements);
  }
  progress.stop();
  out.events = mergeEvents(raw);
  return out;
}

async function readDatabase(db: string | undefined): Promise<Gathered> {
  const spec = db ?? DEFAULT_DB;
  if (!db && !existsSync(spec)) throw new UsageError(`no input given and no ./${DEFAULT_DB} to read: name a PATH or URL, or --db FILE`);
  if (!/^postgres(ql)?:\/\//.test(spec) && !existsSync(spec)) throw new UsageError(`${spec}: no such database file`);
  const store = await openStore(spec);
  try {
    const [articles, events, quotes, statements] = await Promise.all([
      store.listArticles({ limit: 1_000_000 }),
      store.listEvents({}),
      store.listQuotes({}),
      store.listStatements({}),
    ]);
    return { articles, events: mergeEvents(events), quotes, statements };
  } finally {
    await store.close();
  }
}

/** `--published` must be a real calendar date. */
export function checkDate(value: string | undefined, flag = '--published'): void {
  if (value == null) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} ${value}: not a date (want YYYY-MM-DD)`);
  }
}
