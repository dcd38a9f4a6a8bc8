/**
 * refine.habitual: drops acts described as habits or states rather than dated events:
 * "a group that regularly carries out attacks", "has occupied Kashmir for over 70 years",
 * "every day makes a choice to …", "activists have long sent leaflets north". They name no occurrence the coder could date.
 */
import type { Refiner } from '../pattern-types.js';

const HABITUAL = /\b(?:regularly|routinely|frequently|often|usually|habitually|every (?:day|week|month|year)|for (?:over |more than |nearly |almost |about )?(?:\d+|\w+) (?:years|decades)|for decades|for years|continues to|keeps|(?:have|has|had) long)\b/i;

export const habitualRefiner: Refiner = {
  id: 'refine.habitual',
  example: '"a group that regularly carries out suicide attacks" -> dropped',
  refine(proposals, ctx) {
    for (const p of proposals) {
      if (p.dropped) continue;
      if (HABITUAL.test(p.sentence.text.slice(p.clauseStart, p.clauseEnd))) {
        p.dropped = 'habitual: no single occurrence';
        ctx.debug?.(() => `  ${p.pattern.id}: dropped, habitual`);
      }
    }
    return proposals;
  },
};
