/** CAMEO 13, threaten. */
import type { EventPattern } from '../pattern-types.js';

export const THREATEN_PATTERNS: readonly EventPattern[] = [
  { id: 'threaten.sanctions', example: 'The United States threatened Belarus with sanctions.', cameo: '1312', triggers: ['threaten'], pos: 'verb', after: /^\s+(?:\S+\s+){0,3}with\s+(?:\S+\s+)?sanctions/i },
  { id: 'threaten.threaten', example: 'North Korea threatened South Korea with retaliation.', cameo: '130', triggers: ['threaten', 'warn'], pos: 'verb' },
  { id: 'threaten.force', example: 'Iran threatened to strike Israel.', cameo: '138', triggers: ['threaten to strike', 'threaten to attack', 'threaten military action', 'threaten to retaliate', 'threaten war'], pos: 'verb' },
  { id: 'threaten.ultimatum', example: 'Azerbaijan gave Armenia an ultimatum.', cameo: '139', triggers: ['ultimatum'], pos: 'noun' },
];
