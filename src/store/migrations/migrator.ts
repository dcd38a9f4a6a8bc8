/**
 * Applies and reverts migrations, recording applied ids in `schema_migrations`.
 * Each backend supplies a driver that runs the whole step in one exclusive transaction, so two
 * processes opening the same database at once cannot both apply a migration.
 */
import type { Dialect } from '../dialect.js';
import { StoreError } from '../store-error.js';
import { MIGRATIONS } from './all-migrations.js';
import type { Migration } from './migration.js';

/** What a migration step may do inside the driver's transaction. */
export interface MigrationTx {
  exec(sql: string): Promise<void>;
  /** Ids in `schema_migrations`, in any order. */
  applied(): Promise<string[]>;
  record(id: string): Promise<void>;
  forget(id: string): Promise<void>;
}

export interface MigrationDriver {
  readonly dialect: Dialect;
  /** Runs `fn` in one transaction that excludes other migrators, after creating `schema_migrations`. */
  exclusive<T>(fn: (tx: MigrationTx) => Promise<T>): Promise<T>;
}

/** DDL of the bookkeeping table, the same in both dialects. */
export const SCHEMA_MIGRATIONS_DDL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id TEXT PRIMARY KEY,
  applied_at TEXT NOT NULL
)`;

/**
 * Applies every pending migration up to `target` (default: the latest). Returns the ids applied.
 * Refuses a database that records a migration this code does not know (it was written by a newer version).
 */
export async function migrate(
  driver: MigrationDriver,
  target?: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  return driver.exclusive(async (tx) => {
    const done = new Set(await tx.applied());
    const known = new Set(migrations.map((m) => m.id));
    const unknown = [...done].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new StoreError(`database has migration ${unknown.sort().join(', ')} that this version of detente does not know; upgrade detente`);
    }
    const applied: string[] = [];
    for (const m of migrations) {
      if (target !== undefined && m.id > target) break;
      if (done.has(m.id)) continue;
      for (const sql of m.up(driver.dialect)) await tx.exec(sql);
      await tx.record(m.id);
      applied.push(m.id);
    }
    return applied;
  });
}

/** Reverts applied migrations newer than `target` (null: all of them), newest first. Returns the ids reverted. */
export async function migrateDown(
  driver: MigrationDriver,
  target: string | null,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  return driver.exclusive(async (tx) => {
    const done = new Set(await tx.applied());
    const reverted: string[] = [];
    for (const m of [...migrations].reverse()) {
      if (target !== null && m.id <= target) break;
      if (!done.has(m.id)) continue;
      for (const sql of m.down(driver.dialect)) await tx.exec(sql);
      await tx.forget(m.id);
      reverted.push(m.id);
    }
    return reverted;
  });
}
