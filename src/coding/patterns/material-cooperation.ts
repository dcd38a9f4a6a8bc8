/** CAMEO 06, material cooperation: joint exercises, trade deals, intelligence sharing. */
import type { EventPattern } from '../pattern-types.js';

export const MATERIAL_COOPERATION_PATTERNS: readonly EventPattern[] = [
  { id: 'material.joint-exercise', example: 'Russia and China held joint naval exercises.', cameo: '062', triggers: ['joint exercise', 'joint military exercise', 'joint naval exercise', 'joint drill', 'joint patrol'], pos: 'noun', symmetric: true },
  { id: 'material.share-intelligence', example: 'Jordan shared intelligence with Israel.', cameo: '064', triggers: ['share intelligence'], pos: 'verb' },
  { id: 'material.trade-deal', example: 'Vietnam and Laos expanded trade.', cameo: '061', triggers: ['expand trade', 'boost trade'], pos: 'verb', symmetric: true },
];
