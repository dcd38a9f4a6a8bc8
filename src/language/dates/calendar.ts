/** Day arithmetic on YYYY-MM-DD strings in UTC: no time zones, no local clocks. */

// The same few days are read and written over and over (publication day, its neighbours, the
// days an article names), and parsing or formatting a date string costs several times a Map
// look-up: both directions are remembered, by day string and by time value. Bounded: a long run
// meets many days.
const MAX_REMEMBERED = 4096;
const timeOfDay = new Map<string, number>();
const dayOfTime = new Map<number, string>();

export function toDay(date: Date): string {
  const time = date.getTime();
  let day = dayOfTime.get(time);
  if (day === undefined) {
    // An invalid date throws here, as it always did, and is never remembered.
    day = date.toISOString().slice(0, 10);
    if (dayOfTime.size >= MAX_REMEMBERED) dayOfTime.clear();
    dayOfTime.set(time, day);
  }
  return day;
}

/** A fresh Date each call: callers may change it. */
export function parseDay(day: string): Date {
  let time = timeOfDay.get(day);
  if (time === undefined) {
    time = new Date(`${day}T00:00:00Z`).getTime();
    if (timeOfDay.size >= MAX_REMEMBERED) timeOfDay.clear();
    timeOfDay.set(day, time);
  }
  return new Date(time);
}

export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return toDay(d);
}

/** Days in `month` (1-12) of `year`; month 0 is December of the year before. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDay(b).getTime() - parseDay(a).getTime()) / 86_400_000);
}

/** Monday of the ISO week holding `day`. */
export function weekStart(day: string): string {
  const dow = (parseDay(day).getUTCDay() + 6) % 7;
  return addDays(day, -dow);
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** The most recent `weekday` (0 = Sunday) strictly before `day`. */
export function previousWeekday(day: string, weekday: number): string {
  const dow = parseDay(day).getUTCDay();
  const back = ((dow - weekday + 7) % 7) || 7;
  return addDays(day, -back);
}
