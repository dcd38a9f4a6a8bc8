/**
 * SELECTs for the list methods, built once for both dialects. Every value is a parameter;
 * only column names and fixed SQL words are spliced into the text.
 */
import type { Dialect, Param } from '../dialect.js';
import { params } from '../dialect.js';
import type { EventFilter } from '../store.js';
import { StoreError } from '../store-error.js';

export interface Query {
  sql: string;
  values: unknown[];
}

export interface QuoteFilter {
  articleId?: string;
  speaker?: string;
  country?: string;
  limit?: number;
  offset?: number;
}

export interface StatementFilter {
  country?: string;
  articleId?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkCount(what: string, name: string, v: number | undefined): void {
  if (v !== undefined && !(Number.isInteger(v) && v >= 0)) {
    throw new StoreError(`${what}: ${name} must be a non-negative integer (got ${v})`);
  }
}

function checkDay(name: string, v: string | undefined): void {
  if (v !== undefined && !DAY.test(v)) throw new StoreError(`event filter: ${name} must be YYYY-MM-DD (got "${v}")`);
}

/** Case-insensitive substring test without LIKE, so `%` and `_` in the needle need no escaping. */
function contains(dialect: Dialect, column: string, needle: string, p: Param): string {
  const fn = dialect === 'sqlite' ? 'instr' : 'strpos';
  return `${fn}(lower(${column}), lower(${p(needle)})) > 0`;
}

/** LIMIT/OFFSET: SQLite needs a LIMIT before OFFSET (-1 is none); PostgreSQL reads LIMIT NULL as none. */
function page(dialect: Dialect, p: Param, limit?: number, offset?: number): string {
  if (limit === undefined && offset === undefined) return '';
  const none = dialect === 'sqlite' ? -1 : null;
  return ` LIMIT ${p(limit ?? none)} OFFSET ${p(offset ?? 0)}`;
}

function where(conds: string[]): string {
  return conds.length > 0 ? ` WHERE ${conds.join(' AND ')}` : '';
}

/** Events matching every given filter field, ordered by date (undated last), then insertion order. */
export function eventsQuery(dialect: Dialect, f: EventFilter = {}): Query {
  checkCount('event filter', 'limit', f.limit);
  checkCount('event filter', 'offset', f.offset);
  checkDay('from', f.from);
  checkDay('to', f.to);
  if (f.pair !== undefined && (!Array.isArray(f.pair) || f.pair.length !== 2)) {
    throw new StoreError(`event filter: pair must be two ISO3 codes (got ${JSON.stringify(f.pair)})`);
  }
  const { p, values } = params(dialect);
  const c: string[] = [];
  if (f.country !== undefined) {
    c.push(`(source_country = ${p(f.country)} OR target_country = ${p(f.country)})`);
  }
  if (f.pair !== undefined) {
    const [a, b] = f.pair;
    c.push(`((source_country = ${p(a)} AND target_country = ${p(b)}) OR (source_country = ${p(b)} AND target_country = ${p(a)}))`);
  }
  if (f.actor !== undefined) {
    c.push(`(${contains(dialect, 'source_name', f.actor, p)} OR ${contains(dialect, 'target_name', f.actor, p)})`);
  }
  if (f.root !== undefined) c.push(`root = ${p(f.root)}`);
  if (f.quad !== undefined) c.push(`quad = ${p(f.quad)}`);
  if (f.modality !== undefined) {
    // An empty list matches nothing, as an empty IN () would if SQL allowed it.
    c.push(f.modality.length === 0 ? '1 = 0' : `modality IN (${f.modality.map((m) => p(m)).join(', ')})`);
  }
  if (f.from !== undefined) c.push(`date >= ${p(f.from)}`);
  if (f.to !== undefined) c.push(`date <= ${p(f.to)}`);
  if (f.text !== undefined) c.push(contains(dialect, 'evidence', f.text, p));
  if (f.articleId !== undefined) c.push(`article_id = ${p(f.articleId)}`);
  if (f.origin !== undefined) c.push(`origin = ${p(f.origin)}`);
  const sql = `SELECT * FROM events${where(c)} ORDER BY date ASC NULLS LAST, id ASC${page(dialect, p, f.limit, f.offset)}`;
  return { sql, values };
}

/** Quotes in article and text order; `speaker` is a case-insensitive substring. */
export function quotesQuery(dialect: Dialect, f: QuoteFilter = {}): Query {
  checkCount('quote filter', 'limit', f.limit);
  checkCount('quote filter', 'offset', f.offset);
  const { p, values } = params(dialect);
  const c: string[] = [];
  if (f.articleId !== undefined) c.push(`article_id = ${p(f.articleId)}`);
  if (f.speaker !== undefined) c.push(contains(dialect, 'speaker', f.speaker, p));
  if (f.country !== undefined) c.push(`country = ${p(f.country)}`);
  return { sql: `SELECT * FROM quotes${where(c)} ORDER BY id ASC${page(dialect, p, f.limit, f.offset)}`, values };
}

/** Statements about a country (either side of the dyad) or from one article. */
export function statementsQuery(dialect: Dialect, f: StatementFilter = {}): Query {
  const { p, values } = params(dialect);
  const c: string[] = [];
  if (f.country !== undefined) c.push(`(dyad_a = ${p(f.country)} OR dyad_b = ${p(f.country)})`);
  if (f.articleId !== undefined) c.push(`article_id = ${p(f.articleId)}`);
  return { sql: `SELECT * FROM statements${where(c)} ORDER BY id ASC`, values };
}

/** Article summaries, newest publication first (undated last), with their event and quote counts. */
export function articlesQuery(dialect: Dialect, opts: { limit?: number; offset?: number } = {}): Query {
  checkCount('article list', 'limit', opts.limit);
  checkCount('article list', 'offset', opts.offset);
  const { p, values } = params(dialect);
  const sql = `SELECT a.id, a.url, a.title, a.published, a.outlet,
      (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events,
      (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
    FROM articles a ORDER BY a.published DESC NULLS LAST, a.id ASC${page(dialect, p, opts.limit, opts.offset)}`;
  return { sql, values };
}
