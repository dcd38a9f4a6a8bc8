/**
 * refine.validity: drops what cannot be an interstate event: no source; no target where the
 * pattern needs one; source and target the same country; no state on either side (boilerplate,
 * groups acting on groups); a target that is only "militants" or "gunmen" (internal security).
 *
 * validity.not-in-office: a person named as "former minister", "ex-president" or "President-elect"
 * holds no state office when the act is told - "President-elect X praised Y's restraint" is a
 * politician's word, not the government's - so what that person does is no state's act.
 */
import type { Participant, Proposal, Refiner } from '../pattern-types.js';
import { isUnnamedArmedGroup } from '../references.js';

// The words of the person's noun phrase, up to its end: "former" or "-elect" within five words before.
const FORMER = /\b(?:former|ex-|retired|one-time)\s*(?:[\p{L}.'’-]+\s+){0,5}[\p{L}.'’-]+$/iu;
const ELECT = /\b\p{L}+-elect\s+(?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+$/iu;

/** The source is a person described as out of office or not yet in it. */
export function notInOffice(p: Proposal, who: Participant | null): boolean {
  if (!who || who.start === null || who.end === null || who.actor.kind !== 'person') return false;
  const phrase = p.sentence.text.slice(Math.max(0, who.start - 40), who.end);
  return FORMER.test(phrase) || ELECT.test(phrase);
}

export const validityRefiner: Refiner = {
  id: 'refine.validity',
  example: '"I absolutely reject the idea …" (no actor before the verb) -> dropped',
  refine(proposals, ctx) {
    for (const p of proposals) {
      if (p.dropped) continue;
      const s = p.source?.actor;
      const t = p.target?.actor;
      if (!s) p.dropped = 'no source';
      else if (!t && p.pattern.needsTarget !== false) p.dropped = 'no target';
      else if (t && s.country && s.country === t.country) p.dropped = 'source and target are one country';
      else if (t && !s.country && !t.country) p.dropped = 'no state on either side';
      else if (!t && !s.country) p.dropped = 'no state';
      else if (t && isUnnamedArmedGroup(t)) p.dropped = 'target is an unnamed armed group';
      else if (notInOffice(p, p.source)) p.dropped = 'source holds no office: former or elect';
      if (p.dropped) ctx.debug?.(() => `  ${p.pattern.id}: dropped, ${p.dropped}`);
    }
    return proposals;
  },
};
