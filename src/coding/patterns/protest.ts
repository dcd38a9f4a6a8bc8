/** CAMEO 14, protest: demonstrations aimed at another country (at its embassy). */
import type { EventPattern } from '../pattern-types.js';

export const PROTEST_PATTERNS: readonly EventPattern[] = [
  { id: 'protest.demonstrate', example: 'Iranian protesters stormed the Saudi embassy in Tehran.', cameo: '141', triggers: ['protest outside', 'rally outside', 'demonstrate outside', 'storm'], pos: 'verb', after: /^\s+(?:the\s+)?[\w\s-]{0,30}embassy/i },
];
