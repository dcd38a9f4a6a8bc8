/**
 * date.relative-span: weeks, months and years relative to publication - "this week", "next week",
 * "last week" (precision week, date = that week's Monday), "earlier this month", "last month"
 * (precision month), "in 2023", "last year" (precision year).
 */
import type { DateMention, DatePrecision } from '../types.js';
import { addDays, weekStart } from './calendar.js';

const RE = /\b(?:(earlier |later |late |early )?(this|next|last|past|previous|the coming) (week|month|year)(?:end)?|in (?:(early|mid|late)[- ])?((?:19|20)\d\d))\b/gi;

export function findRelativeSpans(text: string, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    const [all, , which, unit, , year] = m;
    let date: string;
    let precision: DatePrecision;
    let stated = false;
    if (year) {
      date = `${year}-01-01`;
      precision = 'year';
      stated = true;
    } else {
      if (!published) continue;
      const w = which!.toLowerCase();
      const step = w === 'next' || w === 'the coming' ? 1 : w === 'this' ? 0 : -1;
      const u = unit!.toLowerCase();
      precision = u as DatePrecision;
      if (u === 'week') date = addDays(weekStart(published), 7 * step);
      else if (u === 'month') {
        const [y, mo] = published.split('-').map(Number) as [number, number];
        const d = new Date(Date.UTC(y, mo - 1 + step, 1));
        date = d.toISOString().slice(0, 10);
      } else date = `${Number(published.slice(0, 4)) + step}-01-01`;
    }
    // "in 2023" starts at the year (or "early 2023"), not at "in".
    const lead = year ? all!.search(/early|mid|late|\d/i) : 0;
    out.push({ start: m.index + lead, end: m.index + all!.length, text: all!.slice(lead), date, precision, stated });
  }
  return out;
}
