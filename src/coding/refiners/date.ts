/**
 * refine.date: when the event happened.
 *  1. an anchored expression before the trigger ("Within 48 hours of the initial attack, …",
 *     "two days later") dates it from an earlier event of the article - preferably the opposite
 *     side's last act (tit-for-tat), else the same dyad's - plus the offset;
 *  2. else a date mention in the trigger's clause (nearest), else in the sentence (nearest) -
 *     not one that times a noun of the object ("a visit planned for the following day", "the
 *     independence it won last July": date.noun-time);
 *     an intended act takes the time its clause plans it for ("would visit Islamabad next
 *     week"), never a deadline ("would return by Jan. 26"); else the first date of the
 *     sentence, the day it was announced ("issued a statement yesterday announcing that …");
 *  3. else, in a photo caption, the date an earlier sentence of that caption gives;
 *  4. else, for an act told in the present perfect ("has formally condemned the attack"), the
 *     day of publication (date.present-perfect, date-tense.ts);
 *  4b. else the narrative time (date.narrative): a report tells events in order, so an undated
 *     act takes the day of the nearest earlier sentence of the same section that is dated
 *     ("On Thursday troops exchanged fire. Cambodian forces then fired rockets …" -> Thursday);
 *     a flashback in the past perfect does not move it (date.flashback), and a sentence dated
 *     "two days after the X" counts from the earlier sentence naming X (date.anchor-named-act);
 *  5. else, for a reaction in words (roots 01-14: "Qatar said it regretted the decision"), the day
 *     of the act it answers: the last dated act of its target on its source (date.answer);
 *  6. else null: the text does not say (CONTRACT). Undated reports still merge into a dated
 *     report of the same event (merge-events.ts).
 */
import type { DateMention } from '../../language/types.js';
import { addDays, daysInMonth } from '../../language/dates/calendar.js';
import type { ArticleContext, Proposal, Refiner, SentenceContext } from '../pattern-types.js';
import { isFlashback, isPresentPerfect, isPresentSpeech } from './date-tense.js';
import { narrativeWeekdays } from './date-weekday-narrative.js';
import { appositiveCountedDays } from './date-apposition.js';

// A sentence that looks ahead: its year-less dates may lie after publication.
const FUTURE = /\b(?:will|would|shall|'ll|plans?|planned|planning|intends?|scheduled|due|set to|expected|next|upcoming|is to|are to|from the following)\b/i;

/**
 * The sentence's date mentions, corrected:
 *  - date.weekday-apposition: "August 5, a Saturday." and "Saturday, August 5" name one day; the
 *    weekday, read alone, would be the last such weekday before publication. The stated date stands.
 *    "A Sunday" ("on a Sunday television programme") names no day at all.
 *  - date.reported-past: a year-less date ("On 12 May, China suspended …") is read as the one
 *    nearest publication, which can lie ahead of it; a sentence that tells what was done (no
 *    future form) speaks of the past, so that date is the year before.
 */
export function sentenceDates(sc: SentenceContext, published: string | null): DateMention[] {
  // Asked for again and again: every event of a sentence, and the narrative time, captions and
  // anchors of later ones read back over the same sentences. A sentence's dates and text do not
  // change once annotated, and nobody changes the mentions returned. Remembered by sentence
  // index, for that very sentence object, while the refiner runs.
  const i = sc.sentence.index;
  if (rememberedFor[i] === sc && rememberedPublished[i] === published) return remembered[i]!;
  const dates = correctedDates(sc, published);
  rememberedFor[i] = sc;
  rememberedPublished[i] = published;
  remembered[i] = dates;
  return dates;
}

const rememberedFor: SentenceContext[] = [];
const rememberedPublished: Array<string | null> = [];
const remembered: DateMention[][] = [];

/**
 * date.weekday-narrative (date-weekday-narrative.ts): every sentence's corrected dates, with bare
 * weekdays read along the narrative, remembered before any event is dated.
 */
function readWeekdaysAlongNarrative(ctx: ArticleContext): void {
  const published = ctx.article.published;
  const read = narrativeWeekdays(ctx.sentences.map((sc) => ({ kind: sc.sentence.kind, text: sc.sentence.text, dates: sentenceDates(sc, published) })));
  ctx.sentences.forEach((sc, i) => { remembered[sc.sentence.index] = read[i]!; });
}

/** The refiner is done with the article: its sentences need not be held. */
function forgetDates(): void {
  rememberedFor.length = 0;
  rememberedPublished.length = 0;
  remembered.length = 0;
}

function correctedDates(sc: SentenceContext, published: string | null): DateMention[] {
  const text = sc.sentence.text;
  const beside = (a: DateMention, b: DateMention): boolean => a.end <= b.start && /^\s*,?\s*(?:an?\s+|on\s+)?$/i.test(text.slice(a.end, b.start));
  const weekday = (d: DateMention): boolean => !d.stated && d.anchorOffsetDays === undefined && /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(d.text);
  // "on a Sunday television programme": an indefinite weekday is no day.
  const indefinite = (d: DateMention): boolean => weekday(d) && /\ba\s+$/i.test(text.slice(Math.max(0, d.start - 3), d.start));
  const stated = sc.dates.filter((d) => d.stated && d.precision === 'day');
  const limit = published ? addDays(published.slice(0, 10), 1) : null;
  const past = limit !== null && !FUTURE.test(text);
  // date.relative-apposition (date-apposition.ts): "the next day, Thursday, October 4" is October 4.
  const appositive = appositiveCountedDays(text, sc.dates);
  return sc.dates
    .filter((d) => !appositive.has(d) && !indefinite(d) && !(weekday(d) && stated.some((s) => beside(s, d) || beside(d, s))))
    .map((d) => (past && d.stated && d.date > limit && !/\d{4}/.test(d.text) ? { ...d, date: ORDINAL_ONLY.test(d.text) ? monthBefore(d.date) : yearBefore(d.date) } : d))
    .map((d) => partOfMonth(d, text));
}

// "early April", "mid-June", "in late March", "at the end of October": a part of the month.
const MONTH_PART = /\b(early|mid|late|(?:the\s+)?(?:end|beginning|start)\s+of)[\s-]+$/i;

/**
 * date.month-part: a month qualified by its part ("late March") is narrower than the month: its
 * date is the middle of that part (5th, 15th, 25th; the end: three days before the month's last),
 * at week precision - nearer the act than the month's first day. A day named before the month
 * ("the 29th of last month") is that day.
 */
function partOfMonth(d: DateMention, text: string): DateMention {
  if (d.precision !== 'month' || d.anchorOffsetDays !== undefined) return d;
  const [y, mo] = d.date.split('-').map(Number) as [number, number];
  const last = daysInMonth(y, mo);
  // date.month-day: "on the 29th of last month" names the day.
  const nth = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+$/i.exec(text.slice(Math.max(0, d.start - 14), d.start));
  if (nth && Number(nth[1]) >= 1 && Number(nth[1]) <= last) {
    return { ...d, start: nth.index + Math.max(0, d.start - 14), date: `${d.date.slice(0, 8)}${nth[1]!.padStart(2, '0')}`, precision: 'day', stated: true };
  }
  const m = MONTH_PART.exec(text.slice(Math.max(0, d.start - 20), d.start));
  if (!m) return d;
  const part = m[1]!.toLowerCase();
  const day = part === 'early' || /beginning|start/.test(part) ? 5 : part === 'mid' ? 15 : part === 'late' ? 25 : last - 3;
  return { ...d, date: `${d.date.slice(0, 8)}${String(day).padStart(2, '0')}`, precision: 'week' };
}

// "the 19th": a day without its month (date.ordinal-day); told as done, it is last month's.
const ORDINAL_ONLY = /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/i;

function monthBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = daysInMonth(y, m - 1);
  return new Date(Date.UTC(y, m - 2, Math.min(d, last))).toISOString().slice(0, 10);
}

function yearBefore(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(y) - 1}-${m}-${m === '02' && d === '29' ? '28' : d}`;
}

function nearest(dates: DateMention[], at: number): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    const dist = d.end <= at ? at - d.end : d.start - at;
    const bestDist = best ? (best.end <= at ? at - best.end : best.start - at) : Infinity;
    if (dist < bestDist) best = d;
  }
  return best;
}

/** "would return by Jan. 26": a deadline, not the day the act is planned for. */
function isDeadline(text: string, d: DateMention): boolean {
  return /\b(?:by|until|before|no later than)\s+$/i.test(text.slice(Math.max(0, d.start - 14), d.start));
}

/**
 * date.weekday-stated: a weekday the sentence names ("on Monday his government broke relations")
 * is that very day; read from publication it can miss by a week, never by one day. So it counts
 * as stated: two acts on named consecutive days stay two events (merge tolerates ±1 day only
 * for a date inferred from the narrative or an anchor).
 */
export function namesItsDay(d: DateMention): boolean {
  return d.stated || (d.precision === 'day' && d.anchorOffsetDays === undefined && WEEKDAY.test(d.text));
}

const WEEKDAY = /^(?:on\s+)?(?:(?:last|this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** "until the end of Monday", "until noon on Friday": a limit, no day of the act. */
export function isTimeLimit(text: string, d: DateMention): boolean {
  return /\buntil\s+(?:(?:the\s+)?(?:end|close)\s+of\s+|noon\s+(?:on\s+)?|midnight\s+(?:on\s+)?)?$/i.test(text.slice(Math.max(0, d.start - 24), d.start));
}

function applyMention(p: Proposal, d: DateMention): void {
  p.date = d.date;
  p.datePrecision = d.precision;
  p.dateStated = namesItsDay(d);
}

// "a visit planned for the following day", "talks scheduled for Monday": the time of a noun.
const PLANNED_FOR = /\b(?:planned|scheduled|set|slated|due|fixed|expected|arranged)\s+(?:to\s+\p{L}+\s+)?(?:for|on)\s+$/iu;
// "the independence that South Sudan won last July": a relative clause on a noun after the trigger.
const RELATIVE_CLAUSE = /\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,2}(?:that|which|who|whom)\s+(?!(?:would|will|could|might|should|must|may|can)\b)/iu;

/**
 * date.noun-time: a date after the trigger that belongs to a noun of its object, not to the act -
 * "cancelled a visit planned for the following day" (the cancelling was not that day),
 * "accused Khartoum of undoing the independence that the South won last July".
 */
function timeOfNoun(text: string, p: Proposal, d: DateMention): boolean {
  if (d.start < p.triggerEnd) return false;
  const between = text.slice(p.triggerEnd, d.start);
  return PLANNED_FOR.test(between) || RELATIVE_CLAUSE.test(between) || STATE_SINCE.test(between);
}

// "freed the contractor held since 2009", "expelled an envoy posted there since May": a participle
// on a noun of the object, with the time its state began - not the day of the act.
const STATE_SINCE = /\b\p{L}[\p{L}-]*\s+(?:\p{Ll}+ed|held|kept|built|sent|seen|known|born|taken|given|run|\p{Ll}+en)\s+(?:(?:there|here|abroad|in\s+(?:prison|jail|custody))\s+)?since\s+$/u;

/**
 * date.genitive: "sanctions imposed after last year's election", "Monday's vote" - a time in the
 * genitive dates the noun it qualifies, not the act of the clause; unless that noun is the act
 * itself ("Monday's attack", coded from "attack").
 */
function genitiveOfOtherNoun(p: Proposal, d: DateMention): boolean {
  const text = p.sentence.text;
  if (!/['’]s$/.test(d.text) && !/^['’]s\b/.test(text.slice(d.end, d.end + 3))) return false;
  const after = /['’]s$/.test(d.text) ? d.end : d.end + 2;
  // The act named by the qualified noun, within its first words.
  return !(p.triggerStart >= after && p.triggerStart - after <= 25);
}

/** The anchored mention that governs the trigger, if any. */
function anchorFor(p: Proposal, dates: DateMention[]): DateMention | null {
  const text = p.sentence.text;
  for (const d of dates) {
    // An anchor before the trigger, or after it in its clause ("called Putin the next day").
    if (d.anchorOffsetDays === undefined || (d.end > p.triggerStart && !(d.start >= p.triggerEnd && d.end <= p.clauseEnd))) continue;
    if (d.start >= p.triggerEnd && timeOfNoun(text, p, d)) continue;
    // date.until: "gives Moscow until noon the next day" - a time limit set for others is no anchor.
    if (isTimeLimit(text, d)) continue;
    // "two days after Tehran said it attacked": the act after "after" is the anchor itself.
    if (/after$/i.test(d.text) && !/,/.test(text.slice(d.end, p.triggerStart))) continue;
    return d;
  }
  return null;
}

function captionDate(p: Proposal, ctx: ArticleContext): DateMention | null {
  if (p.sentence.kind !== 'caption') return null;
  for (let i = p.sentence.index - 1; i >= 0; i--) {
    const sc = ctx.sentences[i]!;
    if (sc.sentence.paragraph !== p.sentence.paragraph) break;
    const dated = sentenceDates(sc, ctx.article.published).filter((d) => d.anchorOffsetDays === undefined && d.precision === 'day');
    if (dated.length) return dated[dated.length - 1]!;
  }
  return null;
}

const SPEECH_AFTER = /^[\s,]*(?:\p{Ll}+ly\s+)?(?:said|says|told|demanded|announced|claimed|accused|reported|stated|insisted|warned|denied|confirmed)\b/u;

/**
 * How many sentences back the narrative time reaches: a dated act, the toll it took, a claim about
 * it and "the response came within hours" come before the response itself.
 */
const NARRATIVE_REACH = 4;

/**
 * date.narrative: the day of the nearest earlier sentence (within NARRATIVE_REACH, same section:
 * no heading between, captions and boilerplate skipped) that holds a dated event or a day.
 */
export function narrativeDay(p: Proposal, ctx: ArticleContext, done: Proposal[]): string | null {
  return narrativeBefore(p.sentence.index, p.sentence.kind, ctx, done, 2);
}

/**
 * The narrative day before the heading that opens `p`'s section, when no sentence of that section
 * before `p` gives one and the heading names no day itself.
 */
function acrossHeading(p: Proposal, ctx: ArticleContext, done: Proposal[]): string | null {
  if (p.sentence.kind === 'heading') return null;
  for (let i = p.sentence.index - 1, seen = 0; i >= 0 && seen <= NARRATIVE_REACH; i--) {
    const sc = ctx.sentences[i]!;
    if (sc.sentence.kind === 'heading') return headingDay(sc, ctx.article.published) ? null : narrativeBefore(i, p.sentence.kind, ctx, done, 1);
    if (sc.sentence.kind === p.sentence.kind) seen++;
  }
  return null;
}

/**
 * The narrative day before sentence `index`. A sentence dated only relatively ("Two days later,
 * Maduro ordered …") is resolved against the narrative before it, `depth` times at most.
 */
function narrativeBefore(index: number, kind: Proposal['sentence']['kind'], ctx: ArticleContext, done: Proposal[], depth: number): string | null {
  const stamped = kind === 'heading' ? postStampDay(index, ctx) : null;
  if (stamped) return stamped;
  let seen = 0;
  for (let i = index - 1; i >= 0; i--) {
    const sc = ctx.sentences[i]!;
    // date.post-stamp-body: a post of a live page is dated by the stamp that opens it; the
    // narrative does not reach into the post below (older on the page).
    if (kind === 'body' && sc.sentence.kind === 'body' && isPostStamp(sc)) return stampDay(sc, ctx.article.published);
    if (sc.sentence.kind === 'heading') return headingDay(sc, ctx.article.published) ?? postStampDay(i, ctx);
    if (sc.sentence.kind !== kind || seen === NARRATIVE_REACH) continue;
    seen++;
    const dates = sentenceDates(sc, ctx.article.published);
    const days = dates.filter((d) => d.anchorOffsetDays === undefined && d.precision === 'day');
    const lastDay = days[days.length - 1];
    // date.flashback: "The cabinet had approved the map on Monday." steps behind the narrative.
    if (isFlashback(sc.sentence.text, lastDay?.start ?? null)) continue;
    // The sentence ends at its last dated event or day, whichever it tells last: "Clashes erupted
    // on 7 May, and again on 10 May, when police fired …" leaves the narrative at 10 May.
    let lastEvent: Proposal | undefined;
    for (let k = done.length - 1; k >= 0 && !lastEvent; k--) {
      const e = done[k]!;
      if (e.sentence.index === i && e.date && e.datePrecision === 'day') lastEvent = e;
    }
    if (lastEvent && !(lastDay && lastDay.start > lastEvent.triggerStart)) return lastEvent.date;
    if (lastDay) return lastDay.date;
    // date.narrative-week: "an interview broadcast last week. Riyadh summoned the envoy the next
    // day" - a sentence dated only to a week puts the narrative in that week (its first day, as
    // the week is dated), not back at an earlier day.
    const week = dates.find((d) => d.anchorOffsetDays === undefined && d.precision === 'week' && !isFlashback(sc.sentence.text, d.start));
    if (week) return week.date;
    const relative = dates.find((d) => d.anchorOffsetDays !== undefined && !/\b(?:of|after|before)$/i.test(d.text));
    if (relative && depth > 0) {
      const base = narrativeBefore(i, kind, ctx, done, depth - 1);
      return base ? addDays(base, relative.anchorOffsetDays!) : null;
    }
    const fromAct = dates.find((d) => d.anchorOffsetDays !== undefined && /\b(?:after|before)$/i.test(d.text));
    if (fromAct && depth > 0) {
      const base = namedActDay(sc, fromAct, ctx, done, depth - 1);
      if (base) return addDays(base, fromAct.anchorOffsetDays!);
    }
  }
  return null;
}

/**
 * date.anchor-named-act: "Two days after the survey ship sailed, the frigates touched" - the
 * act after "after" was told before ("The survey ship Oruc Reis sailed into …"): the last earlier
 * sentence naming its noun ("survey ship") gives the base, by its own day or the narrative's there.
 * Lets the narrative go on from a sentence whose own act was not coded.
 */
function namedActDay(sc: SentenceContext, mention: DateMention, ctx: ArticleContext, done: Proposal[], depth: number): string | null {
  const text = sc.sentence.text;
  const m = /^\s+(?:the|a|an|its|their|his|her)\s+([\p{Ll}-]{3,}(?:\s+[\p{Ll}-]{3,})?)/u.exec(text.slice(mention.end));
  if (!m) return null;
  // The noun phrase's first words, without the verb that may follow ("ship sailed" -> "ship"
  // is kept only when the later sentence has both): tried whole, then its first word.
  const phrases = [m[1]!, m[1]!.split(/\s+/)[0]!].filter((w, k, all) => all.indexOf(w) === k && w.length >= 4);
  for (const phrase of phrases) {
    const name = new RegExp(`\\b${phrase.replace(/[-]/g, '\\-')}`, 'i');
    for (let i = sc.sentence.index - 1; i >= 0 && i >= sc.sentence.index - PERSON_REACH; i--) {
      const earlier = ctx.sentences[i]!;
      const at = name.exec(earlier.sentence.text)?.index;
      if (at === undefined) continue;
      const days = sentenceDates(earlier, ctx.article.published).filter((d) => d.anchorOffsetDays === undefined && d.precision === 'day');
      const day = nearest(days, at);
      return day ? day.date : narrativeBefore(i, earlier.sentence.kind, ctx, done, depth);
    }
  }
  return null;
}

/**
 * date.post-stamp: in a live blog each post opens with its time stamp ("2.10pm EST (Thursday)",
 * "14:05 GMT, 3 March") and often a headline ("Breaking: X expels 35 diplomats"). The headline
 * tells the post's news: it is dated by the stamp just above it. Only a line that is a stamp
 * and nothing more: a clock time and a day, a few words long.
 */
const POST_STAMP = /^\s*(?:(?:\p{L}+day,?\s+)?(?:\d{1,2}\s+\p{L}+,?\s+)?)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?\s*[,(–—-]?\s*[\p{L}\d ,]{0,30}\)?\s*$/iu;

function postStampDay(index: number, ctx: ArticleContext): string | null {
  const sc = ctx.sentences[index - 1];
  return sc && isPostStamp(sc) ? stampDay(sc, ctx.article.published) : null;
}

function isPostStamp(sc: SentenceContext): boolean {
  return sc.sentence.text.length <= 60 && POST_STAMP.test(sc.sentence.text);
}

/**
 * The day of a post stamp: the day it names; a stamp that is a clock time alone ("15.05 CET")
 * is of the page's own day - a live page names the day only where its posts cross into another.
 */
function stampDay(sc: SentenceContext, published: string | null): string | null {
  const dates = sentenceDates(sc, published);
  const days = dates.filter((d) => d.anchorOffsetDays === undefined && d.precision === 'day');
  if (days.length === 1) return days[0]!.date;
  return dates.length === 0 && published ? published.slice(0, 10) : null;
}

/**
 * date.section-heading: a heading that names a day ("Saturday afternoon: the ban") dates its
 * section's undated acts when no nearer sentence does.
 */
function headingDay(sc: SentenceContext, published: string | null): string | null {
  const days = sentenceDates(sc, published).filter((d) => d.anchorOffsetDays === undefined && d.precision === 'day');
  // The heading opens with its day ("Day 2: Sunday" too); a dateline ("Baku, 30 January, Agency")
  // says when the report was filed, not when its section happened.
  const lead = days.length === 1 ? sc.sentence.text.slice(0, days[0]!.start) : null;
  return lead !== null && /^(?:(?:day|part)\s+\w+\s*[:.—–-]\s*)?$/i.test(lead) ? days[0]!.date : null;
}

/**
 * date.answer: a verbal reaction told without a day answers the other side's last act and is
 * dated by it - statements of regret, rejection or protest come the same day in the reports we
 * code, and a wrong day within one is better than no day (the CONTRACT's date_precision stays 'day'
 * because the act answered is known to the day).
 */
function answeredDay(p: Proposal, done: Proposal[]): string | null {
  const root = Number(p.cameo.slice(0, 2));
  const s = p.source?.actor.country;
  const t = p.target?.actor.country;
  if (root > 14 || !s || !t || p.undirected) return null;
  for (let k = done.length - 1; k >= 0; k--) {
    const e = done[k]!;
    if (!e.dropped && e.date && e.datePrecision === 'day' && e.source?.actor.country === t && e.target?.actor.country === s) return e.date;
  }
  return null;
}

/**
 * date.anchor-stated: "Within hours of the general's death on Jan. 3, Tehran vowed …" - the
 * anchor phrase states its own day; that day is the base.
 */
function statedInAnchor(p: Proposal, mention: DateMention, dates: DateMention[]): DateMention | null {
  if (!/\b(?:of|after|before)$/i.test(mention.text)) return null;
  const text = p.sentence.text;
  const stop = Math.min(p.triggerStart, mention.end + (/[,;]/.exec(text.slice(mention.end))?.index ?? text.length));
  return dates.find((d) => d.anchorOffsetDays === undefined && d.precision === 'day' && d.start >= mention.end && d.end <= stop) ?? null;
}

/**
 * date.anchor-of-main: "on Thursday, a day after Iran fired missiles at …" - the act after
 * "after" is the anchor; it lies `offset` days before the day of the main clause.
 */
function anchorOfMain(p: Proposal, dates: DateMention[]): string | null {
  const text = p.sentence.text;
  const anchor = dates.find((d) => d.anchorOffsetDays !== undefined && d.end <= p.triggerStart && /\b(?:after|before)$/i.test(d.text) && !/[,;]/.test(text.slice(d.end, p.triggerStart)));
  if (!anchor) return null;
  const main = dates.filter((d) => d.anchorOffsetDays === undefined && d.precision === 'day' && d.end <= anchor.start);
  const day = main[main.length - 1];
  return day ? addDays(day.date, -anchor.anchorOffsetDays!) : null;
}

// "The same day Trudeau spoke", "a week after Ms Payne's interview": a person named right after the anchor.
const ANCHOR_PERSON = /^\s+(?:(?:Mr|Ms|Mrs|Dr|President|Prime Minister|Minister)\.?\s+)?(\p{Lu}[\p{Ll}-]+)/u;
/** How many sentences back the act of a named person is looked for. */
const PERSON_REACH = 30;

/**
 * date.anchor-person: an anchor that names a person's act ("The same day Trudeau spoke, …",
 * "A week after Ms Payne's interview, …") hangs on the last earlier sentence that names that
 * person and a day - the day nearest the name. A state's act is left to the dyad rule below.
 */
function namedAnchorDay(p: Proposal, mention: DateMention, ctx: ArticleContext): string | null {
  const after = mention.end;
  const m = ANCHOR_PERSON.exec(p.sentence.text.slice(after));
  // The person's act is a phrase of its own before the main clause: "The next day Erdogan
  // announced sanctions" is Erdogan's act told on the narrative's next day.
  if (!m || !p.sentence.text.slice(after + m[0].length, p.triggerStart).includes(',')) return null;
  // date.anchor-possessive: "The next day Turkey's ambassador, …, was summoned" - after a day
  // counted from the narrative, a possessive names the owner (a state, a leader's office), not
  // the person whose act is told: the day counts from the narrative, not from the owner's last
  // mention. After "after/of" the possessive names the act itself ("a week after Ms Payne's
  // interview") and is kept.
  if (!/\b(?:of|after|before)$/i.test(mention.text) && /^['’]s\b/u.test(p.sentence.text.slice(after + m[0].length))) return null;
  const here = ctx.sentences[p.sentence.index]!;
  const actor = here.actors.find((a) => a.start >= after && a.start <= after + m[0].length);
  if (actor && actor.actors.some((a) => a.kind !== 'person')) return null;
  const name = new RegExp(`\\b${m[1]}\\b`, 'u');
  for (let i = p.sentence.index - 1; i >= 0 && i >= p.sentence.index - PERSON_REACH; i--) {
    const sc = ctx.sentences[i]!;
    const at = name.exec(sc.sentence.text)?.index;
    if (at === undefined) continue;
    const days = sentenceDates(sc, ctx.article.published).filter((d) => d.anchorOffsetDays === undefined && d.precision === 'day');
    const day = nearest(days, at);
    if (day) return day.date;
  }
  return null;
}

// Words that end a definite object's noun phrase ("the communiqué the same evening").
const PHRASE_STOP = /^(?:the|a|an|of|on|in|at|to|for|from|with|by|as|and|or|but|that|which|who|same|next|following|previous|within|after|before|later|earlier|hours?|days?)$/i;

/**
 * date.anchor-object: "Managua rejected the communiqué the same evening" - the act answers a
 * thing the article named before with its day ("issued a formal communiqué on Wednesday");
 * "the same evening" is that day's. The head of the act's definite object is looked for in
 * earlier sentences; the day nearest it in the latest such sentence is the base.
 */
function objectAnchorDay(p: Proposal, ctx: ArticleContext): string | null {
  const m = /^\s+(?:the|this|that)\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)(?=\s+(?:the|that|this|on|in|at|within|hours|days)\b|[\s,.;]*$)/u.exec(p.sentence.text.slice(p.triggerEnd));
  if (!m) return null;
  const words = m[1]!.split(/\s+/).filter((w) => !PHRASE_STOP.test(w));
  const head = words[words.length - 1];
  if (!head || head.length < 4) return null;
  const stem = head.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/(?:es|s)$/, '');
  for (let i = p.sentence.index - 1; i >= 0 && i >= p.sentence.index - PERSON_REACH; i--) {
    const sc = ctx.sentences[i]!;
    const plain = sc.sentence.text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const at = plain.search(new RegExp(`\\b${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    if (at < 0) continue;
    const days = sentenceDates(sc, ctx.article.published).filter((d) => d.anchorOffsetDays === undefined && d.precision === 'day');
    const day = nearest(days, at);
    if (day) return day.date;
  }
  return null;
}

/** The last plain day the sentence names before a relative day that counts from the narrative ("the next day"). */
function fromSameSentence(p: Proposal, mention: DateMention, ctx: ArticleContext): DateMention | null {
  if (/\b(?:of|after|before)$/i.test(mention.text)) return null;
  const dates = sentenceDates(ctx.sentences[p.sentence.index]!, ctx.article.published);
  const before = dates.filter((d) => d.anchorOffsetDays === undefined && d.precision === 'day' && d.end <= mention.start);
  return before[before.length - 1] ?? null;
}

/**
 * A month named before a relative day that counts from the narrative ("the next day"), when no
 * plain day comes between: in the same sentence before the mention, else as the only time of the
 * sentence right before (same kind, no heading between).
 */
function monthBeforeRelative(p: Proposal, mention: DateMention, ctx: ArticleContext): DateMention | null {
  if (/\b(?:of|after|before)$/i.test(mention.text) || Math.abs(mention.anchorOffsetDays!) > 7) return null;
  const dates = sentenceDates(ctx.sentences[p.sentence.index]!, ctx.article.published);
  const before = dates.filter((d) => d.anchorOffsetDays === undefined && d.end <= mention.start);
  const last = before[before.length - 1];
  if (last) return last.precision === 'month' ? last : null;
  const prev = ctx.sentences[p.sentence.index - 1];
  if (!prev || prev.sentence.kind !== p.sentence.kind || prev.sentence.paragraph !== p.sentence.paragraph) return null;
  const times = sentenceDates(prev, ctx.article.published);
  return times.length === 1 && times[0]!.precision === 'month' && times[0]!.anchorOffsetDays === undefined && !isFlashback(prev.sentence.text, times[0]!.start) ? times[0]! : null;
}

function resolveAnchor(p: Proposal, earlier: Proposal[], mention: DateMention, ctx: ArticleContext): boolean {
  const offset = mention.anchorOffsetDays!;
  const stated = statedInAnchor(p, mention, sentenceDates(ctx.sentences[p.sentence.index]!, ctx.article.published));
  if (stated) {
    p.date = addDays(stated.date, offset);
    p.datePrecision = mention.precision;
    p.dateStated = true;
    p.anchorOffsetDays = offset;
    return true;
  }
  // date.anchor-same-sentence: "shot the jet down on 24 November; Russia cut contacts the next
  // day" - a relative day counts from the day the same sentence told just before it.
  const own = fromSameSentence(p, mention, ctx);
  if (own) {
    p.date = addDays(own.date, offset);
    p.datePrecision = mention.precision;
    p.dateStated = namesItsDay(own);
    p.anchorOffsetDays = offset;
    return true;
  }
  // date.anchor-same-sentence-month: "Last October, Trump said …; Ethiopia summoned the envoy the
  // next day" - the sentence is dated only to a month before the relative day: the act is in
  // that month, no finer.
  const month = monthBeforeRelative(p, mention, ctx);
  if (month) {
    p.date = month.date;
    p.datePrecision = 'month';
    p.dateStated = false;
    p.anchorOffsetDays = offset;
    return true;
  }
  const named = namedAnchorDay(p, mention, ctx);
  if (named) {
    p.date = addDays(named, offset);
    p.datePrecision = mention.precision;
    p.dateStated = false;
    p.anchorOffsetDays = offset;
    return true;
  }
  const s = p.source?.actor.country;
  const t = p.target?.actor.country;
  const dated = earlier.filter((e) => !e.dropped && e.date && e.datePrecision === 'day' && e.anchorOffsetDays === null);
  const reversed = dated.filter((e) => e.source?.actor.country === t && e.target?.actor.country === s);
  const same = dated.filter((e) => e.source?.actor.country === s && e.target?.actor.country === t);
  // "The same day", "the next day", "two days later": from the day the narrative is at.
  // "Within 48 hours of the attack", "two days after": from the act they name - the other side's
  // last act (tit-for-tat), else the same dyad's, else the narrative.
  // date.anchor-across-heading: "How did Iran react? / Tehran summoned the envoy the same day" -
  // a relative day opening a section counts from the day the section before ended on.
  const narrative = narrativeDay(p, ctx, earlier) ?? acrossHeading(p, ctx, earlier);
  const fromAct = /\b(?:of|after|before)$/i.test(mention.text);
  const byDyad = (reversed[reversed.length - 1] ?? same[same.length - 1])?.date ?? null;
  // date.anchor-named-noun: "Eight days after the test, the Council tightens sanctions" - the act
  // after "after" is named by its noun: the last earlier sentence naming it gives the base, before
  // the dyad's last act (which may be another act altogether).
  // Only when the sentence names no day of its own ("on Friday, a day before the protest").
  const ownDay = sentenceDates(ctx.sentences[p.sentence.index]!, ctx.article.published).some((d) => d.anchorOffsetDays === undefined && d.precision === 'day');
  const namedAct = fromAct && !ownDay ? namedActDay(ctx.sentences[p.sentence.index]!, mention, ctx, earlier, 1) : null;
  const base = fromAct ? namedAct ?? byDyad ?? narrative : narrative ?? objectAnchorDay(p, ctx) ?? byDyad ?? dated[dated.length - 1]?.date ?? null;
  if (!base) {
    // date.anchor-month: "Earlier this month Greece and Egypt signed …; Ankara answered the same
    // day" - the narrative is only at a month: the answer shares that month, no finer.
    const last = earlier.filter((e) => !e.dropped && e.date).pop();
    if (!last || last.datePrecision !== 'month' || Math.abs(offset) > 7) return false;
    p.date = last.date;
    p.datePrecision = 'month';
    p.dateStated = false;
    p.anchorOffsetDays = offset;
    return true;
  }
  p.date = addDays(base, offset);
  p.datePrecision = mention.precision;
  p.dateStated = false;
  p.anchorOffsetDays = offset;
  return true;
}

/** True when the trigger lies inside an "after/following" phrase that follows the date (no comma closes it). */
function insideAfterPhrase(between: string): boolean {
  const m = /\b(?:after|following)\b/i.exec(between);
  return m !== null && !/,/.test(between.slice(m.index));
}

/** date.present-perfect: "has formally condemned the attack" - news of the day of publication. */
function presentPerfect(p: Proposal, ctx: ArticleContext): boolean {
  if (p.pattern.pos !== 'verb') return false;
  const sc = ctx.sentences[p.sentence.index]!;
  return isPresentPerfect(sc.tokens, p.tokenIndex, p.sentence.text, p.clauseStart, p.clauseEnd);
}

/** date.present-speech: a verbal act (roots 01-14) reported under "says", "warns" - of publication day. */
function presentSpeech(p: Proposal): boolean {
  return Number(p.cameo.slice(0, 2)) <= 14 && isPresentSpeech(p.sentence.text, p.triggerStart, p.clauseStart);
}

/**
 * date.not-after-publication: an act told as done (asserted or claimed, no future form in its
 * sentence) happened by the time of writing. A day inferred for it (an anchor counted from the
 * wrong event, a narrative day) that lies after publication is wrong: the text does not say,
 * and no date is better than an impossible one. A stated day is left to the stated reading.
 */
function afterPublication(p: Proposal, published: string | null): boolean {
  if (!p.date || !published || p.dateStated || (p.modality !== 'asserted' && p.modality !== 'claimed')) return false;
  return p.date > published.slice(0, 10) && !FUTURE.test(p.sentence.text);
}

export const dateRefiner: Refiner = {
  id: 'refine.date',
  example: '"Within 48 hours of the initial attack, Pakistan fired at …" -> the attack\'s date + 2',
  refine(proposals, ctx) {
    readWeekdaysAlongNarrative(ctx);
    const done: Proposal[] = [];
    for (const p of proposals) {
      const dates = sentenceDates(ctx.sentences[p.sentence.index]!, ctx.article.published);
      // date.other-act: "queued for water on Tuesday after Russia's barrage" - a day before
      // "after/following" dates the later act, not the trigger's.
      // An "after" clause closed by a comma before the trigger ("On Sunday, after the decision was
      // announced, China suspended …") is fronted: the date is the main clause's.
      const plain = dates.filter((d) => d.anchorOffsetDays === undefined
        && !(d.end <= p.triggerStart && insideAfterPhrase(p.sentence.text.slice(d.end, p.triggerStart))));
      const anchored = anchorFor(p, dates);
      // "came two days after Tehran said it attacked": the act is the anchor of another one;
      // the caption's date belongs to that other act.
      const isAnchor = dates.some((d) => d.anchorOffsetDays !== undefined && d !== anchored && d.end <= p.triggerStart);
      if (anchored) {
        if (!resolveAnchor(p, done, anchored, ctx)) ctx.debug?.(() => `  ${p.pattern.id}: "${anchored.text}" has no earlier event to hang on`);
      } else {
        // date.speech-act: "demanded on Wednesday that China return rifles its coast guard seized
        // earlier this week" - a day right before a reporting verb dates the speech, not the act
        // reported after it; another date of the sentence is preferred when there is one.
        const own = plain.filter((d) => !(d.end <= p.triggerStart && SPEECH_AFTER.test(p.sentence.text.slice(d.end, d.end + 30)) && p.sentence.text.slice(d.end, p.triggerStart).length > 30));
        // date.until: "gives them until the end of Monday to leave" - a time limit set for others
        // is not the day of the act; an act with only such a date takes the narrative day.
        const usable = (own.length ? own : plain).filter((d) => !isTimeLimit(p.sentence.text, d) && !genitiveOfOtherNoun(p, d) && (p.modality === 'intended' || !timeOfNoun(p.sentence.text, p, d)));
        const inClause = usable.filter((d) => d.start >= p.clauseStart && d.end <= p.clauseEnd);
        const chosen = p.modality === 'intended'
          ? nearest(inClause.filter((d) => !isDeadline(p.sentence.text, d)), p.triggerStart) ?? plain[0] ?? null
          : nearest(inClause, p.triggerStart) ?? nearest(usable, p.triggerStart) ?? (isAnchor ? null : captionDate(p, ctx));
        const ofMain = isAnchor ? anchorOfMain(p, dates) : null;
        if (ofMain) {
          p.date = ofMain;
          p.datePrecision = 'day';
          p.dateStated = false;
        } else if (chosen) applyMention(p, chosen);
        else if (!isAnchor && p.sentence.kind !== 'caption' && ctx.article.published && (presentPerfect(p, ctx) || presentSpeech(p))) {
          p.date = ctx.article.published.slice(0, 10);
          p.datePrecision = 'day';
          p.dateStated = false;
        } else if (!isAnchor && p.sentence.kind !== 'caption') {
          const day = narrativeDay(p, ctx, done);
          const answered = day ? null : answeredDay(p, done);
          if (day || answered) {
            p.date = day ?? answered;
            p.datePrecision = 'day';
            p.dateStated = false;
          }
        }
      }
      if (afterPublication(p, ctx.article.published)) {
        ctx.debug?.(() => `  ${p.pattern.id}: inferred date ${p.date} lies after publication: undated`);
        p.date = null;
        p.datePrecision = null;
        p.dateStated = false;
        p.anchorOffsetDays = null;
      }
      if (p.date) ctx.debug?.(() => `  ${p.pattern.id}: date ${p.date} (${p.datePrecision}${p.dateStated ? ', stated' : ''})`);
      done.push(p);
    }
    forgetDates();
    return proposals;
  },
};
