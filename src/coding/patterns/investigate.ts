/** CAMEO 09, investigate. */
import type { EventPattern } from '../pattern-types.js';

export const INVESTIGATE_PATTERNS: readonly EventPattern[] = [
  { id: 'investigate.probe', example: 'Ukraine opened an investigation into the Russian strike on Kharkiv.', cameo: '093', triggers: ['open an investigation into', 'launch an investigation into', 'launch a probe into', 'investigate'], pos: 'verb' },
];
