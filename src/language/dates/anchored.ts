/**
 * date.anchored: expressions dated from another event rather than from publication -
 * "within 48 hours of the initial attack" (+2), "two days later" (+2), "five months before" (-150, to the month), "the next day" (+1),
 * "a day after" (+1), "three days after", "the same day" / "that day" / "later that day" / "later in the day", "within hours of" (0),
 * "the day before" / "a day earlier" (-1), "two days before" (-2).
 * date.anchored-part-of-day: a part of a day counts as its day - "the same evening", "that
 * afternoon" (0), "the following morning" (+1), "the previous evening" (-1). A bare "within hours"
 * is no anchor: it follows the narrative, which a flashback before it does not move. `anchorOffsetDays` carries the offset; the coder
 * resolves it against the anchor event. `date` stays '' until then.
 */
import type { DateMention } from '../types.js';
import { UNITS } from '../numbers/word-numbers.js';

// date.anchored-compound: "sixty-six days after" - a tens word and a unit word joined by a hyphen.
const TENS = Object.keys(UNITS).filter((w) => UNITS[w]! >= 20 && UNITS[w]! % 10 === 0 && UNITS[w]! < 100);
const ONES = Object.keys(UNITS).filter((w) => UNITS[w]! >= 1 && UNITS[w]! <= 9 && w.length > 2);
const NUM = `(\\d+|(?:${TENS.join('|')})[- ](?:${ONES.join('|')})|${Object.keys(UNITS).join('|')})`;
const RE = new RegExp(
  `\\b(?:within ${NUM} (hours?|days?) (?:of|after)|${NUM} (hours?|days?|weeks?|months?) (?:later|after)|${NUM} (hours?|days?|weeks?|months?) (?:earlier|before)|(the next day|the following day|the day after|a day later|the (?:next|following) (?:morning|afternoon|evening|night))|(the same day|on the same day|that same day|(?:later|earlier) (?:that|in the|on the same) day|that day|by the end of the day|(?:the same|that same|that|(?:later|earlier) that) (?:morning|afternoon|evening|night)|within hours of|within minutes of|hours later|(?:only |just )?(?:hours|minutes) after)|(the day before(?! yesterday)|the previous day|a day earlier|the (?:previous|preceding) (?:evening|night)|the night before))\\b`,
  'gi',
);

// Every expression above names a day, hour, week, night or morning: a cheap necessary condition
// tried first, since RE runs on most sentences and its alternation costs far more.
const MAY_BE_ANCHORED = /day|hour|week|month|night|morning|evening|afternoon|minute/i;

function amount(word: string): number {
  const w = word.toLowerCase();
  const [tens, ones] = w.split(/[- ]/);
  if (ones) return (UNITS[tens!] ?? NaN) + (UNITS[ones] ?? NaN);
  return /^\d+$/.test(w) ? Number(w) : UNITS[w] ?? NaN;
}

function toDays(n: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('hour')) return Math.max(1, Math.round(n / 24));
  if (u.startsWith('week')) return n * 7;
  // date.anchored-months: "five months before the recall" - a month counted as 30 days, to the month.
  if (u.startsWith('month')) return n * 30;
  return n;
}

export function findAnchoredDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  RE.lastIndex = 0;
  for (let m = MAY_BE_ANCHORED.test(text) ? RE.exec(text) : null; m; m = RE.exec(text)) {
    const [all, n1, u1, n2, u2, n3, u3, nextDay, sameDay, dayBefore] = m;
    const offset = nextDay ? 1 : sameDay ? 0 : dayBefore ? -1 : n1 ? toDays(amount(n1), u1!) : n2 ? toDays(amount(n2), u2!) : -toDays(amount(n3!), u3!);
    if (!Number.isFinite(offset)) continue;
    const months = /month/i.test(u1 ?? u2 ?? u3 ?? '');
    out.push({ start: m.index, end: m.index + all!.length, text: all!, date: '', precision: months ? 'month' : 'day', stated: false, anchorOffsetDays: offset });
  }
  return out;
}
