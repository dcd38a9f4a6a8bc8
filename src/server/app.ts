/**
 * The HTTP API and the dashboard, as a Hono app (no server: tests call `app.request`). Handlers are
 * thin: they validate input with zod, call the Store or relations, and format JSON.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { timeout } from 'hono/timeout';
import { HTTPException } from 'hono/http-exception';
import type { Store } from '../store/store.js';
import type { Analyze, Deps } from './deps.js';
import { errorResponse } from './http-error.js';
import { RelationsCache } from './relations-adapter.js';
import { analyzeRequest } from './analyze-request.js';
import { openApiDocument } from './openapi.js';
import { serveStatic } from './static-files.js';
import { eventRoutes } from './routes/events.js';
import { articleRoutes } from './routes/articles.js';
import { relationRoutes } from './routes/relations.js';
import { ingestRoutes } from './routes/ingest.js';

export interface AppOptions {
  store: Store;
  /** Bearer token for writes (DETENTE_TOKEN). Null or empty: every write is refused with 403. */
  token?: string | null;
  /** Folder of the built dashboard. Default: dist/web under the project root. */
  webRoot?: string;
  /** Largest request body in bytes. Default 2 MB. */
  maxBodyBytes?: number;
  /** Deadline of one API request in ms. Default 30 000. */
  timeoutMs?: number;
  /** Let POST /api/ingest fetch URLs on loopback and private addresses. Default false. */
  allowPrivate?: boolean;
  /** The ingest pipeline; default: fetch, extract and analyse (tests may pass a stand-in). */
  analyze?: Analyze;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Content-Security-Policy of every response: scripts only from our own origin, so even text that
 * slipped into the page as markup could not run (the dashboard also inserts all data as text).
 */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** dist/web under the package root: this module is src/server/app.ts or dist/server/app.js, two levels down. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** @example const app = createApp({ store, token: process.env.DETENTE_TOKEN }); await app.request('/api/relations') */
export function createApp(opts: AppOptions): Hono {
  const deps: Deps = {
    store: opts.store,
    relations: new RelationsCache(opts.store),
    token: opts.token ? opts.token : null,
    analyze: opts.analyze ?? analyzeRequest({ allowPrivate: opts.allowPrivate }),
  };
  const webRoot = opts.webRoot ?? DEFAULT_WEB_ROOT;
  const maxBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('referrer-policy', 'no-referrer');
    c.res.headers.set('content-security-policy', CSP);
  });
  app.use('/api/*', timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, () => new HTTPException(504, { message: 'request timed out' })));
  app.use('/api/*', bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: `request body larger than ${Math.round(maxBytes / 1024)} KB` }, 413),
  }));

  ingestRoutes(app, deps);
  eventRoutes(app, deps);
  articleRoutes(app, deps);
  relationRoutes(app, deps);
  const doc = openApiDocument(version());
  app.get('/openapi.json', (c) => c.json(doc));

  app.all('/api/*', (c) => c.json({ error: `no route ${c.req.method} ${c.req.path} (see /openapi.json)` }, 404));
  app.get('*', async (c) => {
    const res = await serveStatic(c, webRoot);
    if (res) return res;
    if (c.req.path === '/' && !existsSync(join(webRoot, 'index.html'))) {
      return c.json({ error: `the dashboard is not built (no ${join(webRoot, 'index.html')}): run npm run build:web` }, 404);
    }
    return c.json({ error: `not found: ${c.req.path}` }, 404);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError(errorResponse);
  return app;
}
