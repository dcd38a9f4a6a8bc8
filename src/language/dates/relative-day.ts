/**
 * date.relative-day: "yesterday", "today", "on Monday", "last Tuesday", "this Sunday".
 * A bare or "last" weekday in a news report is the most recent one strictly before publication;
 * "next Friday" is the first one after it. Inferred, so `stated` is false.
 */
import type { DateMention } from '../types.js';
import { WEEKDAYS, addDays, previousWeekday, parseDay } from './calendar.js';

const RE = /\b(?:(yesterday|today|tonight|the day before yesterday)|(?:(last|this past|past|on|this|next|earlier on|late on|early on)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?)\b/gi;

export function findRelativeDays(text: string, published: string | null): DateMention[] {
  if (!published) return [];
  const out: DateMention[] = [];
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    const [all, word, prefix, weekday] = m;
    let date: string;
    if (word) {
      const w = word.toLowerCase();
      date = w === 'yesterday' ? addDays(published, -1) : w.startsWith('the day before') ? addDays(published, -2) : published;
    } else {
      const wd = WEEKDAYS.indexOf(weekday!.toLowerCase() as (typeof WEEKDAYS)[number]);
      const p = prefix?.toLowerCase() ?? '';
      if (p === 'next') {
        const dow = parseDay(published).getUTCDay();
        date = addDays(published, ((wd - dow + 7) % 7) || 7);
      } else {
        date = previousWeekday(published, wd);
      }
    }
    out.push({ start: m.index, end: m.index + all!.length, text: all!, date, precision: 'day', stated: false });
  }
  return out;
}
