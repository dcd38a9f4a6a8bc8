/** CAMEO 10, demand. */
import type { EventPattern } from '../pattern-types.js';

export const DEMAND_PATTERNS: readonly EventPattern[] = [
  { id: 'demand.demand', example: 'Greece demanded that Turkey withdraw its ships.', cameo: '100', triggers: ['demand'], pos: 'verb' },
  { id: 'demand.withdrawal', example: 'Ukraine demanded the withdrawal of Russian troops.', cameo: '1056', triggers: ['demand the withdrawal', 'demand withdrawal'], pos: 'verb' },
];
