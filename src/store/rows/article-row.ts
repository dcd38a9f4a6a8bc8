/** The `articles` row: one Article, with its paragraphs as JSON. */
import type { Article, Paragraph } from '../../ingest/types.js';
import { fromJson, str, toJson } from './row-values.js';

export const ARTICLE_COLUMNS = [
  'id', 'origin', 'url', 'canonical_url', 'title', 'published', 'published_from',
  'outlet', 'byline', 'language', 'content_hash', 'text', 'paragraphs',
] as const;

export function articleToRow(a: Article): unknown[] {
  return [
    a.id, a.origin, a.url, a.canonicalUrl, a.title, a.published, a.publishedFrom,
    a.outlet, a.byline, a.language, a.contentHash, a.text, toJson(a.paragraphs),
  ];
}

export function rowToArticle(r: Record<string, unknown>): Article {
  return {
    id: String(r.id),
    origin: String(r.origin),
    url: str(r.url),
    canonicalUrl: str(r.canonical_url),
    title: str(r.title),
    published: str(r.published),
    publishedFrom: str(r.published_from),
    outlet: str(r.outlet),
    byline: str(r.byline),
    language: str(r.language),
    paragraphs: fromJson<Paragraph[]>(r.paragraphs),
    text: String(r.text),
    contentHash: String(r.content_hash),
  };
}
