/**
 * HTML pages → paragraphs with Readability (on linkedom) for the body, plus the page's own
 * metadata. Readability finds the article; this file turns its DOM into typed paragraphs:
 * body text, figure captions (credits stripped) and section headings.
 */
import { Readability } from '@mozilla/readability';
import { parsePage, type DomElement, type DomNode } from './dom.js';
import { stripCaptionCredit } from './caption-credit.js';
import { dedupeWithForms, type DraftParagraph } from './dedupe-paragraphs.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { BYLINE } from './text-boilerplate.js';
import { dateOfDateLine } from './date-line.js';
import { articleEnd, isCredit, isFurniture } from './line-rules.js';

/** Byline and date lines are only looked for among the first paragraphs. */
const BYLINE_ZONE = 3;

export interface HtmlExtraction extends PageMetadata {
  paragraphs: DraftParagraph[];
  /** The comparison form of each paragraph (dedupe-paragraphs.ts). */
  forms: string[];
}

/** Elements that hold one paragraph each; containers around them are walked into. */
const LEAF_BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH']);
const BLOCKS = new Set([...LEAF_BLOCKS, 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'NAV', 'FORM', 'DETAILS', 'SUMMARY']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Elements never read: scripts, forms, media. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'IFRAME', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE', 'SELECT', 'INPUT']);
/** Class names of credit spans inside figures, removed before Readability drops the class names. Example: `<span class="caption-credit">`. */
const CREDIT_CLASS = /\b[\w-]*(?:credit|copyright|byline__photo|photographer)[\w-]*\b/i;

/**
 * Pages nested deeper than this skip Readability and are read as written (like a page where
 * Readability finds nothing). Readability's work grows with the square of the depth (about 0.3 s
 * at 250 levels and 1.3 s at 500 on the development machine, minutes at a few thousand) and it
 * recurses; news pages nest a few dozen levels, so only broken or hostile pages reach this.
 */
export const READABILITY_MAX_DEPTH = 200;

/** Readability's own threshold (500) drops short wire stories; 200 keeps them. */
const CHAR_THRESHOLD = 200;

/** `debug` receives a trace of the de-duplication decisions (for `--explain`). */
export function extractHtmlArticle(html: string, pageUrl: string | null, debug?: (line: string) => void): HtmlExtraction {
  // One parse serves both: readMetadata only reads, and it runs before Readability rewrites the
  // tree (parsing is a quarter of the time spent on a page; twice was plain waste).
  const doc = parsePage(html);
  const meta = readMetadata(doc, pageUrl);
  for (const el of Array.from(doc.querySelectorAll('figure [class], figcaption [class], .caption [class]'))) {
    if (CREDIT_CLASS.test(el.getAttribute('class') ?? '')) el.remove();
  }
  let root: DomElement | null = null;
  let readabilityTitle: string | null = null;
  let readabilityByline: string | null = null;
  const tooDeep = doc.documentElement !== null && nestingDepth(doc.documentElement, READABILITY_MAX_DEPTH) > READABILITY_MAX_DEPTH;
  if (tooDeep) {
    debug?.(`page nests elements more than ${READABILITY_MAX_DEPTH} levels deep: read as written, without Readability`);
    readabilityTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null; // what Readability would start from
  } else {
    try {
      const result = new Readability<DomElement>(doc, { charThreshold: CHAR_THRESHOLD, serializer: (n) => n as DomElement }).parse();
      root = result?.content ?? null;
      readabilityTitle = result?.title?.trim() || null;
      readabilityByline = result?.byline?.trim() || null;
    } catch {
      root = null; // fall back to the raw body below
    }
  }
  let paragraphs = root ? collect(root) : [];
  if (paragraphs.filter((p) => p.kind === 'body').length === 0) {
    // Readability found nothing (or was skipped): take every paragraph of the page as written.
    // Readability rewrites the tree it reads, so after it the page is parsed afresh.
    const fallback = tooDeep ? doc : parsePage(html);
    paragraphs = fallback.body ? collect(fallback.body) : [];
  }
  const h1 = paragraphs[0]?.kind === 'heading' ? paragraphs[0].text : null;
  const title = meta.title ?? readabilityTitle ?? h1;
  // Readability keeps the page's h1 at times; the headline is not body text.
  if (title) paragraphs = paragraphs.filter((p, i) => !(i < 3 && p.kind === 'heading' && same(p.text, title)));
  // Readability keeps in-article furniture (ad labels, "Read more:" links, credits, paywall
  // notices and what follows them); the text rules remove it here too.
  paragraphs = paragraphs.slice(0, articleEnd(paragraphs.map((p) => p.text), { cutLate: false }));
  paragraphs = paragraphs.filter((p) => p.kind === 'caption' || !(isFurniture(p.text) || isCredit(p.text)));
  // A "By … · 9 March 2021" line that Readability left in the body is metadata, not text.
  let byline = meta.byline ?? readabilityByline;
  let dateLine: string | null = null;
  paragraphs = paragraphs.filter((p, i) => {
    if (i >= BYLINE_ZONE || p.kind !== 'body' || p.text.length > 120) return true;
    const by = BYLINE.exec(p.text);
    if (by) byline ??= by[1].trim();
    const date = dateOfDateLine(p.text);
    if (date) dateLine ??= date;
    return !by && !date;
  });
  // A printed "Published 18 January 2024" is the last resort, after markup and URL.
  const dated = meta.published ? {} : { published: dateLine, publishedFrom: dateLine ? 'text' : null };
  return { ...meta, ...dated, title, byline, ...dedupeWithForms(paragraphs, debug) };
}

function same(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/\W+/g, '');
  return n(a) === n(b);
}

function collect(root: DomElement): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  walk(root, out);
  return out.filter((p) => p.text.length > 0);
}

/**
 * The elements under `root` (itself included) that have a block element somewhere below them.
 * One pass, children before parents, instead of asking each element in turn (which costs depth²
 * on a deeply nested page and recursed once per level).
 */
function elementsWithBlocks(root: DomElement): Set<DomElement> {
  const order: DomElement[] = [];
  const stack = [root];
  while (stack.length) {
    const el = stack.pop()!;
    order.push(el);
    for (const c of Array.from(el.children)) stack.push(c);
  }
  const withBlocks = new Set<DomElement>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    for (const c of Array.from(el.children)) {
      if (BLOCKS.has(c.tagName.toUpperCase()) || withBlocks.has(c)) {
        withBlocks.add(el);
        break;
      }
    }
  }
  return withBlocks;
}

/** Nesting depth of the elements under `root`, counted up to `limit` + 1 (no need to go further). */
export function nestingDepth(root: DomElement, limit: number): number {
  let deepest = 0;
  const stack: [DomElement, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const c of Array.from(el.children)) stack.push([c, depth + 1]);
  }
  return deepest;
}

function textOf(el: DomElement): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Turns the tree under `root` into paragraphs. Iterative (an explicit stack of containers), so a
 * page nested tens of thousands of levels deep cannot overflow the call stack.
 */
function walk(root: DomElement, out: DraftParagraph[]): void {
  const hasBlock = elementsWithBlocks(root);
  // Text and inline elements straight inside a container form paragraphs of their own;
  // a double <br> separates them. A container is entered only after the text before it is
  // flushed, so one run serves all levels.
  let run = '';
  const flush = () => {
    for (const part of run.split(/\n\s*\n/)) {
      const t = part.replace(/\s+/g, ' ').trim();
      if (t) out.push({ kind: 'body', text: t });
    }
    run = '';
  };
  const stack: { nodes: DomNode[]; next: number }[] = [{ nodes: Array.from(root.childNodes), next: 0 }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      flush();
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.next++]!;
    if (node.nodeType === 3) {
      run += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as DomElement;
    const tag = child.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      run += '\n';
      continue;
    }
    if (!BLOCKS.has(tag) && !hasBlock.has(child)) {
      run += ` ${child.textContent ?? ''} `;
      continue;
    }
    flush();
    if (tag === 'FIGCAPTION') out.push({ kind: 'caption', text: stripCaptionCredit(textOf(child)) });
    else if (HEADINGS.has(tag)) out.push({ kind: 'heading', text: textOf(child) });
    else if (LEAF_BLOCKS.has(tag) && !hasBlock.has(child)) out.push({ kind: 'body', text: textOf(child) });
    else stack.push({ nodes: Array.from(child.childNodes), next: 0 });
  }
}
