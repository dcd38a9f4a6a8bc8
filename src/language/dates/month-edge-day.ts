/**
 * date.month-edge-day: "the first day of March", "on the last day of October 2019" - a day named
 * by its place in a month. Without a year, the latest such month on or before publication (a
 * report looks back). Stated: the text names the very day.
 */
import type { DateMention } from '../types.js';
import { daysInMonth } from './calendar.js';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const RE = /\bthe (first|last) day of (January|February|March|April|May|June|July|August|September|October|November|December)(?:,? ((?:19|20)\d\d))?\b/gi;

export function findMonthEdgeDays(text: string, published: string | null): DateMention[] {
  if (!/ day of /i.test(text)) return [];
  const out: DateMention[] = [];
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    const month = MONTH_NAMES.indexOf(m[2]!.toLowerCase()) + 1;
    let year = m[3] ? Number(m[3]) : NaN;
    if (!m[3]) {
      if (!published) continue;
      const [py, pm] = published.split('-').map(Number) as [number, number];
      year = month <= pm ? py : py - 1;
    }
    const day = m[1]!.toLowerCase() === 'first' ? 1 : daysInMonth(year, month);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date, precision: 'day', stated: true });
  }
  return out;
}
