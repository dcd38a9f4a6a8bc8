/** CAMEO 10, demand. */
import type { EventPattern } from '../pattern-types.js';

export const DEMAND_PATTERNS: readonly EventPattern[] = [
  { id: 'demand.withdrawal', example: 'Ukraine demanded the withdrawal of Russian troops.', cameo: '1056', triggers: ['demand the withdrawal', 'demand withdrawal', 'demand an immediate ceasefire', 'demand a ceasefire', 'demand the immediate withdrawal'], pos: 'verb' },
  { id: 'demand.tell-to', example: 'Israel told Lebanon to rein in the militia.', cameo: '100', triggers: ['tell', 'order', 'instruct', 'direct'], pos: 'verb', after: /^\s+(?!its\b|their\b|his\b|her\b)\S+(?:\s+\S+){0,2}\s+to\s+(?:stop|halt|end|withdraw|leave|rein|cease|pull|refrain|release|return|hand|dismantle|abandon|back\s+off|stand\s+down)\b/i },
  { id: 'demand.demand', example: 'Greece demanded that Turkey withdraw its ships.', cameo: '100', triggers: ['demand'], pos: 'verb' },
];
