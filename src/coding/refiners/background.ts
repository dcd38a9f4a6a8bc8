/**
 * refine.background: history is not news. An act dated more than two years before publication
 * ("India has held Kashmir since 1947", "after the 2019 strikes") is background to the report,
 * not an event it reports; it is dropped. Undated acts and articles without a date are kept.
 */
import { daysBetween } from '../../language/dates/calendar.js';
import type { Refiner } from '../pattern-types.js';

/** How far back a dated act may lie and still be reported news. */
export const BACKGROUND_DAYS = 730;

export const backgroundRefiner: Refiner = {
  id: 'refine.background',
  example: '"India has occupied Kashmir since 1947" (published 2024) -> dropped',
  refine(proposals, ctx) {
    const published = ctx.article.published;
    if (!published) return proposals;
    for (const p of proposals) {
      if (p.dropped || !p.date) continue;
      if (daysBetween(p.date, published) > BACKGROUND_DAYS) {
        p.dropped = `background: dated ${p.date}, long before publication`;
        ctx.debug?.(() => `  ${p.pattern.id}: dropped, ${p.dropped}`);
      }
    }
    return proposals;
  },
};
