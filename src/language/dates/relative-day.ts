/**
 * date.relative-day: "yesterday", "today", "this afternoon", "on Monday", "last Tuesday", "this Sunday".
 * A bare weekday in a news report is the most recent one on or before publication (a report
 * published on a Tuesday says "on Tuesday" of that day); "last Tuesday" is the latest Tuesday
 * before publication unless that one is a day or three back in the same week (news style names
 * those bare: then it is the one before); "Tuesday last week" is that day of the week before publication's; "this past Tuesday" is the most recent one strictly before;
 * "next Friday" is the first one after it; "Wednesday last week" is that day of the previous week. Inferred, so `stated` is false.
 */
import type { DateMention } from '../types.js';
import { WEEKDAYS, addDays, daysBetween, previousWeekday, parseDay, weekStart } from './calendar.js';

const RE = /\b(?:(yesterday|today|tonight|this (?:morning|afternoon|evening)|the day before yesterday)|(?:(last|this past|past|on|this|next|earlier on|late on|early on|the previous|the preceding)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?(\s+(?:of\s+)?last week|\s+before last)?)\b/gi;

export function findRelativeDays(text: string, published: string | null): DateMention[] {
  if (!published) return [];
  const out: DateMention[] = [];
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    const [all, word, prefix, weekday, lastWeek] = m;
    let date: string;
    if (word) {
      const w = word.toLowerCase();
      date = w === 'yesterday' ? addDays(published, -1) : w.startsWith('the day before') ? addDays(published, -2) : published;
    } else {
      const wd = WEEKDAYS.indexOf(weekday!.toLowerCase() as (typeof WEEKDAYS)[number]);
      const p = prefix?.toLowerCase() ?? '';
      if (lastWeek && /before last/i.test(lastWeek)) {
        // date.weekday-before-last: "the Monday before last" - the one a week before the latest
        // such day before publication.
        date = addDays(previousWeekday(published, wd), -7);
      } else if (lastWeek) {
        // date.weekday-last-week: "on Wednesday last week": that weekday of the week before publication's.
        date = addDays(weekStart(published), ((wd + 6) % 7) - 7);
      } else if (p === 'last') {
        // date.weekday-last: "last Tuesday" is never a day of this week the writer could call
        // "yesterday" or "on Tuesday": within three days of publication and in its week, it is the
        // one a week earlier; otherwise ("last Monday" in a Saturday paper, "last Friday" in a
        // Monday one) it is the latest such day.
        const latest = previousWeekday(published, wd);
        date = latest >= weekStart(published) && daysBetween(latest, published) <= 3 ? addDays(latest, -7) : latest;
      } else if (p === 'the previous' || p === 'the preceding') {
        // date.weekday-previous: "landed in Asmara the previous Sunday" (said of a trip this week)
        // steps back from a weekday already past: the one a week before the latest.
        date = addDays(previousWeekday(published, wd), -7);
      } else if (p === 'next') {
        const dow = parseDay(published).getUTCDay();
        date = addDays(published, ((wd - dow + 7) % 7) || 7);
      } else if (wd === parseDay(published).getUTCDay() && !/last|past/.test(p)) {
        // date.weekday-today: "on Tuesday" in a report published on a Tuesday is that day.
        date = published;
      } else {
        date = previousWeekday(published, wd);
      }
    }
    out.push({ start: m.index, end: m.index + all!.length, text: all!, date, precision: 'day', stated: false });
  }
  return out;
}
