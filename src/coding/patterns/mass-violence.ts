/** CAMEO 20, unconventional mass violence. */
import type { EventPattern } from '../pattern-types.js';

export const MASS_VIOLENCE_PATTERNS: readonly EventPattern[] = [
  { id: 'mass.chemical', example: 'Iraq used chemical weapons against Iran.', cameo: '2041', triggers: ['use chemical weapon', 'chemical attack', 'gas attack'], pos: 'verb' },
  { id: 'mass.expulsion', example: 'Myanmar drove out Rohingya into Bangladesh.', cameo: '201', triggers: ['mass expulsion', 'drive out'], pos: 'verb' },
  { id: 'mass.nuclear', example: 'North Korea detonated a nuclear device.', cameo: '2042', triggers: ['detonate a nuclear', 'nuclear strike'], pos: 'verb', needsTarget: false },
  // The massacre as a noun after a light verb: "carried out a massacre of Bosnian civilians", "committed
  // ethnic cleansing in the valley". A bare "the massacre" is background and proposes nothing.
  { id: 'mass.killing-noun', example: 'Serbian forces carried out a massacre of Bosnian civilians on Monday.', cameo: '202', triggers: ['massacre', 'mass killing', 'mass murder', 'mass execution', 'ethnic cleansing'], pos: 'noun' },
  { id: 'mass.killing', example: 'Serbian forces massacred civilians in Bosnia.', cameo: '202', triggers: ['massacre', 'mass killing', 'ethnic cleansing'], pos: 'verb' },
];
