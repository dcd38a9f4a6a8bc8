/** Where the article speaks through someone else: the coder asks whether an event's words lie in a quote. */
import type { Quote } from './types.js';

export interface QuoteSpan {
  start: number;
  end: number;
  speaker: string | null;
  direct: boolean;
}

/** The quotes' text spans in `Article.text`, in text order. */
export function quoteSpans(quotes: readonly Quote[]): QuoteSpan[] {
  return quotes
    .map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, direct: q.direct }))
    .sort((a, b) => a.start - b.start);
}

/**
 * The quote that holds `[start, end)`: the shortest quote containing it, else the quote covering most of it
 * when that is at least half of it; null when the span is the outlet's own words.
 * Direct quotes win over indirect ones of the same length.
 */
export function isInsideQuote(quotes: readonly Quote[], start: number, end: number): { speaker: string | null; quote: Quote } | null {
  const containing = quotes
    .filter((q) => q.start <= start && end <= q.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || Number(b.direct) - Number(a.direct));
  if (containing.length > 0) return { speaker: containing[0].speaker, quote: containing[0] };
  const len = Math.max(1, end - start);
  let best: Quote | null = null;
  let bestOverlap = 0;
  for (const q of quotes) {
    const overlap = Math.min(end, q.end) - Math.max(start, q.start);
    if (overlap > bestOverlap) { best = q; bestOverlap = overlap; }
  }
  return best && bestOverlap * 2 >= len ? { speaker: best.speaker, quote: best } : null;
}
