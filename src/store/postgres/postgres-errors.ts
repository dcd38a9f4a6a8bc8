/** Turns pg and socket errors into a few words for one-line messages. */

interface PgLikeError {
  code?: string;
  message?: string;
  errors?: unknown[];
}

/** PostgreSQL SQLSTATEs a user can act on when opening a database. */
const SQLSTATE_REASONS: Record<string, string> = {
  '28P01': 'authentication failed',
  '28000': 'authentication rejected',
  '3D000': 'database does not exist',
  '42501': 'permission denied',
  '57P03': 'server is starting up',
};

/** Socket-level codes: the server cannot be reached at all. */
const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET']);

/** "cannot connect (ECONNREFUSED)", "database does not exist", … */
export function describePgError(err: unknown): string {
  const e = (err ?? {}) as PgLikeError;
  // Node reports "localhost" tried over IPv4 and IPv6 as an AggregateError without a top-level code.
  const code = e.code ?? (e.errors?.[0] as PgLikeError | undefined)?.code;
  if (code && CONNECT_CODES.has(code)) return `cannot connect (${code})`;
  if (code && SQLSTATE_REASONS[code]) return SQLSTATE_REASONS[code];
  if (e.message && /timeout/i.test(e.message)) return 'cannot connect (timeout)';
  return (e.message ?? String(err)).split('\n')[0];
}
