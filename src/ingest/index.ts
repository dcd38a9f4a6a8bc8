/** Public entry of the ingest stage: sources → RawDocument → Article. */
export type { Article, Paragraph, ParagraphKind, RawDocument } from './types.js';
export { IngestError } from './errors.js';
export { decodeBytes, charsetFromContentType, DEFAULT_MAX_BYTES, type DecodeOptions } from './decode-bytes.js';
export { extractArticle, canonicalizeUrl, looksLikeHtml, type ExtractOptions } from './extract/extract-article.js';
export { normalizeDate, dateFromUrl } from './extract/normalize-date.js';
export { readInputs, type SourceItem, type ReadInputsOptions } from './sources/sources.js';
export { fetchUrl, type FetchOptions, type FetchedPage } from './sources/fetch-url.js';
export { parseFeed, looksLikeFeed, type FeedItem } from './sources/feed.js';
export { readJsonl, type JsonlPosition, type JsonlResult, type JsonlOptions } from './sources/jsonl.js';
export { listInputFiles, readInputFile, kindOfPath, type InputFile, type FileKind } from './sources/read-path.js';
export { countInputs } from './sources/count-inputs.js';
