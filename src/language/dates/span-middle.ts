/**
 * date.span-middle: a date known only to the month or the year ("last month", "in March",
 * "two months ago", "last year", "in 2019") is printed as the middle of that span, not its first
 * day: the act is as likely late in the month as early, and the middle is never more than half a
 * span from the truth. A span that holds the publication day ends there - "earlier this month" in
 * a report of the 10th lies between the 1st and the 10th - so the middle is never after
 * publication. The precision ('month', 'year') still says how wide the span is; `spanStart`
 * recovers its first day for whoever compares spans (merge-events).
 */
import type { DatePrecision } from '../types.js';
import { addDays, daysBetween, daysInMonth } from './calendar.js';

/** The first day of the month or year `day` falls in; any other precision: `day` itself. */
export function spanStart(day: string, precision: DatePrecision | null): string {
  if (precision === 'month') return `${day.slice(0, 8)}01`;
  if (precision === 'year') return `${day.slice(0, 5)}01-01`;
  return day;
}

/** The middle day of the month or year starting at `first`, cut at `published` when it lies inside. */
export function spanMiddle(first: string, precision: 'month' | 'year', published: string | null): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  let last = precision === 'month'
    ? `${first.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`
    : `${y}-12-31`;
  const pub = published?.slice(0, 10) ?? null;
  if (pub && pub >= first && pub < last) last = pub;
  if (pub && pub < first) return first;
  return addDays(first, Math.floor(daysBetween(first, last) / 2));
}
