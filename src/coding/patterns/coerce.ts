/** CAMEO 17, coerce: seizures, arrests of foreign nationals, expulsions of people, cyber attacks. */
import type { EventPattern } from '../pattern-types.js';

export const COERCE_PATTERNS: readonly EventPattern[] = [
  { id: 'coerce.seize', example: 'Iran seized a tanker flying the flag of Greece.', cameo: '171', triggers: ['seize', 'confiscate', 'impound'], pos: 'verb' },
  { id: 'coerce.arrest', example: 'Russia detained two Estonian border guards.', cameo: '173', triggers: ['arrest', 'detain'], pos: 'verb' },
  { id: 'coerce.deport', example: 'Pakistan deported thousands of Afghan refugees.', cameo: '174', triggers: ['deport', 'expel'], pos: 'verb', after: /^\s+(?:\S+\s+){0,4}(?:refugee|migrant|national|citizen|worker|people)/i },
  { id: 'coerce.cyber', example: 'Russia launched a cyberattack on Estonia.', cameo: '170', triggers: ['cyberattack', 'cyber attack', 'cyber-attack'], pos: 'noun' },
  { id: 'coerce.close-border', example: 'Pakistan closed its border with Afghanistan.', cameo: '172', triggers: ['close border', 'close its border', 'seal border', 'seal its border', 'close the border', 'shut border', 'shut its border', 'shut the border'], pos: 'verb' },
];
