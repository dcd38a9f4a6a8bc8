/**
 * What a page says about itself in its markup: headline, publication date, outlet, byline,
 * canonical URL, language. Read from the original document, before Readability rewrites it.
 */
import { canonicalizeUrl, domainOf } from './canonical-url.js';
import { normalizeDate, dateFromUrl } from './normalize-date.js';
import { readJsonLd } from './json-ld.js';

import type { DomDocument, DomElement } from './dom.js';
export interface PageMetadata {
  title: string | null;
  published: string | null;
  /** 'jsonld', 'meta', 'time' or 'url'. */
  publishedFrom: string | null;
  outlet: string | null;
  byline: string | null;
  canonicalUrl: string | null;
  language: string | null;
}

/**
 * Meta tags that carry the publication date, by `property`, `name` or `itemprop`, in order
 * of trust. Example: `<meta property="article:published_time" content="2024-01-23T05:00:00Z">`.
 */
const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
  'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'article.published', 'article_date_original', 'dc.date.issued', 'dc.date', 'dcterms.issued',
  'dcterms.created', 'dcterms.date', 'citation_publication_date', 'date', 'original-publish-date',
];

/** The `content` of the first meta tag whose property/name/itemprop is one of `keys` (case-insensitive), in key order. */
function metaContent(doc: DomDocument, keys: readonly string[]): string | null {
  const found = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const k = m.getAttribute(attr)?.trim().toLowerCase();
      if (k && !found.has(k)) found.set(k, content);
    }
  }
  for (const k of keys) {
    const v = found.get(k);
    if (v) return v;
  }
  return null;
}

function resolve(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).toString();
  } catch {
    return null;
  }
}

/** `<time datetime>` marked as the publication time, else the first one inside the article. */
function timeElementDate(doc: DomDocument): string | null {
  const marked = doc.querySelector('time[pubdate], time[itemprop="datePublished"], [itemprop="datePublished"][datetime], [itemprop="datePublished"][content]');
  const el = marked ?? doc.querySelector('article time[datetime], header time[datetime], main time[datetime]') ?? doc.querySelector('time[datetime]');
  return normalizeDate(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null);
}

export function readMetadata(doc: DomDocument, pageUrl: string | null): PageMetadata {
  const ld = readJsonLd(doc);
  const canonicalUrl = canonicalizeUrl(
    resolve(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
      resolve(metaContent(doc, ['og:url']), pageUrl) ??
      resolve(ld.url, pageUrl),
  );

  let published: string | null = null;
  let publishedFrom: string | null = null;
  const sources: Array<[string, () => string | null]> = [
    ['jsonld', () => normalizeDate(ld.datePublished)],
    ['meta', () => normalizeDate(metaContent(doc, DATE_META))],
    ['time', () => timeElementDate(doc)],
    ['url', () => dateFromUrl(canonicalUrl) ?? dateFromUrl(pageUrl)],
  ];
  for (const [from, get] of sources) {
    published = get();
    if (published) {
      publishedFrom = from;
      break;
    }
  }

  const htmlLang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  const language = (htmlLang || metaContent(doc, ['content-language', 'og:locale', 'language']) || '').trim().replace('_', '-') || null;

  const title = clean(ld.headline) ?? clean(metaContent(doc, ['og:title', 'twitter:title'])) ?? null;
  return {
    title,
    published,
    publishedFrom,
    outlet: clean(metaContent(doc, ['og:site_name', 'application-name'])) ?? clean(ld.publisher) ?? outletFromTitle(doc) ?? domainOf(canonicalUrl ?? pageUrl),
    byline: clean(ld.author) ?? clean(metaContent(doc, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator'])),
    canonicalUrl,
    language,
  };
}

/** `<title>Headline | Outlet</title>` or `Headline - Outlet`: the short last part names the outlet. */
function outletFromTitle(doc: DomDocument): string | null {
  const t = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const m = / [|–—-] ([^|–—-]{2,40})$/.exec(t);
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  // Only when the rest is the headline: "Iran - Pakistan talks" must not give "Pakistan talks".
  return m && h1 && t.slice(0, m.index).trim() === h1 ? m[1].trim() : null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  // Some CMSs put a profile URL where the author's name belongs.
  return t && !/^https?:\/\//.test(t) ? t : null;
}
