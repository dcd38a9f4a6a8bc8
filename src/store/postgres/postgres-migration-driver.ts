/**
 * Runs migrations on PostgreSQL in one transaction (DDL is transactional there) under an advisory
 * lock, so that workers starting together on a fresh database apply each migration once.
 */
import type pg from 'pg';
import type { MigrationDriver, MigrationTx } from '../migrations/migrator.js';
import { SCHEMA_MIGRATIONS_DDL } from '../migrations/migrator.js';
import { transaction } from './postgres-sql.js';

/** Arbitrary, fixed advisory-lock key for "detente migrates" ("dete" in ASCII). */
const MIGRATION_LOCK = 0x64657465;

/** @param schema created first when given (it is already on the pool's search_path). */
export function postgresMigrationDriver(pool: pg.Pool, schema: string | null): MigrationDriver {
  return {
    dialect: 'postgres',
    exclusive: (fn) =>
      transaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        // The name was checked against SCHEMA_NAME, so quoting it is enough.
        if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await client.query(SCHEMA_MIGRATIONS_DDL);
        const tx: MigrationTx = {
          async exec(sql) {
            await client.query(sql);
          },
          async applied() {
            return (await client.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id);
          },
          async record(id) {
            await client.query('INSERT INTO schema_migrations (id, applied_at) VALUES ($1, $2)', [id, new Date().toISOString()]);
          },
          async forget(id) {
            await client.query('DELETE FROM schema_migrations WHERE id = $1', [id]);
          },
        };
        return fn(tx);
      }),
  };
}
