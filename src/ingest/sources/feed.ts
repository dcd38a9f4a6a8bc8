/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds → one entry per item: the link to fetch, its
 * title and date, and the item's full content when the feed carries it (`content:encoded`,
 * Atom `content`), which the caller may use if the page cannot be fetched.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IngestError } from '../errors.js';

export interface FeedItem {
  /** The item's article link, absolute; null when the item has none. */
  link: string | null;
  title: string | null;
  /** As the feed writes it (`pubDate`, `published`, `updated`, `dc:date`). */
  published: string | null;
  /** Full HTML content of the item, when the feed carries it. */
  content: string | null;
}

/** A cheap check for feed content in a file with an unhelpful name or a fetched body. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 1024).replace(/^\uFEFF/, '').trimStart();
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head);
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return null;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
}

/** Atom: the `rel="alternate"` (or rel-less) link's href. RSS: the link's text. */
function linkOf(item: Node): string | null {
  const links = (item.link as unknown[] | undefined) ?? [];
  for (const l of links) {
    if (typeof l === 'string') return l.trim();
    const n = l as Node;
    const rel = n['@_rel'] as string | undefined;
    if (n['@_href'] && (!rel || rel === 'alternate')) return String(n['@_href']).trim();
    if (!n['@_href'] && text(n)) return text(n);
  }
  return text(item.guid) && /^https?:/.test(text(item.guid)!) ? text(item.guid) : null;
}

/** Parse a feed; throws `IngestError` naming `origin` when it is not a valid RSS/Atom feed. */
export function parseFeed(xml: string, origin: string, baseUrl: string | null = null): FeedItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new IngestError(origin, `not a valid RSS/Atom feed (${valid.err.msg.replace(/\s+/g, ' ')} at line ${valid.err.line})`);
  }
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  let items: Node[];
  if (rss) items = ((rss.channel as Node | undefined)?.item as Node[] | undefined) ?? [];
  else if (rdf) items = (rdf.item as Node[] | undefined) ?? [];
  else if (atom) items = (atom.entry as Node[] | undefined) ?? [];
  else throw new IngestError(origin, 'not a valid RSS/Atom feed (no <rss>, <feed> or <rdf:RDF> root)');

  return items.map((item) => ({
    link: absolute(linkOf(item), baseUrl),
    title: text(item.title),
    published: text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated),
    content: text(item['content:encoded']) ?? text(item.content) ?? null,
  }));
}
