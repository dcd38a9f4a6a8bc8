/**
 * date.explicit: calendar dates stated in the text - "Jan. 16", "16 January", "Jan.18, 2024",
 * "January 16, 2024" - parsed by chrono-node's strict parser against the publication date,
 * so a date without a year takes the year that puts it nearest to publication.
 */
import * as chrono from 'chrono-node';
import type { DateMention } from '../types.js';
import { toDay } from './calendar.js';

const CALENDAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}/i;

// chrono is the costly part of date finding: only call it when a month name sits beside a
// number ("Jan. 16", "16 January", "Jan.18") or a numeric date is present.
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const PRECHECK = new RegExp(`\\b${MONTH}\\s*\\d|\\d\\s+${MONTH}|\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}`, 'i');

export function findExplicitDates(text: string, published: string | null): DateMention[] {
  if (!PRECHECK.test(text)) return [];
  const instant = published ? new Date(`${published}T12:00:00Z`) : new Date();
  const out: DateMention[] = [];
  // date.model-number: "a Russian Su-24 on 24 November" - a designation's number ("Su-24",
  // "F-16s", "MiG-29") next to a date keeps chrono from reading the date at all; blanked, same length.
  const plain = text.replace(/\b(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)-)\p{L}{1,6}-\d+\p{L}*/giu, (m) => ' '.repeat(m.length));
  for (const r of chrono.strict.parse(plain, { instant, timezone: 0 })) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    // Relative phrases ("two days later") are chrono's too; ours anchor them to events instead.
    if (!CALENDAR.test(r.text)) continue;
    // chrono includes a leading "on "; the date itself starts after it.
    const lead = /^(?:on|by|from|since)\s+/i.exec(r.text)?.[0].length ?? 0;
    out.push({
      start: r.index + lead, end: r.index + r.text.length, text: r.text.slice(lead),
      date: toDay(r.start.date()), precision: 'day', stated: true,
    });
  }
  return out;
}
