/**
 * refine.confidence: stated facts weigh more than inferred ones (cf. chrono's assign/imply):
 * a named target over one taken from a place, a stated date over an inferred one, an active
 * clause over a passive or nominal one.
 */
import type { Refiner } from '../pattern-types.js';

export const confidenceRefiner: Refiner = {
  id: 'refine.confidence',
  example: '"Iran struck Pakistan on Jan. 16" -> 0.9; "an attack … in Pakistan" (target from the place) -> lower',
  refine(proposals) {
    for (const p of proposals) {
      let c = 0.5;
      if (p.target && p.target.via !== 'place') c += 0.15;
      if (p.date) c += p.dateStated ? 0.15 : 0.08;
      if (p.pattern.pos === 'verb' && !p.passive) c += 0.1;
      if (p.modality === 'claimed') c -= 0.1;
      p.confidence = Math.max(0, Math.min(1, Math.round(c * 100) / 100));
    }
    return proposals;
  },
};
