/**
 * refine.validity: drops what cannot be an interstate event: no source; no target where the
 * pattern needs one; source and target the same country; no state on either side (boilerplate,
 * groups acting on groups); a target that is only "militants" or "gunmen" (internal security).
 */
import type { Refiner } from '../pattern-types.js';
import { isUnnamedArmedGroup } from '../references.js';

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
      if (p.dropped) ctx.debug?.(() => `  ${p.pattern.id}: dropped, ${p.dropped}`);
    }
    return proposals;
  },
};
