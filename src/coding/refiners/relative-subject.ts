/**
 * refine.relative-subject: in "France does not recognise the men who seized power", the subject
 * of "seized" is "the men", the noun "who" takes up - not France, the subject of the clause
 * around it. When the words between a proposal's source and its trigger end in a noun phrase and
 * "who", and that noun phrase names no actor, the act has no known source: the source is cleared
 * (and the act dropped by validity when it needs one). "Erdogan, who met Putin" keeps its source:
 * there "who" follows the source itself.
 */
import type { Refiner } from '../pattern-types.js';

const RELATIVE = /\b(?:the|those|these|a|an|some|two|three|four|several|many|unknown|masked|armed)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:who|whom)\s+(?:(?:had|have|has|then|later|also|allegedly|reportedly|apparently)\s+)*$/iu;

export const relativeSubjectRefiner: Refiner = {
  id: 'refine.relative-subject',
  example: '"France does not recognise the men who seized power" -> "seized" is not France\'s act',
  refine(proposals, ctx) {
    for (const p of proposals) {
      if (p.dropped || !p.source || p.source.end === null || p.passive || p.source.end > p.triggerStart) continue;
      const between = p.sentence.text.slice(p.source.end, p.triggerStart);
      const m = RELATIVE.exec(between);
      if (!m) continue;
      const from = p.source.end + m.index;
      const sc = ctx.sentences[p.sentence.index]!;
      if (sc.actors.some((a) => a.start >= from && a.end <= p.triggerStart)) continue;
      ctx.debug?.(() => `  ${p.pattern.id}: the subject is "${m[0].trim()}", not ${p.source!.actor.country ?? p.source!.actor.name}`);
      p.source = null;
    }
    return proposals;
  },
};
