/**
 * Per-document bounds of the pipeline. The analysis stages run synchronously in this process, so a
 * timer cannot interrupt one; instead, documents are bounded by size before the expensive stages,
 * at sizes where the measured cost stays within a few seconds (coding + quotes ran at about
 * 150 K chars/s on one long unbroken line, the worst shape found by the reliability fuzz tests).
 * A refused document becomes one failure line (`origin: reason`), never a hang.
 */
import type { Article, RawDocument } from '../ingest/types.js';
import { IngestError } from '../ingest/errors.js';

export interface DocumentLimits {
  /** Largest decoded page or text handed to extraction, in characters. Default 10 000 000 (a 10 MB page). */
  maxBodyChars?: number;
  /**
   * Largest clean article text handed to the coder and quote finder, in characters. Default 300 000
   * (about 50 000 words: several times the longest news feature; ~2 s of analysis at worst).
   */
  maxArticleChars?: number;
}

export const DEFAULT_MAX_BODY_CHARS = 10_000_000;
export const DEFAULT_MAX_ARTICLE_CHARS = 300_000;

/** id: body-size-cap; example: a 12 MB page → `page.html: document too large to analyse (12.0 M characters; the limit is 10.0 M)`. */
export function checkBodySize(doc: RawDocument, limits: DocumentLimits = {}): void {
  const max = limits.maxBodyChars ?? DEFAULT_MAX_BODY_CHARS;
  if (doc.body.length > max) {
    throw new IngestError(doc.origin, `document too large to analyse (${millions(doc.body.length)} characters; the limit is ${millions(max)})`);
  }
}

/** id: article-size-cap; example: a 5 MB one-line text dump → `dump.txt: article text too long to analyse (5.0 M characters; the limit is 0.3 M)`. */
export function checkArticleSize(article: Article, limits: DocumentLimits = {}): void {
  const max = limits.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  if (article.text.length > max) {
    throw new IngestError(article.origin, `article text too long to analyse (${millions(article.text.length)} characters; the limit is ${millions(max)})`);
  }
}

function millions(n: number): string {
  return `${(n / 1_000_000).toFixed(1)} M`;
}
