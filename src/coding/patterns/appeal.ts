/** CAMEO 02, appeal. "urged Israel to", "called on Iran to", "appealed to", calls for restraint (0256). */
import type { EventPattern } from '../pattern-types.js';

export const APPEAL_PATTERNS: readonly EventPattern[] = [
  { id: 'appeal.restraint', example: 'China called on India and Pakistan to show restraint.', cameo: '0256', triggers: ['call on', 'urge', 'call upon', 'press', 'ask', 'appeal to'], pos: 'verb', after: /^\s+(?:\S+\s+){1,5}to\s+(?:show|exercise|practise|practice|use)\s+(?:maximum\s+|utmost\s+)?restraint|^\s+(?:\S+\s+){1,5}to\s+(?:de-escalate|deescalate|stop\s+fighting|cease\s+fire|agree\s+to\s+a\s+ceasefire|lay\s+down|withdraw)/i },
  { id: 'appeal.urge', example: 'Qatar urged Israel to halt its offensive.', cameo: '020', triggers: ['urge', 'call on', 'call upon', 'appeal to', 'implore', 'press', 'exhort', 'plead with', 'entreat', 'beseech', 'prod', 'nudge'], pos: 'verb', notAfter: /^\s+(?:ahead|on\s+with|for)\b/i },
  // A request put to a named state: "asked Britain to free the tanker". The state must be named right
  // after the verb; "asked not to be named" and "asked its envoy to return" are no appeal to another.
  { id: 'appeal.ask-state-to', example: 'Iran asked Britain to free the tanker.', cameo: '020', triggers: ['ask', 'request'], pos: 'verb', after: /^\s+(?:the\s+)?\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,2}\s+to\s+(?!comment\b|be\s+named\b|be\s+identified\b|speak\b|remain\b|stay\b)\w/u },
  // Help sought from a named giver: "requested military aid from Germany", "sought emergency loans from Beijing".
  { id: 'appeal.seek-aid-from', example: 'Ukraine requested more air defence systems from Germany.', cameo: '023', triggers: ['request', 'seek', 'ask for', 'appeal for', 'plead for', 'call for'], pos: 'verb', after: /^\s+(?:\w+day\s+)?(?:more\s+|urgent\s+|emergency\s+|additional\s+|further\s+|new\s+|its\s+|the\s+)*(?:[\w-]+\s+){0,2}?(?:aid|assistance|help|support|weapons|arms|ammunition|loans?|funding|funds|military\s+equipment|air[\s-]defen[cs]es?(?:\s+systems)?|fighter\s+jets|tanks)\s+(?:\w+day\s+)?from\b/i },
  // Help sought by the giver's name: "sought Ethiopia's help against the militants", "requested Turkey's assistance".
  { id: 'appeal.seek-help-of', example: "Kenya sought Ethiopia's help against the militants.", cameo: '023', triggers: ['seek', 'request', 'ask for', 'enlist', 'solicit', 'appeal for', 'call for'], pos: 'verb', after: /^\s+(?:the\s+)?\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,2}['’]s?\s+(?:[\w-]+\s+)?(?:help|assistance|support|aid|backing|cooperation|intervention)\b/u },
  { id: 'appeal.ask-aid', example: 'Ukraine asked Germany for more air defence systems.', cameo: '023', triggers: ['ask', 'request'], pos: 'verb', after: /^\s+\S+(?:\s+\S+)?\s+for\b/i },
];
