/**
 * refine.date: when the event happened.
 *  1. an anchored expression before the trigger ("Within 48 hours of the initial attack, …",
 *     "two days later") dates it from an earlier event of the article - preferably the opposite
 *     side's last act (tit-for-tat), else the same dyad's - plus the offset;
 *  2. else a date mention in the trigger's clause (nearest), else in the sentence (nearest);
 *     an intended act takes the time its clause plans it for ("would visit Islamabad next
 *     week"), never a deadline ("would return by Jan. 26"); else the first date of the
 *     sentence, the day it was announced ("issued a statement yesterday announcing that …");
 *  3. else, in a photo caption, the date an earlier sentence of that caption gives;
 *  4. else null: the text does not say (CONTRACT). Undated reports still merge into a dated
 *     report of the same event (merge-events.ts).
 */
import type { DateMention } from '../../language/types.js';
import { addDays } from '../../language/dates/calendar.js';
import type { ArticleContext, Proposal, Refiner } from '../pattern-types.js';

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

function applyMention(p: Proposal, d: DateMention): void {
  p.date = d.date;
  p.datePrecision = d.precision;
  p.dateStated = d.stated;
}

/** The anchored mention that governs the trigger, if any. */
function anchorFor(p: Proposal, dates: DateMention[]): DateMention | null {
  const text = p.sentence.text;
  for (const d of dates) {
    if (d.anchorOffsetDays === undefined || d.end > p.triggerStart) continue;
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
    const dated = sc.dates.filter((d) => d.anchorOffsetDays === undefined && d.precision === 'day');
    if (dated.length) return dated[dated.length - 1]!;
  }
  return null;
}

function resolveAnchor(p: Proposal, earlier: Proposal[], offset: number): boolean {
  const s = p.source?.actor.country;
  const t = p.target?.actor.country;
  const dated = earlier.filter((e) => !e.dropped && e.date && e.datePrecision === 'day' && e.anchorOffsetDays === null);
  const reversed = dated.filter((e) => e.source?.actor.country === t && e.target?.actor.country === s);
  const same = dated.filter((e) => e.source?.actor.country === s && e.target?.actor.country === t);
  const anchor = reversed[reversed.length - 1] ?? same[same.length - 1] ?? null;
  if (!anchor) return false;
  p.date = addDays(anchor.date!, offset);
  p.datePrecision = 'day';
  p.dateStated = false;
  p.anchorOffsetDays = offset;
  return true;
}

export const dateRefiner: Refiner = {
  id: 'refine.date',
  example: '"Within 48 hours of the initial attack, Pakistan fired at …" -> the attack\'s date + 2',
  refine(proposals, ctx) {
    const done: Proposal[] = [];
    for (const p of proposals) {
      const dates = ctx.sentences[p.sentence.index]!.dates;
      const plain = dates.filter((d) => d.anchorOffsetDays === undefined);
      const anchored = anchorFor(p, dates);
      // "came two days after Tehran said it attacked": the act is the anchor of another one;
      // the caption's date belongs to that other act.
      const isAnchor = dates.some((d) => d.anchorOffsetDays !== undefined && d !== anchored && d.end <= p.triggerStart);
      if (anchored) {
        if (!resolveAnchor(p, done, anchored.anchorOffsetDays!)) ctx.debug?.(() => `  ${p.pattern.id}: "${anchored.text}" has no earlier event to hang on`);
      } else {
        const inClause = plain.filter((d) => d.start >= p.clauseStart && d.end <= p.clauseEnd);
        const chosen = p.modality === 'intended'
          ? nearest(inClause.filter((d) => !isDeadline(p.sentence.text, d)), p.triggerStart) ?? plain[0] ?? null
          : nearest(inClause, p.triggerStart) ?? nearest(plain, p.triggerStart) ?? (isAnchor ? null : captionDate(p, ctx));
        if (chosen) applyMention(p, chosen);
      }
      if (p.date) ctx.debug?.(() => `  ${p.pattern.id}: date ${p.date} (${p.datePrecision}${p.dateStated ? ', stated' : ''})`);
      done.push(p);
    }
    return proposals;
  },
};
