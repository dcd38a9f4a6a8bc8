/**
 * Publication dates as YYYY-MM-DD, from the forms pages and feeds write them in, and from
 * the dates news sites put in their URLs.
 *
 * The calendar day is taken as written (`2024-01-23T23:30:00-05:00` → 2024-01-23): that is
 * the outlet's own day, which converting to UTC would shift.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** id iso: `2024-01-23`, `2024-01-23T10:00:00Z`, `2024/01/23` */
const ISO_DATE = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
/** id compact: `20240123` (parsely, some sailthru values) */
const COMPACT_DATE = /^\s*(\d{4})(\d{2})(\d{2})(?:\b|T)/;
/** id month-day-year: `January 23, 2024`, `Tue, Jan. 23 2024` */
const MDY = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
/** id day-month-year: `23 January 2024`, `Tue, 23 Jan 2024 10:00:00 GMT` (RSS) */
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');

/** A valid calendar date as YYYY-MM-DD, or null. Years outside 1900–2100 are refused. */
export function ymd(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // 2024-02-30
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '').slice(0, 3)] ?? 0;
}

/** Normalize a date string in any usual form to YYYY-MM-DD; null when it is not a date. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  let m = ISO_DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = MDY.exec(s);
  if (m) return ymd(+m[3], monthOf(m[1]), +m[2]);
  m = DMY.exec(s);
  if (m) return ymd(+m[3], monthOf(m[2]), +m[1]);
  // Unix time in seconds or milliseconds (some `data-timestamp` style metas).
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const d = new Date(s.length === 10 ? +s * 1000 : +s);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

/**
 * Date patterns in article URLs, most specific first. Each has an id and an example.
 * The path must carry the date as its own segments, so ids like `/story/20240123123/` do not.
 */
const URL_DATE_PATTERNS: ReadonlyArray<{ id: string; example: string; re: RegExp; order: 'ymd' | 'ymonthd' }> = [
  // csmonitor: /World/Asia-South-Central/2024/0123/Iran-fired-at-Pakistan
  { id: 'url-y-mmdd', example: '/2024/0123/', re: /\/((?:19|20)\d\d)\/(\d\d)(\d\d)(?:\/|$)/, order: 'ymd' },
  // most CMSs and Al Jazeera (unpadded): /2024/01/23/, /news/2024/1/18/
  { id: 'url-y-m-d', example: '/2024/01/23/', re: /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?:\/|$)/, order: 'ymd' },
  // the Guardian: /world/2024/jan/18/slug
  { id: 'url-y-mon-d', example: '/2024/jan/18/', re: /\/((?:19|20)\d\d)\/([a-z]{3,4})\/(\d{1,2})(?:\/|$)/i, order: 'ymonthd' },
  // Reuters and many slugs: /pakistan-strikes-iran-2024-01-18/
  { id: 'url-iso-in-slug', example: '-2024-01-23', re: /(?:^|[/_-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[/_.-]|$)/, order: 'ymd' },
  // compact segment: /20240123/
  { id: 'url-yyyymmdd-segment', example: '/20240123/', re: /\/((?:19|20)\d\d)(\d\d)(\d\d)(?:\/|$)/, order: 'ymd' },
];

/** The publication date a news URL carries in its path, or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  for (const p of URL_DATE_PATTERNS) {
    const m = p.re.exec(path);
    if (!m) continue;
    const month = p.order === 'ymd' ? +m[2] : monthOf(m[2]);
    const d = ymd(+m[1], month, +m[3]);
    if (d) return d;
  }
  return null;
}
