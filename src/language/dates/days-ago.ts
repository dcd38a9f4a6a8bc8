/**
 * date.days-ago: "three days ago", "a week ago", "two weeks ago today" - counted back from
 * publication. Days, and weeks said to the day ("two weeks ago today"), are days; weeks alone
 * are known to the week. (Months and years ago: relative-span.ts, date.ago.)
 */
import type { DateMention } from '../types.js';
import { addDays } from './calendar.js';
import { UNITS } from '../numbers/word-numbers.js';

const DAYS_AGO = new RegExp(String.raw`\b(\d{1,2}|an?|${Object.keys(UNITS).join('|')}) (days?|weeks?) ago( today)?\b`, 'gi');

export function findDaysAgo(text: string, published: string | null): DateMention[] {
  if (!published || !/ago\b/i.test(text)) return [];
  const out: DateMention[] = [];
  DAYS_AGO.lastIndex = 0;
  for (let m = DAYS_AGO.exec(text); m; m = DAYS_AGO.exec(text)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : UNITS[m[1]!.toLowerCase()] ?? (/^an?$/i.test(m[1]!) ? 1 : NaN);
    if (!Number.isFinite(n)) continue;
    const week = /^week/i.test(m[2]!);
    const date = addDays(published.slice(0, 10), -n * (week ? 7 : 1));
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date, precision: week && !m[3] ? 'week' : 'day', stated: false });
  }
  return out;
}
