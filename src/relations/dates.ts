/** Day arithmetic on YYYY-MM-DD strings (UTC), the unit of every relations series. */

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export class BadDateError extends Error {
  constructor(what: string, value: unknown) {
    super(`relations: ${what} "${String(value)}" is not a YYYY-MM-DD date`);
    this.name = 'BadDateError';
  }
}

/** Days since 1970-01-01 for a YYYY-MM-DD string; throws BadDateError naming `what`. */
export function dayNumber(date: string, what = 'date'): number {
  if (!ISO_DAY.test(date)) throw new BadDateError(what, date);
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new BadDateError(what, date);
  return Math.round(ms / DAY_MS);
}

/** YYYY-MM-DD of a day number. */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dayString(dayNumber(date) + days);
}

/** b − a in days. */
export function diffDays(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Monday of the ISO week holding `date` (weekly series key). */
export function weekStart(date: string): string {
  const d = dayNumber(date);
  // 1970-01-01 was a Thursday: (d + 3) mod 7 is 0 on Mondays.
  return dayString(d - (((d + 3) % 7) + 7) % 7);
}

/** Defaults overlaid by the options that are set (an explicit `undefined` keeps the default). */
export function withDefaults<T extends object>(defaults: Required<T>, opts?: T): Required<T> {
  const out = { ...defaults };
  for (const [k, v] of Object.entries(opts ?? {})) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
