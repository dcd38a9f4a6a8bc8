/**
 * refine.background: history is not news. An act dated more than two years before publication
 * ("India has held Kashmir since 1947", "after the 2019 strikes") is background to the report,
 * not an event it reports; it is dropped. Undated acts and articles without a date are kept.
 *
 * background.origin-clause: an act told as how a dispute began - "a row that began when Ottawa
 * accused New Delhi of …", "tensions which erupted after the navy seized a trawler" - is the
 * story's origin, recalled to explain today's news; without a date of its own in that clause it
 * would take the day of the news it explains. It is dropped; an origin told with its day ("that
 * began on 3 May when …") keeps it and stays.
 */
import { daysBetween } from '../../language/dates/calendar.js';
import type { Refiner } from '../pattern-types.js';

/** How far back a dated act may lie and still be reported news. */
export const BACKGROUND_DAYS = 730;

// "(a dispute) that began when", "which erupted after", "that was sparked when": the clause the act sits in.
const ORIGIN_CLAUSE = /\b(?:that|which)\s+(?:first\s+|initially\s+|originally\s+)?(?:began|started|erupted|flared(?:\s+up)?|broke\s+out|(?:was|were)\s+(?:sparked|triggered|set\s+off))\s+(?:[\p{L}\d-]+\s+){0,4}?(?:when|after)\s+[^;:]*$/iu;

export const backgroundRefiner: Refiner = {
  id: 'refine.background',
  example: '"India has occupied Kashmir since 1947" (published 2024) -> dropped',
  refine(proposals, ctx) {
    const published = ctx.article.published;
    for (const p of proposals) {
      if (p.dropped) continue;
      const origin = ORIGIN_CLAUSE.exec(p.sentence.text.slice(0, p.triggerStart));
      if (origin) {
        const sc = ctx.sentences[p.sentence.index]!;
        const dated = sc.dates.some((d) => d.start >= origin.index && d.end <= p.triggerStart);
        if (!dated) {
          p.dropped = 'background: the origin of the dispute, told without its day';
          ctx.debug?.(() => `  ${p.pattern.id}: dropped, ${p.dropped}`);
          continue;
        }
      }
      if (!published || !p.date) continue;
      if (daysBetween(p.date, published) > BACKGROUND_DAYS) {
        p.dropped = `background: dated ${p.date}, long before publication`;
        ctx.debug?.(() => `  ${p.pattern.id}: dropped, ${p.dropped}`);
      }
    }
    return proposals;
  },
};
