/**
 * The pipeline behind POST /api/ingest: fetch (when only a URL is given), extract, analyse. Loaded
 * lazily, so starting the server does not load the language models until the first ingest.
 */
import type { Analysis } from '../pipeline/types.js';
import type { RawDocument } from '../ingest/types.js';
import type { IngestBody } from './schemas.js';
import { HttpError } from './http-error.js';

export interface AnalyzeRequestOptions {
  /** Let URL fetches reach loopback and private addresses (tests, intranets). Default false. */
  allowPrivate?: boolean;
}

export function analyzeRequest(opts: AnalyzeRequestOptions = {}) {
  return async (body: IngestBody): Promise<Analysis> => {
    const [{ looksLikeHtml }, { analyzeDocument }] = await Promise.all([
      import('../ingest/extract/extract-article.js'),
      import('../pipeline/analyze-document.js'),
    ]);
    let doc: RawDocument;
    if (body.html != null || body.text != null) {
      const content = body.html ?? body.text ?? '';
      doc = { origin: body.url ?? 'POST /api/ingest', kind: body.html != null ? 'html' : 'text', body: content, url: body.url ?? null, published: body.published ?? null, title: body.title ?? null };
    } else {
      const { fetchUrl } = await import('../ingest/sources/fetch-url.js');
      const page = await fetchUrl(body.url!, { allowPrivate: opts.allowPrivate }).catch((err: Error) => {
        throw new HttpError(422, err.message);
      });
      doc = { origin: body.url!, kind: looksLikeHtml(page.body) ? 'html' : 'text', body: page.body, url: page.url, published: body.published ?? null, title: body.title ?? null };
    }
    try {
      return analyzeDocument(doc);
    } catch (err) {
      throw new HttpError(422, (err as Error).message);
    }
  };
}
