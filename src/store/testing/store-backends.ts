/**
 * The backends the shared store suite runs against, in the manner of kysely's DIALECTS:
 * DETENTE_TEST_BACKENDS=sqlite,postgres picks some (default: both). PostgreSQL is skipped with a
 * reason when the server is unreachable, unless CI is set, where that is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { postgresRequired, probePostgres, testSchema } from './postgres-test-db.js';

export type BackendName = 'sqlite' | 'postgres';

/** One fresh, empty database for a test. */
export interface TestDatabase {
  /** What openStore takes to reach this database (a file path or a URL with `?schema=`). */
  spec: string;
  /** Opens another connection to the same database (as a second process would). */
  open(): Promise<Store>;
  /** Removes the database (file or schema). Close the stores first. */
  destroy(): Promise<void>;
}

export interface TestBackend {
  name: BackendName;
  /** A reason to skip this backend's tests, or false. */
  skip: string | false;
  create(): Promise<TestDatabase>;
}

function sqliteBackend(): TestBackend {
  return {
    name: 'sqlite',
    skip: false,
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'detente-store-'));
      const spec = join(dir, 'test.db');
      return { spec, open: () => openStore(spec), destroy: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  };
}

async function postgresBackend(): Promise<TestBackend> {
  const unreachable = await probePostgres();
  return {
    name: 'postgres',
    // Under CI, run anyway: the first open fails with a clear message instead of a silent skip.
    skip: unreachable && !postgresRequired() ? unreachable : false,
    async create() {
      const s = testSchema();
      return { spec: s.url, open: () => openStore(s.url), destroy: () => s.drop() };
    },
  };
}

/** The selected backends (DETENTE_TEST_BACKENDS, comma-separated; default all). */
export async function testBackends(): Promise<TestBackend[]> {
  const wanted = (process.env.DETENTE_TEST_BACKENDS ?? 'sqlite,postgres')
    .split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const all: TestBackend[] = [];
  if (wanted.includes('sqlite')) all.push(sqliteBackend());
  if (wanted.includes('postgres')) all.push(await postgresBackend());
  return all;
}
