/**
 * Finds double-quoted segments in an article's paragraphs. Single quotes are never scanned on their own:
 * ’ is also the apostrophe, and nested ‘…’ quotes live inside a double-quoted segment anyway.
 */
import type { Article } from '../ingest/types.js';

/** One direct-quote segment. Offsets point into `Article.text` and exclude the quote marks. */
export interface QuoteSegment {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the end of the last paragraph when the quote never closes. */
  after: number;
  /** Whether a closing mark was found. */
  closed: boolean;
  /** One piece per paragraph the quote runs through (journalistic multi-paragraph quotes). */
  pieces: { start: number; end: number }[];
  /** Index into `article.paragraphs` of the first and last paragraph. */
  paragraph: number;
  lastParagraph: number;
  /** The quoted words, pieces joined by one space. */
  text: string;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
/** Characters after which a straight quote opens rather than closes. */
const OPEN_CONTEXT = /[\s(\[{—–\-/:]/;

function isOpening(text: string, i: number): boolean {
  const ch = text[i];
  if (OPENERS.has(ch)) return true;
  // A straight quote (or a misused ”) opens at the start or after a space, when a word follows.
  if (ch === STRAIGHT || ch === '”') {
    const before = i === 0 ? ' ' : text[i - 1];
    const next = text[i + 1] ?? ' ';
    return OPEN_CONTEXT.test(before) && !/\s/.test(next);
  }
  return false;
}

function isClosing(text: string, i: number): boolean {
  const ch = text[i];
  if (CLOSERS.has(ch)) return true;
  return ch === STRAIGHT && i > 0 && !/\s/.test(text[i - 1]);
}

/**
 * Characters that can open or close a quote. The scans jump from one to the next with a regex instead
 * of testing every character of the article (most characters are neither).
 */
const OPEN_CANDIDATES = /[“„«"”]/g;
const CLOSE_CANDIDATES = /[”»"]/g;

/**
 * The last search of each candidate regex: in `text`, the first match at or after `from` was at `at` (-1:
 * none). A paragraph without quote marks sends the search on to the next mark in the whole text; the next
 * paragraph's search, starting between `from` and `at`, is answered from here instead of searching again.
 */
const lastSearch = new Map<RegExp, { text: string; from: number; at: number }>();

/** Position of the first `candidates` match at or after `from` in `text`, or -1. */
function nextCandidate(candidates: RegExp, text: string, from: number): number {
  const last = lastSearch.get(candidates);
  if (last && last.text === text && last.from <= from && (last.at < 0 || from <= last.at)) return last.at;
  candidates.lastIndex = from;
  const at = candidates.exec(text)?.index ?? -1;
  lastSearch.set(candidates, { text, from, at });
  return at;
}

/** Position of the first `candidates` match in `[from, to)` that `accept` takes, or -1. */
function firstMark(candidates: RegExp, accept: (text: string, i: number) => boolean, text: string, from: number, to: number): number {
  for (let at = nextCandidate(candidates, text, from); at >= 0 && at < to; at = nextCandidate(candidates, text, at + 1)) if (accept(text, at)) return at;
  return -1;
}

/** Position of the first opening mark at or after `from`, or -1. */
function nextOpening(text: string, from: number, to: number): number {
  return firstMark(OPEN_CANDIDATES, isOpening, text, from, to);
}

/** Position of the closing mark for a quote opened before `from`, or -1 when the paragraph ends first. */
function closingMark(text: string, from: number, to: number): number {
  return firstMark(CLOSE_CANDIDATES, isClosing, text, from, to);
}

function trimmedPiece(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The quote's words: pieces joined by a space, a trailing comma dropped ("…trigger-happy,” says"). */
function segmentText(text: string, pieces: { start: number; end: number }[]): string {
  return pieces.map((p) => text.slice(p.start, p.end)).join(' ').replace(/[,;:]$/, '').trim();
}

/** Every double-quoted segment in the article's non-heading paragraphs, in text order. */
export function scanQuoteSegments(article: Article): QuoteSegment[] {
  const text = article.text;
  const paras = article.paragraphs;
  const out: QuoteSegment[] = [];
  let p = 0;
  let pos = paras[0]?.start ?? 0;
  while (p < paras.length) {
    const open = paras[p].kind === 'heading' ? -1 : nextOpening(text, Math.max(pos, paras[p].start), paras[p].end);
    if (open < 0) {
      p += 1;
      pos = paras[p]?.start ?? 0;
      continue;
    }
    const pieces: { start: number; end: number }[] = [];
    let para = p;
    let from = open + 1;
    let close = closingMark(text, from, paras[para].end);
    // Journalistic convention: a quote left open at a paragraph's end continues when the next
    // paragraph starts with an opening mark.
    while (close < 0) {
      pieces.push(trimmedPiece(text, from, paras[para].end));
      const next = paras[para + 1];
      if (!next || next.kind === 'heading') break;
      const lead = text.slice(next.start, next.end).search(/\S/);
      if (lead < 0 || !isOpening(text, next.start + lead)) break;
      para += 1;
      from = next.start + lead + 1;
      close = closingMark(text, from, next.end);
    }
    if (close >= 0) pieces.push(trimmedPiece(text, from, close));
    const kept = pieces.filter((x) => x.end > x.start);
    if (kept.length > 0) {
      out.push({
        start: kept[0].start,
        end: kept[kept.length - 1].end,
        open,
        after: close >= 0 ? close + 1 : paras[para].end,
        closed: close >= 0,
        pieces: kept,
        paragraph: p,
        lastParagraph: para,
        text: segmentText(text, kept),
      });
    }
    p = para;
    pos = close >= 0 ? close + 1 : paras[para].end;
  }
  return out;
}
