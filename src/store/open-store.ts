/** Opens the store a user names: a PostgreSQL URL, or else an SQLite file path (or ':memory:'). */
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';
import { StoreError } from './store-error.js';

/** True for `postgres://…` and `postgresql://…`. */
export function isPostgresSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/**
 * @param spec `postgres://user@host:5432/db[?schema=name]` opens a PostgresStore; anything else is
 *   an SQLite file path. The default path ('./detente.db') is the caller's to choose.
 * @throws StoreError with a one-line message, e.g. "postgres://…: cannot connect (ECONNREFUSED)".
 */
export async function openStore(spec: string): Promise<Store> {
  if (typeof spec !== 'string' || spec.trim() === '') throw new StoreError('store: empty database path or URL');
  if (isPostgresSpec(spec)) return PostgresStore.open(spec);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new StoreError(`${spec}: unsupported database URL (use postgres:// or an SQLite file path)`);
  }
  return SqliteStore.open(spec);
}
