/**
 * date.relative-apposition: "The next day, Thursday, October 4, parliament voted" and "on
 * October 4, two days later, parliament voted" give one day twice: a counted day ("the next day",
 * "two days later") set beside a stated calendar day by a comma only names that calendar day. The
 * stated day wins; counting from the narrative could only drift from it.
 */
import type { DateMention } from '../../language/types.js';

// Between the two: a comma, perhaps a weekday ("the next day, Thursday, October 4"), perhaps "on".
const APPOSED = /^\s*,\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*)?(?:on\s+)?$/i;

/** The counted-day mentions of a sentence that stand in apposition to a stated calendar day. */
export function appositiveCountedDays(text: string, dates: DateMention[]): Set<DateMention> {
  const out = new Set<DateMention>();
  const stated = dates.filter((d) => d.stated && d.precision === 'day' && d.anchorOffsetDays === undefined);
  for (const d of dates) {
    if (d.anchorOffsetDays === undefined) continue;
    // "two days after the attack, October 4" is not a day in apposition: its anchor follows it.
    if (/\b(?:of|after|before)$/i.test(d.text)) continue;
    // The apposition is closed by a comma or the sentence's end: "shelled on October 3, the next
    // day Turkey voted" is two clauses, each with its own day.
    const closed = (end: number): boolean => /^\s*(?:,|[.;]|$)/.test(text.slice(end));
    const beside = stated.some((s) => (d.end <= s.start && APPOSED.test(text.slice(d.end, s.start)) && closed(s.end))
      || (s.end <= d.start && APPOSED.test(text.slice(s.end, d.start)) && closed(d.end)));
    if (beside) out.add(d);
  }
  return out;
}
