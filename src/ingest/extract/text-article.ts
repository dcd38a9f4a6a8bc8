/**
 * Plain-text page dumps → headline, paragraphs (body, caption, heading), and what the text
 * says about itself (a printed URL, a date line, a byline). The furniture rules live in
 * `text-boilerplate.ts`; this file only walks the lines.
 */
import { dedupeWithForms, type DraftParagraph } from './dedupe-paragraphs.js';
import { normalizeDate, dateFromUrl } from './normalize-date.js';
import { pickArticleUrl } from './text-urls.js';
import { stripCaptionCredit } from './caption-credit.js';
import { dateOfDateLine } from './date-line.js';
import { articleEnd, isCredit, isFurniture } from './line-rules.js';
import * as B from './text-boilerplate.js';

export interface TextExtraction {
  title: string | null;
  paragraphs: DraftParagraph[];
  /** The comparison form of each paragraph (dedupe-paragraphs.ts). */
  forms: string[];
  /** The article's own URL when the text prints it. */
  url: string | null;
  published: string | null;
  /** 'text' (a date line or dateline) or 'url' (the printed URL), null when nothing says. */
  publishedFrom: 'text' | 'url' | null;
  byline: string | null;
}

type LineKind = 'blank' | 'drop' | 'credit' | 'caption' | 'heading' | 'body' | 'summary';
interface Line {
  kind: LineKind;
  text: string;
}

const SENTENCE_END = /[.!?:;,"”’)\]…]$/;

/** Characters the first clean-up passes of extractTextArticle rewrite. */
const ODD_CHARS = /[\r\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff]/;

/** `debug` receives a trace of the de-duplication decisions (for `--explain`). */
export function extractTextArticle(body: string, debug?: (line: string) => void): TextExtraction {
  // One scan decides whether the three clean-up passes are needed (most dumps need none), and a
  // line is only rewritten when it has a tab or a double space: the same result, fewer copies.
  const clean = ODD_CHARS.test(body)
    ? body
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    : body;
  const raw = clean
    .split('\n')
    .map((l) => (l.indexOf('\t') >= 0 || l.indexOf('  ') >= 0 ? l.replace(/[ \t]+/g, ' ') : l).trim());

  const url = pickArticleUrl(raw.join('\n'));
  const lines = raw.slice(0, articleEnd(raw));

  let published: string | null = null;
  let publishedFrom: TextExtraction['publishedFrom'] = null;
  let updated: string | null = null;
  let byline: string | null = null;
  const out: Line[] = [];
  const repeatedHeadings = repeatedShortLines(lines);
  let box: 'none' | 'box' | 'list' = 'none';
  let captionNext = false;
  let afterByline = false;
  let seenProse = false;

  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    if (t === '') {
      out.push({ kind: 'blank', text: '' });
      captionNext = false;
      continue;
    }
    // Inside an editorial box: label lines, then its one content paragraph, are dropped.
    if (box === 'box') {
      if (!B.BOX_LABEL.re.test(t) && !(t.length <= B.MAX_BOX_LABEL_CHARS && !SENTENCE_END.test(t))) box = 'none';
      out.push({ kind: 'drop', text: t });
      continue;
    }
    if (box === 'list') {
      if (t.length < 120 && !SENTENCE_END.test(t)) {
        out.push({ kind: 'drop', text: t });
        continue;
      }
      box = 'none';
    }
    if (B.BOX_HEADINGS.some((r) => r.re.test(t)) || repeatedHeadings.has(t)) {
      box = 'box';
      out.push({ kind: 'drop', text: t });
      continue;
    }
    if (B.LINK_LIST_HEADINGS.some((r) => r.re.test(t))) {
      box = 'list';
      out.push({ kind: 'drop', text: t });
      continue;
    }
    if (B.CAPTION_PREFIX.test(t)) {
      const rest = t.replace(B.CAPTION_PREFIX, '');
      if (rest) out.push({ kind: 'caption', text: stripCaptionCredit(rest) });
      else captionNext = true;
      continue;
    }
    if (isCredit(t)) {
      out.push({ kind: 'credit', text: t });
      captionNext = true;
      continue;
    }
    const date = dateOfDateLine(t);
    if (date) {
      if (B.UPDATED_HINT.test(t)) updated ??= date;
      else published ??= date;
      out.push({ kind: 'drop', text: t });
      continue;
    }
    // Bylines sit in the header: before the first real paragraph.
    const inHeader = !seenProse || i < lines.length / 4;
    const by = inHeader && t.length <= 120 ? B.BYLINE.exec(t) ?? B.BYLINE_IN.exec(t) : null;
    if (by) {
      byline ??= by[1].trim().replace(/\s+(?:and|&)\s*$/, '');
      out.push({ kind: 'drop', text: t });
      afterByline = true;
      continue;
    }
    // The line under a byline naming the writer's outlet or post ("BBC News, Keshet").
    if (afterByline && t.length <= B.MAX_AFFILIATION_CHARS && !SENTENCE_END.test(t)) {
      afterByline = false;
      out.push({ kind: 'drop', text: t });
      continue;
    }
    afterByline = false;
    if (isFurniture(t)) {
      out.push({ kind: 'drop', text: t });
      continue;
    }
    if (captionNext) {
      out.push({ kind: 'caption', text: stripCaptionCredit(t) });
      captionNext = false;
      continue;
    }
    const md = /^#{1,6}\s+(.+)$/.exec(t);
    if (md) {
      out.push({ kind: 'heading', text: md[1] });
      continue;
    }
    out.push({ kind: 'body', text: stripMarkdownLinks(t) });
    if (t.length >= 120) seenProse = true;
  }

  const title = takeHeadline(out);
  markHeadings(out);
  const { paragraphs, forms } = dedupeWithForms(joinParagraphs(out), debug);

  if (!published) {
    const firstBody = paragraphs.find((p) => p.kind === 'body')?.text ?? '';
    const dl = B.DATELINE.exec(firstBody);
    if (dl && /\d{4}/.test(dl[1])) published = normalizeDate(dl[1]);
  }
  published ??= updated;
  if (published) publishedFrom = 'text';
  else if (dateFromUrl(url)) {
    published = dateFromUrl(url);
    publishedFrom = 'url';
  }
  return { title, paragraphs, forms, url, published, publishedFrom, byline };
}

/**
 * Rule repeated-box (example: a "Why It Matters" box printed at the top and again mid-story):
 * a short heading-like line that occurs more than once, followed each time (after short
 * label lines) by the same paragraph of prose, opens a box; every copy is dropped with its
 * content. Tag lists ("Iran" / "Pakistan" twice) have no prose after them and do not count.
 */
function repeatedShortLines(lines: string[]): Set<string> {
  const contents = new Map<string, string[]>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    if (!t || t.length > B.MAX_HEADING_CHARS || SENTENCE_END.test(t) || isFurniture(t)) continue;
    let k = i + 1;
    while (k < lines.length && (lines[k] === '' || (lines[k].length <= B.MAX_BOX_LABEL_CHARS && !SENTENCE_END.test(lines[k])))) k++;
    contents.set(t, [...(contents.get(t) ?? []), lines[k] ?? '']);
  }
  const out = new Set<string>();
  for (const [t, c] of contents) {
    if (c.length >= 2 && c[0].length >= 60 && /[.!?"”]$/.test(c[0]) && c.every((x) => x === c[0])) out.add(t);
  }
  return out;
}

function stripMarkdownLinks(t: string): string {
  return t.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]+)\]\((?:https?:|\/)[^)]*\)/g, '$1').trim();
}

/** The first surviving line is the headline when it is short and not a sentence that ends in a full stop. */
function takeHeadline(out: Line[]): string | null {
  const first = out.findIndex((l) => l.kind === 'body' || l.kind === 'heading');
  if (first < 0) return null;
  // Only furniture may come before it; a caption first means the dump starts mid-page.
  if (out.slice(0, first).some((l) => l.kind === 'caption')) return null;
  const t = out[first].text;
  const words = t.split(' ').length;
  if (t.length > B.MAX_HEADLINE_CHARS || words < 2 || /[.,;:]$/.test(t) || B.DATELINE_START.test(t)) return null;
  out[first] = { kind: 'drop', text: t };
  // A standfirst: the short paragraph right under the headline (nothing but furniture between).
  let k = first + 1;
  while (k < out.length && (out[k].kind === 'blank' || out[k].kind === 'drop')) k++;
  const next = out[k];
  // It is followed by furniture (byline, date) or a blank, not by the next line of the same paragraph.
  const after = out[k + 1];
  if (next?.kind === 'body' && after?.kind !== 'body' && next.text.length <= B.MAX_STANDFIRST_CHARS && !B.DATELINE.test(next.text) && !B.DATELINE_START.test(next.text)) {
    out[k] = { kind: 'summary', text: next.text };
  }
  return t;
}

/** Short standalone lines without sentence punctuation are section headings. */
function markHeadings(out: Line[]): void {
  const isGap = (k: number) => k < 0 || k >= out.length || out[k].kind === 'blank' || out[k].kind === 'credit' || out[k].kind === 'drop';
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (l.kind !== 'body') continue;
    const t = l.text;
    if (t.length > B.MAX_HEADING_CHARS || t.split(' ').length > B.MAX_HEADING_WORDS || SENTENCE_END.test(t)) continue;
    if (!/^[\p{Lu}\p{N}"“‘']/u.test(t)) continue;
    if (isGap(i - 1) && isGap(i + 1)) out[i] = { kind: 'heading', text: t };
  }
}

/**
 * Lines → paragraphs. A dump with one paragraph per line (most) keeps lines apart; a
 * hard-wrapped dump (lines under ~100 characters running on inside blocks) joins them.
 */
function joinParagraphs(out: Line[]): DraftParagraph[] {
  const bodyLines = out.filter((l) => l.kind === 'body');
  const longest = Math.max(0, ...bodyLines.map((l) => l.text.length));
  let runOns = 0;
  for (let i = 1; i < out.length; i++) if (out[i].kind === 'body' && out[i - 1].kind === 'body' && !SENTENCE_END.test(out[i - 1].text)) runOns++;
  const wrapped = longest <= 100 && bodyLines.length >= 4 && runOns >= bodyLines.length / 4;

  const paragraphs: DraftParagraph[] = [];
  let prev: Line | null = null;
  for (const l of out) {
    if (l.kind === 'body' || l.kind === 'caption' || l.kind === 'heading' || l.kind === 'summary') {
      const last = paragraphs[paragraphs.length - 1];
      if (wrapped && prev && prev.kind === l.kind && l.kind !== 'heading' && last) last.text += ` ${l.text}`;
      else paragraphs.push({ kind: l.kind, text: l.text });
    }
    prev = l.kind === 'drop' ? prev : l;
    if (l.kind === 'blank') prev = null;
  }
  return paragraphs;
}
