/** CAMEO 01, make public statement: only the forms that name a target country. */
import type { EventPattern } from '../pattern-types.js';

export const STATEMENT_PATTERNS: readonly EventPattern[] = [
  { id: 'statement.praise-optimistic', example: 'Turkey voiced optimism about its ties with Greece.', cameo: '013', triggers: ['voice optimism', 'express optimism', 'express hope'], pos: 'verb' },
  { id: 'statement.deny-responsibility', example: 'Russia denied responsibility for the attack on Ukraine.', cameo: '016', triggers: ['deny responsibility', 'deny involvement'], pos: 'verb' },
  { id: 'statement.claim-responsibility', example: 'Iran claimed responsibility for the strike on Iraq.', cameo: '015', triggers: ['claim responsibility'], pos: 'verb' },
  { id: 'statement.express-accord', example: 'Egypt and Jordan agreed on a common position.', cameo: '019', triggers: ['express accord', 'agree on'], pos: 'verb', symmetric: true },
];
