/**
 * The article facts in a page's JSON-LD (`<script type="application/ld+json">`): the first
 * article-like object, found through arrays and `@graph`.
 */

import type { DomDocument, DomElement } from './dom.js';
export interface JsonLdArticle {
  datePublished: string | null;
  headline: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
}

/** Schema.org types that describe the article itself (not the site, breadcrumbs or a video). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage)$/;

type Json = Record<string, unknown>;

function* objects(node: unknown): Generator<Json> {
  if (Array.isArray(node)) for (const n of node) yield* objects(n);
  else if (node && typeof node === 'object') {
    const o = node as Json;
    yield o;
    if (o['@graph']) yield* objects(o['@graph']);
  }
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return (v as Json).name as string;
  return null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  if (v && typeof v === 'object' && typeof (v as Json)['@id'] === 'string') return (v as Json)['@id'] as string;
  return null;
}

export function readJsonLd(doc: DomDocument): JsonLdArticle {
  const candidates: Json[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // Some CMSs leave CDATA wrappers or trailing semicolons around the JSON.
      const raw = (s.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|\]\]>\s*$/g, '').trim().replace(/;$/, '');
      for (const o of objects(JSON.parse(raw))) candidates.push(o);
    } catch {
      // A broken JSON-LD block is common and not the article's fault: skip it.
    }
  }
  // Article types first, WebPage last; then anything that has a datePublished.
  const rank = (o: Json) => {
    const ts = typesOf(o);
    if (ts.some((t) => ARTICLE_TYPE.test(t) && t !== 'WebPage')) return 0;
    if (ts.includes('WebPage')) return 1;
    return 2;
  };
  const sorted = candidates.filter((o) => o.datePublished || o.headline).sort((a, b) => rank(a) - rank(b));
  const best = sorted[0];
  if (!best) return { datePublished: null, headline: null, author: null, publisher: null, url: null };
  return {
    datePublished: str(best.datePublished) ?? str(sorted.find((o) => o.datePublished)?.datePublished),
    headline: str(best.headline),
    author: nameOf(best.author),
    publisher: nameOf(best.publisher),
    url: str(best.url) ?? str(best.mainEntityOfPage),
  };
}
