/**
 * Builds an `Article` from paragraph strings, for tests and for callers that hold plain paragraphs.
 * Paragraphs are joined by a blank line, as ingest does.
 */
import type { Article, ParagraphKind } from '../ingest/types.js';

export function articleFromParagraphs(
  paragraphs: (string | { text: string; kind: ParagraphKind })[],
  id = 'test-article',
): Article {
  const paras: Article['paragraphs'] = [];
  let text = '';
  for (const p of paragraphs) {
    const item = typeof p === 'string' ? { text: p, kind: 'body' as const } : p;
    if (text) text += '\n\n';
    paras.push({ kind: item.kind, text: item.text, start: text.length, end: text.length + item.text.length });
    text += item.text;
  }
  return {
    id, origin: id, url: null, canonicalUrl: null, title: null, published: null, publishedFrom: null,
    outlet: null, byline: null, language: 'en', paragraphs: paras, text, contentHash: '',
  };
}
