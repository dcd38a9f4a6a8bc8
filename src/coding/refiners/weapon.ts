/**
 * refine.weapon: sharpens a generic use of force (190) by the weapon the clause names:
 * missiles, drones, aircraft -> 195; artillery, tanks, shelling -> 194; gunfire, small arms -> 193.
 */
import type { Refiner } from '../pattern-types.js';

const AERIAL = /\b(?:missiles?|drones?|air ?strikes?|air-strikes?|aircraft|jets?|warplanes?|bombers?|rockets?|helicopters?|aerial|air raids?)\b/i;
const ARTILLERY = /\b(?:artillery|tanks?|shell(?:s|ing|ed)?|mortars?|howitzers?)\b/i;
const SMALL_ARMS = /\b(?:gunfire|small arms|rifles?|machine guns?|gunmen|firefight|shot dead)\b/i;

export const weaponRefiner: Refiner = {
  id: 'refine.weapon',
  example: '"launched a missile and drone attack" -> 195',
  refine(proposals) {
    for (const p of proposals) {
      if (p.cameo !== '190') continue;
      const clause = p.sentence.text.slice(p.clauseStart, p.clauseEnd);
      if (AERIAL.test(clause)) p.cameo = '195';
      else if (ARTILLERY.test(clause)) p.cameo = '194';
      else if (SMALL_ARMS.test(clause)) p.cameo = '193';
    }
    return proposals;
  },
};
