/**
 * Date mentions in a sentence, resolved against the publication date (YYYY-MM-DD or null).
 * Order matters: stated calendar dates win over inferred ones where spans overlap.
 */
import type { DateMention } from './types.js';
import { findExplicitDates } from './dates/explicit-date.js';
import { findRelativeDays } from './dates/relative-day.js';
import { findRelativeSpans } from './dates/relative-span.js';
import { findAnchoredDates } from './dates/anchored.js';

// Cheap pre-check: most sentences carry no date word at all, and chrono is the costly part.
const MAY_HOLD_DATE = /\d|yesterday|today|tonight|day|week|month|year|later|after|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** Every date mention in `text`, in text order, non-overlapping. Offsets are relative to `text`. */
export function findDates(text: string, published: string | null): DateMention[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const found = [
    ...findAnchoredDates(text),
    ...findExplicitDates(text, published),
    ...findRelativeDays(text, published),
    ...findRelativeSpans(text, published),
  ];
  const out: DateMention[] = [];
  for (const d of found) {
    if (out.some((o) => d.start < o.end && o.start < d.end)) continue;
    out.push(d);
  }
  return out.sort((a, b) => a.start - b.start);
}
