/**
 * date.weekday-narrative: a bare weekday ("On Sunday", "on Monday") is read as the latest such day
 * before publication - right for news of the week. But a report that has gone back to an earlier
 * week by a stated date ("the raid came before dawn on 1 March", in a paper of 10 March) tells
 * what followed with bare weekdays too: "On Sunday Quito ordered troops north, and on Monday it
 * broke relations" are the Sunday and Monday after 1 March, not the days before publication.
 * The narrative day reached so far (the last day any earlier sentence tells) decides: the weekday
 * is the first such day on or after it when that is one of the story's next days (at most two
 * on) and lies a week or more before the publication reading - and only when the report goes on,
 * within a few sentences, to tell a day between the two ("By Friday the mood had changed"),
 * which shows the story still moving forward through that earlier week. A report
 * that returns to this week after a flashback tells nothing in between and keeps the publication reading.
 * date.same-weekday: "announced the same Sunday" is the Sunday the report last named.
 * date.weekday-that-week: "on Thursday of that week" is the Thursday of the week the story has reached.
 */
import type { DateMention } from '../../language/types.js';
import { addDays, daysBetween, parseDay } from '../../language/dates/calendar.js';
import { isFlashback } from './date-tense.js';

export interface DatedSentence {
  kind: string;
  text: string;
  dates: DateMention[];
}

const BARE = /^(?:(?:on|earlier on|late on|early on)\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day(?:'s)?$/i;
const DAY_NAMES = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** How many days after the narrative's day a weekday read along the story may lie. */
const NEXT_DAYS = 2;
/** How many body sentences on the report must move through the earlier week. */
const MOVES_ON_REACH = 10;
// A sentence that looks ahead tells no day of the story ("expected shares to open higher on Monday").
const FUTURE = /\b(?:will|would|shall|'ll|plans?|planned|intends?|scheduled|due|expected|next|upcoming|for (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

// After a weekday: the week is the one the story is in.
const THAT_WEEK = /^\s*,?\s*(?:of\s+)?(?:that|the same|this same)\s+week\b/i;

const isDay = (d: DateMention): boolean => d.anchorOffsetDays === undefined && d.precision === 'day' && d.date !== '';

/** The sentences' date mentions with bare weekdays read along the narrative; `sentences` is not changed. */
export function narrativeWeekdays(sentences: DatedSentence[]): DateMention[][] {
  const out = sentences.map((s) => s.dates);
  // The body tells the story; headlines, captions and boilerplate keep their own readings.
  const body = sentences.map((s, i) => i).filter((i) => sentences[i]!.kind === 'body');
  let reached: string | null = null;
  const named = new Map<number, string>();
  for (let k = 0; k < body.length; k++) {
    const i = body[k]!;
    const text = sentences[i]!.text;
    out[i] = out[i]!.map((d) => {
      const m = BARE.exec(d.text);
      if (!m || d.stated || !isDay(d)) return d;
      const wd = DAY_NAMES.indexOf(m[1]!.toLowerCase());
      // date.same-weekday: "the same Sunday" - the one last named.
      if (/\bthe same\s+$/i.test(text.slice(Math.max(0, d.start - 9), d.start)) && named.has(wd)) return { ...d, date: named.get(wd)! };
      if (!reached) return d;
      // date.weekday-that-week: "On Thursday of that week", "on the Friday of the same week" -
      // that weekday of the week the story has reached, not of publication's.
      if (THAT_WEEK.test(text.slice(d.end, d.end + 24))) return { ...d, date: addDays(reached, ((wd + 6) % 7) - ((parseDay(reached).getUTCDay() + 6) % 7)) };
      if (daysBetween(reached, d.date) < 7) return d;
      const first = addDays(reached, (wd - parseDay(reached).getUTCDay() + 7) % 7);
      // Only the next days of the story: a weekday further on from the narrative's day is told
      // from this week ("The crisis began on April 22 … Early on Wednesday, India fired").
      if (daysBetween(reached, first) > NEXT_DAYS) return d;
      return movesOn(sentences, body, k, first, d) ? { ...d, date: first } : d;
    });
    for (const d of out[i]!) {
      if (!isDay(d)) continue;
      const m = BARE.exec(d.text);
      if (m) named.set(DAY_NAMES.indexOf(m[1]!.toLowerCase()), d.date);
    }
    const days = out[i]!.filter(isDay);
    if (days.length && !isFlashback(text, days[days.length - 1]!.start)) reached = days[days.length - 1]!.date;
  }
  return out;
}

/** The report, after `weekday` (in its sentence `k`), tells a day after `from` and before the weekday's publication reading. */
function movesOn(sentences: DatedSentence[], body: number[], k: number, from: string, weekday: DateMention): boolean {
  for (let j = k; j < body.length && j <= k + MOVES_ON_REACH; j++) {
    const s = sentences[body[j]!]!;
    if (FUTURE.test(s.text)) continue;
    for (const d of s.dates) {
      if (j === k && d.start < weekday.end) continue;
      if (isDay(d) && d.date > from && d.date < weekday.date && !isFlashback(s.text, d.start)) return true;
    }
  }
  return false;
}
