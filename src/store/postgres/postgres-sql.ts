/** Small helpers over a pg Pool: transactions and multi-row inserts. */
import type pg from 'pg';

export type Queryable = pg.Pool | pg.PoolClient;

/** Runs `fn` on one client inside BEGIN/COMMIT, rolling back when it throws. */
export async function transaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** PostgreSQL takes at most 65535 parameters per statement. */
const MAX_PARAMS = 65_535;

/** Inserts rows (values in `columns` order) in as few statements as the parameter limit allows; returns rows written. */
export async function insertRows(
  db: Queryable,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
  suffix = '',
): Promise<number> {
  let written = 0;
  await insertChunks(db, table, columns, rows, suffix, (r) => { written += r.rowCount ?? 0; });
  return written;
}

/** insertRows for a `suffix` with RETURNING: the rows the statements return, in chunk order. */
export async function insertRowsReturning<R extends pg.QueryResultRow>(
  db: Queryable,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
  suffix: string,
): Promise<R[]> {
  const out: R[] = [];
  await insertChunks<R>(db, table, columns, rows, suffix, (r) => { out.push(...r.rows); });
  return out;
}

async function insertChunks<R extends pg.QueryResultRow>(
  db: Queryable,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
  suffix: string,
  onResult: (r: pg.QueryResult<R>) => void,
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const ph = row.map((v) => {
        values.push(v);
        return `$${values.length}`;
      });
      return `(${ph.join(', ')})`;
    });
    onResult(await db.query<R>(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${suffix}`, values));
  }
}
