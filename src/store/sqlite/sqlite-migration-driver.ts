/** Runs migrations on a better-sqlite3 connection inside BEGIN IMMEDIATE (SQLite DDL is transactional). */
import type Database from 'better-sqlite3';
import type { MigrationDriver, MigrationTx } from '../migrations/migrator.js';
import { SCHEMA_MIGRATIONS_DDL } from '../migrations/migrator.js';

export function sqliteMigrationDriver(db: Database.Database): MigrationDriver {
  const tx: MigrationTx = {
    async exec(sql) {
      db.exec(sql);
    },
    async applied() {
      return (db.prepare('SELECT id FROM schema_migrations').all() as { id: string }[]).map((r) => r.id);
    },
    async record(id) {
      db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(id, new Date().toISOString());
    },
    async forget(id) {
      db.prepare('DELETE FROM schema_migrations WHERE id = ?').run(id);
    },
  };
  return {
    dialect: 'sqlite',
    async exclusive(fn) {
      // IMMEDIATE takes the write lock first, so a second process opening the same file waits
      // (busy_timeout) and then sees the migrations already applied. Nothing else uses this
      // connection while it opens, so awaiting inside the manual transaction is safe.
      db.exec('BEGIN IMMEDIATE');
      try {
        db.exec(SCHEMA_MIGRATIONS_DDL);
        const result = await fn(tx);
        db.exec('COMMIT');
        return result;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    },
  };
}
