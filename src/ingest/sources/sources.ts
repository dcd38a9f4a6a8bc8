/**
 * Everything the user hands over (paths, directories, URLs, feeds, JSON Lines) → a stream of
 * RawDocuments, with one failure item per unusable input instead of an exception, so a
 * batch keeps going past a bad file.
 */
import { IngestError, reasonOf } from '../errors.js';
import { normalizeDate } from '../extract/normalize-date.js';
import type { RawDocument } from '../types.js';
import { fetchUrl, type FetchOptions, type FetchedPage } from './fetch-url.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { readJsonl, type JsonlPosition } from './jsonl.js';
import { listInputFiles, readInputFile, type InputFile } from './read-path.js';
import { looksLikeHtml } from '../extract/extract-article.js';

export type SourceItem =
  | { ok: true; doc: RawDocument; position?: JsonlPosition }
  | { ok: false; origin: string; reason: string; position?: JsonlPosition };

export interface ReadInputsOptions {
  /** Fetch from loopback/private addresses too. Default false. */
  allowPrivate?: boolean;
  /** Publication date for bare inputs (a single page file or URL, not directory, feed or JSONL contents). */
  published?: string | null;
  /** URL for bare inputs, as `published`. */
  url?: string | null;
  /** Timeouts and caps for fetches; `allowPrivate` above wins. */
  fetch?: FetchOptions;
  /** Resume a JSONL input after a position: `offset` is the byte just after line `line`, the last one done; reading starts on line `line + 1`. */
  resume?: { file: string; offset: number; line: number };
  /** Replaces `fetchUrl` (tests, caching layers). */
  fetcher?: (url: string, options: FetchOptions) => Promise<FetchedPage>;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

export async function* readInputs(inputs: string[], opts: ReadInputsOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    try {
      if (URL_LIKE.test(input)) yield* fromUrl(input, opts, true);
      else yield* fromPath(input, opts);
    } catch (err) {
      yield failure(input, err);
    }
  }
}

function failure(origin: string, err: unknown, position?: JsonlPosition): SourceItem {
  if (err instanceof IngestError) return { ok: false, origin: err.origin, reason: err.reason, position };
  return { ok: false, origin, reason: reasonOf(err), position };
}

/** A bare input takes --url and --published. */
function bare(doc: RawDocument, opts: ReadInputsOptions): RawDocument {
  return { ...doc, url: opts.url ?? doc.url, published: opts.published ?? doc.published };
}

async function* fromPath(path: string, opts: ReadInputsOptions): AsyncGenerator<SourceItem> {
  const files = await listInputFiles(path);
  const single = files.length === 1 && files[0].path === path;
  for (const file of files) {
    try {
      yield* fromFile(file, opts, single);
    } catch (err) {
      yield failure(file.path, err);
    }
  }
}

async function* fromFile(file: InputFile, opts: ReadInputsOptions, isBare: boolean): AsyncGenerator<SourceItem> {
  if (file.kind === 'jsonl') {
    const resume = opts.resume && opts.resume.file === file.path ? opts.resume : null;
    for await (const r of readJsonl(file.path, resume ? { startOffset: resume.offset, startLine: resume.line + 1 } : {})) {
      yield r.ok ? { ok: true, doc: r.doc, position: r.position } : { ok: false, origin: r.origin, reason: r.reason, position: r.position };
    }
    return;
  }
  const { kind, body } = await readInputFile(file);
  if (kind === 'feed') {
    yield* fromFeed(body, file.path, null, opts);
    return;
  }
  const doc: RawDocument = { origin: file.path, kind, body };
  yield { ok: true, doc: isBare ? bare(doc, opts) : doc };
}

async function* fromUrl(url: string, opts: ReadInputsOptions, isBare: boolean, expandFeeds = true): AsyncGenerator<SourceItem> {
  const fetcher = opts.fetcher ?? fetchUrl;
  const page = await fetcher(url, { ...opts.fetch, allowPrivate: opts.allowPrivate ?? false });
  const type = (page.contentType ?? '').toLowerCase();
  if (expandFeeds && (/(?:rss|atom)\+xml|\/xml/.test(type) || looksLikeFeed(page.body))) {
    yield* fromFeed(page.body, url, page.url, opts);
    return;
  }
  const kind = type.startsWith('text/plain') && !looksLikeHtml(page.body) ? 'text' : 'html';
  const doc: RawDocument = { origin: url, kind, body: page.body, url: page.url };
  yield { ok: true, doc: isBare ? bare(doc, opts) : doc };
}

/** Each item's page is fetched; its feed title and date travel with it. The item's own content stands in when the fetch fails. */
async function* fromFeed(xml: string, origin: string, baseUrl: string | null, opts: ReadInputsOptions): AsyncGenerator<SourceItem> {
  const items = parseFeed(xml, origin, baseUrl);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const meta = { title: item.title, published: normalizeDate(item.published) };
    const fromContent = (itemOrigin: string): SourceItem => ({
      ok: true,
      doc: { origin: itemOrigin, kind: 'html', body: item.content!, url: item.link, ...meta },
    });
    if (!item.link) {
      yield item.content ? fromContent(`${origin}#item${i + 1}`) : { ok: false, origin: `${origin}#item${i + 1}`, reason: 'feed item has no link and no content' };
      continue;
    }
    try {
      for await (const r of fromUrl(item.link, opts, false, false)) yield r.ok ? { ok: true, doc: { ...r.doc, ...meta } } : r;
    } catch (err) {
      yield item.content ? fromContent(item.link) : failure(item.link, err);
    }
  }
}
