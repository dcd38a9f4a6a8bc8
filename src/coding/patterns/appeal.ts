/** CAMEO 02, appeal. "urged Israel to", "called on Iran to", "appealed to", calls for restraint (0256). */
import type { EventPattern } from '../pattern-types.js';

export const APPEAL_PATTERNS: readonly EventPattern[] = [
  { id: 'appeal.restraint', example: 'China called on India and Pakistan to show restraint.', cameo: '0256', triggers: ['call on', 'urge', 'call upon', 'press', 'ask', 'appeal to'], pos: 'verb', after: /^\s+(?:\S+\s+){1,5}to\s+(?:show|exercise|practise|practice|use)\s+(?:maximum\s+|utmost\s+)?restraint|^\s+(?:\S+\s+){1,5}to\s+(?:de-escalate|deescalate|stop\s+fighting|cease\s+fire|agree\s+to\s+a\s+ceasefire|lay\s+down|withdraw)/i },
  { id: 'appeal.urge', example: 'Qatar urged Israel to halt its offensive.', cameo: '020', triggers: ['urge', 'call on', 'call upon', 'appeal to', 'implore', 'press', 'exhort'], pos: 'verb', notAfter: /^\s+(?:ahead|on\s+with|for)\b/i },
  { id: 'appeal.ask-aid', example: 'Ukraine asked Germany for more air defence systems.', cameo: '023', triggers: ['ask', 'request'], pos: 'verb', after: /^\s+\S+(?:\s+\S+)?\s+for\b/i },
];
