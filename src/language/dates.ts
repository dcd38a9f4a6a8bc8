/**
 * Date mentions in a sentence, resolved against the publication date (YYYY-MM-DD or null).
 * Order matters: stated calendar dates win over inferred ones where spans overlap.
 */
import type { DateMention } from './types.js';
import { findExplicitDates } from './dates/explicit-date.js';
import { findOrdinalDays } from './dates/ordinal-day.js';
import { findRelativeDays } from './dates/relative-day.js';
import { findRelativeSpans } from './dates/relative-span.js';
import { findAnchoredDates } from './dates/anchored.js';
import { findDaysAgo } from './dates/days-ago.js';
import { findMonthEdgeDays } from './dates/month-edge-day.js';

// Cheap pre-check: most sentences carry no date word at all, and chrono is the costly part.
const MAY_HOLD_DATE = /\d|yesterday|today|tonight|night|hour|minute|morning|afternoon|evening|day|week|month|year|later|after|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** Every date mention in `text`, in text order, non-overlapping. Offsets are relative to `text`. */
export function findDates(text: string, published: string | null): DateMention[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const found = [
    ...findAnchoredDates(text),
    // Before the month alone: "the first day of March" is a day, not March.
    ...findMonthEdgeDays(text, published),
    ...findExplicitDates(text, published),
    // Before the weekdays: "on Monday the 11th" is one day, named twice.
    ...findOrdinalDays(text, published),
    // Before the relative days: "two weeks ago today" is one day, not today.
    ...findDaysAgo(text, published),
    ...findRelativeDays(text, published),
    ...findRelativeSpans(text, published),
  ];
  const out: DateMention[] = [];
  for (const d of found) {
    if (out.some((o) => d.start < o.end && o.start < d.end)) continue;
    if (inDateline(text, d)) continue;
    out.push(d);
  }
  return out.sort((a, b) => a.start - b.start);
}

// date.dateline: "JERUSALEM, April 20 (Meridian) — Explosions rang out …" - the date of a
// dateline is when the report was filed, not when anything in it happened.
const DATELINE_BEFORE = /^(?:\p{Lu}[\p{Lu}\p{L} .'’/-]{1,50},\s*(?:\p{Lu}[\p{L} .]{1,30},\s*)?)?$/u;
const DATELINE_AFTER = /^,?\s*(?:\d{4}\s*)?(?:\([^)]{1,40}\)\s*)?[—–-]/;

/** True when `d` is the date of a dateline opening `text`. */
function inDateline(text: string, d: DateMention): boolean {
  if (d.anchorOffsetDays !== undefined || d.start > 60) return false;
  const before = text.slice(0, d.start);
  // The city of a dateline is in capitals ("KYIV, Oct 11 (EET) —").
  // With no city, the outlet in brackets must follow ("Jan 5 (Wire) —").
  const after = text.slice(d.end, d.end + 50);
  if (before === '') return /^,?\s*(?:\d{4}\s*)?\([^)]{1,40}\)\s*[—–-]/.test(after);
  return DATELINE_BEFORE.test(before) && /^\p{Lu}{2}/u.test(before) && DATELINE_AFTER.test(after);
}
