/**
 * DOM building without markup strings: every piece of data goes in as a text node (textContent),
 * never through innerHTML, so article text cannot become elements or run scripts.
 */
type Child = Node | string | number | null | undefined | false;
type Attr = string | number | boolean | null | undefined | ((ev: Event) => void);

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function setAttrs(el: Element, attrs: Record<string, Attr>): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      el.addEventListener(k.replace(/^on/, ''), v);
      continue;
    }
    if (/^on/i.test(k)) throw new Error(`dom: refusing inline handler attribute ${k}`);
    if (k === 'href' && typeof v === 'string' && !isSafeHref(v)) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
}

/** Links from data must be http(s) or our own hash routes: never javascript: or data:. */
export function isSafeHref(href: string): boolean {
  return href.startsWith('#') || /^https?:\/\//i.test(href) || href.startsWith('./');
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, Attr> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, Attr> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** A number shown with a sign: +0.12, −0.40. */
export function signed(x: number, digits = 2): string {
  const t = Math.abs(x).toFixed(digits);
  return x > 0 ? `+${t}` : x < 0 ? `−${t}` : t;
}
