/**
 * RawDocument → Article: dispatch on the kind (an HTML page saved as .txt is still HTML),
 * lay the paragraphs out in one text with offsets, and give the article its identity.
 *
 * Precedence for url and date: what the caller gave (`--url`, `--published`, JSONL, feed)
 * wins over anything inferred from the page.
 */
import { createHash } from 'node:crypto';
import type { Article, Paragraph, RawDocument } from '../types.js';
import { IngestError } from '../errors.js';
import { canonicalizeUrl, domainOf } from './canonical-url.js';
import { extractHtmlArticle } from './html-article.js';
import { normalizeDate } from './normalize-date.js';
import { extractTextArticle } from './text-article.js';
import { normalizeForComparison, type DraftParagraph } from './dedupe-paragraphs.js';

export { canonicalizeUrl } from './canonical-url.js';

/** Text that is clearly an HTML document, whatever its file name says. */
export function looksLikeHtml(body: string): boolean {
  const head = body.slice(0, 2048).trimStart().toLowerCase();
  if (/^(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(head)) return true;
  // Markup-dense text: many tags of the HTML vocabulary in the first 2 KB.
  const tags = head.match(/<\/?(?:p|div|head|body|meta|span|a|br|h[1-6]|article|section|script|title)\b[^>]*>/g);
  return (tags?.length ?? 0) >= 8;
}

export interface ExtractOptions {
  /** Receives a trace of extraction decisions (which paragraphs were dropped as repeats and why). Default: none. */
  debug?: (line: string) => void;
}

export function extractArticle(doc: RawDocument, options: ExtractOptions = {}): Article {
  const debug = options.debug;
  const givenUrl = doc.url?.trim() || null;
  const givenDate = doc.published ? normalizeDate(doc.published) : null;
  if (doc.published && !givenDate) throw new IngestError(doc.origin, `published date '${doc.published}' is not a date (use YYYY-MM-DD)`);

  let drafts: DraftParagraph[];
  let draftForms: string[];
  let title: string | null;
  let url: string | null = givenUrl;
  let canonicalUrl: string | null = null;
  let published: string | null;
  let publishedFrom: string | null;
  let outlet: string | null;
  let byline: string | null;
  let language: string | null = null;

  if (doc.kind === 'html' || looksLikeHtml(doc.body)) {
    const h = extractHtmlArticle(doc.body, givenUrl, debug);
    drafts = h.paragraphs;
    draftForms = h.forms;
    title = h.title;
    canonicalUrl = h.canonicalUrl;
    published = h.published;
    publishedFrom = h.publishedFrom;
    outlet = h.outlet;
    byline = h.byline;
    language = h.language;
  } else {
    const t = extractTextArticle(doc.body, debug);
    drafts = t.paragraphs;
    draftForms = t.forms;
    title = t.title;
    url ??= t.url;
    published = t.published;
    publishedFrom = t.publishedFrom;
    outlet = domainOf(url);
    byline = t.byline;
  }
  url ??= canonicalUrl;
  // A declared --url names the article: it is the identity unless the page's canonical says otherwise.
  canonicalUrl = canonicalUrl ?? canonicalizeUrl(url);
  if (givenDate) {
    published = givenDate;
    publishedFrom = 'given';
  }
  title = doc.title?.trim() || title;

  const paragraphs: Paragraph[] = [];
  let text = '';
  // normalizeForComparison(text), from the paragraphs' own forms: paragraphs apart ("\n\n")
  // normalize apart, and trimming takes nothing that normalizing keeps.
  const forms: string[] = [];
  let formsKnown = draftForms.length === drafts.length;
  for (const [k, d] of drafts.entries()) {
    const t = d.text.trim();
    if (!t) continue;
    if (text) text += '\n\n';
    paragraphs.push({ kind: d.kind, text: t, start: text.length, end: text.length + t.length });
    text += t;
    if (formsKnown && draftForms[k]) forms.push(draftForms[k]);
    else formsKnown = false;
  }
  if (!paragraphs.some((p) => p.kind === 'body' || p.kind === 'summary' || p.kind === 'caption')) {
    throw new IngestError(doc.origin, 'no article text found');
  }
  const contentHash = createHash('sha256').update(formsKnown ? forms.join(' ') : normalizeForComparison(text)).digest('hex');
  return {
    id: canonicalUrl ?? `sha256:${contentHash}`,
    origin: doc.origin,
    url: url ?? null,
    canonicalUrl,
    title: title ?? null,
    published: published ?? null,
    publishedFrom: published ? publishedFrom : null,
    outlet: outlet ?? null,
    byline: byline ?? null,
    language,
    paragraphs,
    text,
    contentHash,
  };
}
