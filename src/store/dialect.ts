/** The SQL dialects the store speaks; migrations and query builders branch on it. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * Makes a placeholder for the next parameter: `?` for SQLite, `$n` for PostgreSQL.
 * The caller pushes values in the order the placeholders were made.
 */
export type Param = (value: unknown) => string;

/** A parameter collector: `p(v)` appends `v` and returns its placeholder. */
export function params(dialect: Dialect): { p: Param; values: unknown[] } {
  const values: unknown[] = [];
  const p: Param = (value) => {
    values.push(value);
    return dialect === 'sqlite' ? '?' : `$${values.length}`;
  };
  return { p, values };
}
