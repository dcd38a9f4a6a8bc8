/**
 * date.ordinal-day: a day of the month named without its month - "on Monday the 11th", "on the
 * 19th". News style leaves the month out when it is the current one (or, read back from early in
 * a month, the last one). The day is the one nearest publication among the previous, current
 * and next month - a weekday given with it must fall on that day - so a reported act that ends
 * up after publication is moved back a month by the date refiner (date.reported-past).
 * Stated: the text names the day.
 *
 * Only an ordinal after "on" or after a weekday is a day: "the 19th floor", "the 20th century",
 * "the 4th Infantry Division" are not; a bare "on the 19th" must end its phrase (punctuation or
 * a conjunction or preposition), and "the 11th of May" is left to the calendar-date finders.
 */
import type { DateMention } from '../types.js';
import { WEEKDAYS, daysBetween, daysInMonth, parseDay } from './calendar.js';

const RE = /\b(?:(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?|on\s+the\s+)(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)/gi;
// What may follow a bare "on the 19th" for it to be a day.
const PHRASE_END = /^\s*(?:[,.;:)!?"”]|$|(?:and|or|but|when|as|at|in|after|before|to|with|from|while|until)\b)/i;

export function findOrdinalDays(text: string, published: string | null): DateMention[] {
  if (!published || !/\d(?:st|nd|rd|th)\b/i.test(text)) return [];
  const out: DateMention[] = [];
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    const [all, weekday, nth] = m;
    if (!weekday && !PHRASE_END.test(text.slice(m.index + all!.length))) continue;
    const date = nearestDay(published, Number(nth), weekday ? WEEKDAYS.indexOf(weekday.toLowerCase() as (typeof WEEKDAYS)[number]) : null);
    if (!date) continue;
    // A leading "on " is not part of the date (as with the calendar finders).
    const lead = /^on\s+/i.exec(all!)?.[0].length ?? 0;
    out.push({ start: m.index + lead, end: m.index + all!.length, text: all!.slice(lead), date, precision: 'day', stated: true });
  }
  return out;
}

/** Day `n` of the month before, of or after publication's, nearest publication (and on `weekday` when given). */
function nearestDay(published: string, n: number, weekday: number | null): string | null {
  const [y, mo] = published.split('-').map(Number) as [number, number];
  let best: string | null = null;
  for (const step of [-1, 0, 1]) {
    const first = new Date(Date.UTC(y, mo - 1 + step, 1));
    const last = daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
    if (n < 1 || n > last) continue;
    const day = `${first.toISOString().slice(0, 8)}${String(n).padStart(2, '0')}`;
    if (weekday !== null && parseDay(day).getUTCDay() !== weekday) continue;
    if (!best || Math.abs(daysBetween(published, day)) < Math.abs(daysBetween(published, best))) best = day;
  }
  return best;
}
