/**
 * Types at the ingest → language boundary.
 *
 * A `RawDocument` is what a source hands over (bytes already decoded to text);
 * an `Article` is the clean, boilerplate-free article extracted from it.
 */

/** Where a document came from and what it is, before extraction. */
export interface RawDocument {
  /** The path, URL or `file.jsonl#L12` the user gave; used in error messages. */
  origin: string;
  /** 'html' for pages, 'text' for plain-text dumps and bare text. */
  kind: 'html' | 'text';
  /** Decoded content. */
  body: string;
  /** URL the content was fetched from or declared for (`--url`, JSONL `url`, feed item link). */
  url?: string | null;
  /** Publication date given by the caller (`--published`, JSONL `published`, feed `pubDate`): YYYY-MM-DD or ISO. */
  published?: string | null;
  /** Headline given by the caller (JSONL `title`, feed item title). */
  title?: string | null;
}

/** The role a paragraph plays on the page; captions carry facts but are not body text. */
export type ParagraphKind = 'body' | 'caption' | 'heading' | 'summary';

export interface Paragraph {
  kind: ParagraphKind;
  text: string;
  /** Character offsets of this paragraph inside `Article.text`. */
  start: number;
  end: number;
}

/** A clean article. Every character offset elsewhere in the pipeline points into `text`. */
export interface Article {
  /** Stable identity: canonical URL when known, else `sha256:` of the normalized text. */
  id: string;
  origin: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  /** Publication date, YYYY-MM-DD, or null when nothing says. */
  published: string | null;
  /** How the publication date was found: 'given', 'meta', 'jsonld', 'time', 'url', 'text' or null. */
  publishedFrom: string | null;
  outlet: string | null;
  byline: string | null;
  language: string | null;
  paragraphs: Paragraph[];
  /** Paragraph texts joined by a blank line ("\n\n"). */
  text: string;
  /** sha256 hex of the normalized text, used to spot the same article saved twice. */
  contentHash: string;
}
