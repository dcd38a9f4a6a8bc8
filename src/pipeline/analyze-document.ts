/**
 * One document to its analysis, with the size bounds that keep a runaway document from stalling the
 * process (see document-limits.ts). Every entry point (the CLI, the queue worker, POST /api/ingest)
 * goes through here, so they refuse the same documents with the same reasons.
 */
import type { RawDocument } from '../ingest/types.js';
import type { Analysis } from './types.js';
import { extractArticle } from '../ingest/extract/extract-article.js';
import { analyzeArticle, type AnalyzeOptions } from './analyze-article.js';
import { checkArticleSize, checkBodySize, type DocumentLimits } from './document-limits.js';

export function analyzeDocument(doc: RawDocument, opts: AnalyzeOptions & DocumentLimits = {}): Analysis {
  checkBodySize(doc, opts);
  const article = extractArticle(doc);
  checkArticleSize(article, opts);
  return analyzeArticle(article, opts);
}
