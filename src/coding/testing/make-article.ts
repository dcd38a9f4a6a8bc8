/**
 * Articles built in code for tests: paragraphs given as [kind, text] pairs (or plain strings
 * for body text), joined by blank lines as extraction joins them, with exact offsets.
 */
import type { Article, Paragraph, ParagraphKind } from '../../ingest/types.js';

export type ParagraphSpec = string | [ParagraphKind, string];

export interface MakeArticleOptions {
  /** Default '2024-01-23'. */
  published?: string | null;
  /** Default 'test:article'. */
  id?: string;
  title?: string | null;
}

export function makeArticle(paragraphs: ParagraphSpec[], opts: MakeArticleOptions = {}): Article {
  const parts: Paragraph[] = [];
  let text = '';
  for (const spec of paragraphs) {
    const [kind, body] = typeof spec === 'string' ? (['body', spec] as const) : spec;
    if (text) text += '\n\n';
    parts.push({ kind, text: body, start: text.length, end: text.length + body.length });
    text += body;
  }
  const id = opts.id ?? 'test:article';
  return {
    id, origin: id, url: null, canonicalUrl: null, title: opts.title ?? null,
    published: opts.published === undefined ? '2024-01-23' : opts.published,
    publishedFrom: 'given', outlet: null, byline: null, language: 'en',
    paragraphs: parts, text, contentHash: id,
  };
}
