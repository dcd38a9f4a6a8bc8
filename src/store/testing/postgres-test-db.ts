/**
 * PostgreSQL for tests: each run works in a fresh schema `detente_test_<random>` (put on the
 * search_path through the URL's `schema` parameter) and drops it afterwards, so concurrent runs
 * and test files never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Server used by tests; override with DETENTE_TEST_PG_URL. */
export const TEST_PG_URL = process.env.DETENTE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Null when the server answers, else why not (for a skip reason). */
export async function probePostgres(url = TEST_PG_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return `PostgreSQL at ${url} is unreachable (${e.code ?? e.message ?? String(err)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TestSchema {
  schema: string;
  /** TEST_PG_URL with `?schema=…`: what openStore and child processes take. */
  url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

/** A fresh schema on `baseUrl`; the benchmark names its own with `prefix` 'detente_bench'. */
export function testSchema(baseUrl = TEST_PG_URL, prefix = 'detente_test'): TestSchema {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const url = `${baseUrl}${baseUrl.includes('?') ? '&' : '?'}schema=${schema}`;
  return {
    schema,
    url,
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Whether a missing server fails the run (CI) rather than skipping the PostgreSQL tests. */
export function postgresRequired(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}
