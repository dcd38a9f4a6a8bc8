/** An error the API reports as JSON `{error}` with its status; anything else is a 500. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';

export class HttpError extends Error {
  constructor(readonly status: ContentfulStatusCode, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A one-line message for a zod failure: "limit: Too big: expected number to be <=500". */
export function zodMessage(err: ZodError, where: string): string {
  return `${where}: ` + err.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`).join('; ');
}

/** Hono's onError: JSON with a clear message; internals are logged, not sent. */
export function errorResponse(err: Error, c: Context): Response {
  if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return c.json({ error: err.status === 504 ? 'request timed out' : err.message || 'request failed' }, status);
  }
  if (process.env.DETENTE_DEBUG) process.stderr.write(`detente serve: ${err.stack ?? err.message}\n`);
  else process.stderr.write(`detente serve: ${c.req.method} ${c.req.path}: ${err.message}\n`);
  return c.json({ error: 'internal error (see the server log)' }, 500);
}
