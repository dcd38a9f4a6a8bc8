/**
 * date.relative-span: weeks, months and years relative to publication - "this week", "next week",
 * "last week" (precision week, date = that week's Monday), "earlier this month", "last month"
 * (precision month), "in January" (the latest January), "in January 2016" (month, stated), "in 2023", "last year" (precision year).
 */
import type { DateMention, DatePrecision } from '../types.js';
import { addDays, weekStart } from './calendar.js';
import { spanMiddle } from './span-middle.js';
import { UNITS } from '../numbers/word-numbers.js';

const RE = /\b(?:(earlier |later |late |early )?(this|next|last|past|previous|the coming) (week|month|year)(?:end)?|in (?:(early|mid|late)[- ])?((?:19|20)\d\d)|(?:in |since |by )?(?:(early|mid|late)[- ])?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,? ((?:19|20)\d\d))\b/gi;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// date.month-alone: "in January", "since May", "in mid-March" - the latest such month on or
// before publication. Capitalised, so the modal "may" is not a month; the word before may open
// the sentence ("Last October, …", "In March, …").
const MONTH_ALONE = /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|([Ll]ast|[Tt]his past)|(?:[Ii]n )?(?:[Ee]arly|[Ll]ate|[Mm]id)-?)\s*(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,.]*\d)/g;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const AGO = new RegExp(String.raw`\b(\d+|an?|${Object.keys(UNITS).join('|')})( and a half)? (years?|months?) ago\b`, 'gi');
// date.since-year: "have had no ambassadors since 2019" - the year the standing state began.
const SINCE_YEAR = /\bsince ((?:19|20)\d\d)\b(?![-–\/]\d)/gi;
// Cheap necessary conditions for AGO and RE, tried first: both run on most sentences and
// match in few, and a plain word search costs a fraction of their alternations.
const MAY_BE_AGO = /ago\b/i;
const MAY_BE_SPAN = /week|month|year|(?:19|20)\d\d/i;

export function findRelativeSpans(text: string, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  if (published) {
    MONTH_ALONE.lastIndex = 0;
    for (let m = MONTH_ALONE.exec(text); m; m = MONTH_ALONE.exec(text)) {
      const name = m[2]!;
      const month = MONTH_NAMES.indexOf(name);
      const [py, pm] = published.split('-').map(Number) as [number, number];
      // date.last-month-name: "last December" is the latest December strictly before publication.
      const year = (m[1] ? month + 1 < pm : month + 1 <= pm) ? py : py - 1;
      const start = m.index + m[0].indexOf(name);
      out.push({ start, end: start + name.length, text: name, date: spanMiddle(`${year}-${String(month + 1).padStart(2, '0')}-01`, 'month', published), precision: 'month', stated: false });
    }
  }
  if (published) {
    // date.ago: "three and a half years ago", "two months ago", "a year ago" - counted back from
    // publication, to the month.
    AGO.lastIndex = 0;
    for (let m = MAY_BE_AGO.test(text) ? AGO.exec(text) : null; m; m = AGO.exec(text)) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : UNITS[m[1]!.toLowerCase()] ?? (/^an?$/i.test(m[1]!) ? 1 : NaN);
      if (!Number.isFinite(n)) continue;
      const months = Math.round((n + (m[2] ? 0.5 : 0)) * (/^year/i.test(m[3]!) ? 12 : 1));
      const [y, mo] = published.split('-').map(Number) as [number, number];
      const date = new Date(Date.UTC(y, mo - 1 - months, 1)).toISOString().slice(0, 10);
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: spanMiddle(date, 'month', published), precision: 'month', stated: false });
    }
    SINCE_YEAR.lastIndex = 0;
    for (let m = SINCE_YEAR.exec(text); m; m = SINCE_YEAR.exec(text)) {
      const start = m.index + m[0].length - 4;
      out.push({ start, end: start + 4, text: m[1]!, date: `${m[1]}-01-01`, precision: 'year', stated: true });
    }
  }
  RE.lastIndex = 0;
  for (let m = MAY_BE_SPAN.test(text) ? RE.exec(text) : null; m; m = RE.exec(text)) {
    const [all, , which, unit, , year, , monthName, monthYear] = m;
    let date: string;
    let precision: DatePrecision;
    let stated = false;
    if (monthName) {
      // date.month-year: "in January 2016" -> that month, stated.
      date = `${monthYear}-${String(MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}-01`;
      precision = 'month';
      stated = true;
    } else if (year) {
      date = `${year}-01-01`;
      precision = 'year';
      stated = true;
    } else {
      if (!published) continue;
      const w = which!.toLowerCase();
      const step = w === 'next' || w === 'the coming' ? 1 : w === 'this' ? 0 : -1;
      const u = unit!.toLowerCase();
      precision = u as DatePrecision;
      // date.week-part: "late last week" is its Thursday, "early this week" its Tuesday - nearer
      // the act than the Monday the week is dated by; still a week's precision.
      const part = m[1]?.trim().toLowerCase();
      if (u === 'week') date = addDays(weekStart(published), 7 * step + (part === 'late' ? 3 : part === 'early' ? 1 : 0));
      else if (u === 'month') {
        const [y, mo] = published.split('-').map(Number) as [number, number];
        const d = new Date(Date.UTC(y, mo - 1 + step, 1));
        date = d.toISOString().slice(0, 10);
      } else date = `${Number(published.slice(0, 4)) + step}-01-01`;
    }
    // date.span-middle: a month or a year is dated by its middle.
    if (precision === 'month' || precision === 'year') date = spanMiddle(date, precision, published);
    // "in 2023" starts at the year (or "early 2023"), not at "in".
    // "late last month", "early this year": the mention starts at the span, so the part before it
    // is read as a part of that month (date.month-part in refine.date).
    const lead = year ? all!.search(/early|mid|late|\d/i) : monthName ? /^(?:in |since |by )?/i.exec(all!)![0].length : /^(?:late |early )?/i.exec(all!)![0].length;
    out.push({ start: m.index + lead, end: m.index + all!.length, text: all!.slice(lead), date, precision, stated });
  }
  return out;
}
