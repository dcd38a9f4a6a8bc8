/**
 * The slice of the DOM the extractors use, typed structurally: the project compiles without
 * the DOM lib (it is a Node program), and linkedom provides these members.
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  childNodes: ArrayLike<DomNode>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Parse an HTML string into a fresh document. */
export function parsePage(html: string): DomDocument {
  const document = parseHTML(html).document;
  // linkedom leaves documentElement null for input with no element at all ("", "<!doctype html>",
  // a page cut after its first bytes), and then throws on `document.body`. Such a page is an empty
  // one, so it gets an empty skeleton and extraction reports "no article text" like any empty page.
  if (!document.documentElement) return parseHTML(`<!doctype html><html><head></head><body>${html.replace(/<!doc[^>]*>?/i, '')}</body></html>`).document as unknown as DomDocument;
  return document as unknown as DomDocument;
}
