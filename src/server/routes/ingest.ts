/** POST /api/ingest: one page (by URL, or its html/text) into the store. Needs the bearer token. */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { Deps } from '../deps.js';
import { IngestBody } from '../schemas.js';
import { parseInput } from '../parse-input.js';
import { HttpError } from '../http-error.js';

/** Compares hashes so the comparison takes the same time whatever the guess. */
function sameToken(given: string, expected: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(given), h(expected));
}

/** Refuses a write unless a token is configured and the request bears it. */
export function requireToken(c: Context, token: string | null): void {
  if (!token) throw new HttpError(403, 'writes are disabled: set DETENTE_TOKEN when starting `detente serve` to allow them');
  const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
  if (!m) throw new HttpError(401, 'missing Authorization: Bearer <DETENTE_TOKEN> header');
  if (!sameToken(m[1].trim(), token)) throw new HttpError(401, 'wrong token');
}

export function ingestRoutes(app: Hono, d: Deps): void {
  app.post('/api/ingest', async (c) => {
    requireToken(c, d.token);
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) throw new HttpError(415, 'send the body as application/json');
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new HttpError(400, 'body is not valid JSON');
    }
    const body = parseInput(IngestBody, raw, 'body');
    const analysis = await d.analyze(body);
    const saved = await d.store.saveAnalysis(analysis);
    return c.json({
      articleId: saved.articleId, inserted: saved.inserted,
      events: analysis.events.length, quotes: analysis.quotes.length, statements: analysis.statements.length,
    }, saved.inserted ? 201 : 200);
  });
}
