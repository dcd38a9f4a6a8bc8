/** CAMEO 12, reject. */
import type { EventPattern } from '../pattern-types.js';

export const REJECT_PATTERNS: readonly EventPattern[] = [
  { id: 'reject.reject', example: 'Venezuela rejected the proposal from Guyana.', cameo: '120', triggers: ['reject', 'rebuff', 'dismiss'], pos: 'verb' },
  { id: 'reject.refuse-talks', example: 'Israel refused to meet Hamas negotiators.', cameo: '125', triggers: ['refuse to meet', 'refuse talk', 'reject talk'], pos: 'verb' },
  { id: 'reject.veto', example: 'Russia vetoed the resolution on Syria.', cameo: '129', triggers: ['veto'], pos: 'verb' },
];
