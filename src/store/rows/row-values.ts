/** Conversions between JS values and the column values both drivers hand back. */

/** Serializes a JSON column; both drivers take text (PostgreSQL casts it to jsonb on insert). */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Reads a JSON column: SQLite returns the text, pg returns jsonb already parsed. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Reads a boolean column: SQLite stores 0/1. */
export function fromBool(value: unknown): boolean {
  return value === true || value === 1;
}

/** Reads a count or id: pg returns BIGINT (e.g. COUNT(*)) as a string to avoid precision loss. */
export function fromInt(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Reads a nullable text column. */
export function str(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Reads a nullable number column. */
export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
