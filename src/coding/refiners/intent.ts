/**
 * refine.intent: an announced future meeting or visit is an expression of intent, CAMEO 036
 * ("the foreign minister would visit Islamabad next week"), not the visit itself (042).
 */
import type { Refiner } from '../pattern-types.js';

export const intentRefiner: Refiner = {
  id: 'refine.intent',
  example: '"would visit Islamabad next week" -> 036, intended',
  refine(proposals) {
    for (const p of proposals) {
      if (p.modality === 'intended' && p.cameo.startsWith('04') && p.cameo !== '045') p.cameo = '036';
      if (p.modality === 'intended' && p.cameo.startsWith('19')) p.cameo = '138';
    }
    return proposals;
  },
};
