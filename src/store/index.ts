export type {
  ArticleSummary, EventFilter, Job, JobInput, JobResult, JobWrite, QueueStats, SaveResult, Store, StoreCapabilities,
} from './store.js';
export { StoreError } from './store-error.js';
export { openStore, isPostgresSpec } from './open-store.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
export { PostgresStore, type PostgresStoreOptions } from './postgres/postgres-store.js';
export { migrate, migrateDown } from './migrations/migrator.js';
export { MIGRATIONS } from './migrations/all-migrations.js';
