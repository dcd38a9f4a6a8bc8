/** Day arithmetic on YYYY-MM-DD strings in UTC: no time zones, no local clocks. */

export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return toDay(d);
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
