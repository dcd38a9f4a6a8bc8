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
  return parseHTML(html).document as unknown as DomDocument;
}
