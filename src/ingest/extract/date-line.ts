/**
 * Lines that only state a date (`Published On 18 Jan 2024`, `Updated 4:12 AM GMT+1,
 * January 18, 2024`): page furniture whose date is the publication day.
 */
import { normalizeDate } from './normalize-date.js';
import { DATE_LINE_RESIDUE, MAX_DATE_LINE_CHARS } from './text-boilerplate.js';

/** The date a date-only line states, or null when the line says anything else. */
export function dateOfDateLine(line: string): string | null {
  if (line.length > MAX_DATE_LINE_CHARS) return null;
  const date = normalizeDate(line);
  if (!date) return null;
  return line.replace(DATE_LINE_RESIDUE, '') === '' ? date : null;
}
