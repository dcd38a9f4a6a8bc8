/** A Hono app over a MemoryStore holding the sample analyses, with a stand-in ingest pipeline. */
import type { Hono } from 'hono';
import type { Analysis } from '../../pipeline/types.js';
import { createApp, type AppOptions } from '../app.js';
import type { Store } from '../../store/store.js';
import { openStore } from '../../store/open-store.js';
import { sampleAnalyses } from './sample-analyses.js';
import type { IngestBody } from '../schemas.js';

export const TEST_TOKEN = 'test-token-123';

/** Ingest stand-in: the body's text becomes a one-paragraph article with no events. */
export async function fakeAnalyze(body: IngestBody): Promise<Analysis> {
  const text = body.text ?? body.html ?? `fetched ${body.url}`;
  const id = body.url ?? `sha256:${text.length}`;
  return {
    article: {
      id, origin: id, url: body.url ?? null, canonicalUrl: null, title: body.title ?? null, published: body.published ?? null,
      publishedFrom: null, outlet: null, byline: null, language: 'en',
      paragraphs: [{ kind: 'body', text, start: 0, end: text.length }], text, contentHash: `h:${text}`,
    },
    events: [], quotes: [], statements: [],
  };
}

/** The real SQLite store, in memory, holding the sample analyses. */
export async function sampleStore(): Promise<Store> {
  const store = await openStore(':memory:');
  for (const a of sampleAnalyses()) await store.saveAnalysis(a);
  return store;
}

export async function sampleApp(opts: Partial<AppOptions> = {}): Promise<{ app: Hono; store: Store }> {
  const store = await openStore(':memory:');
  for (const a of sampleAnalyses()) await store.saveAnalysis(a);
  return { app: createApp({ store, token: TEST_TOKEN, analyze: fakeAnalyze, webRoot: '/nonexistent-web-root', ...opts }), store };
}
