/**
 * CAMEO 12, reject: proposals, demands and accusations (120); declaring an agreement null and
 * void or annulling it (120); refusing talks (125); vetoes (129); defying a ruling (128).
 */
import type { EventPattern } from '../pattern-types.js';

export const REJECT_PATTERNS: readonly EventPattern[] = [
  { id: 'reject.null-and-void', example: 'Somalia declared the port deal between Ethiopia and a breakaway region null and void.', cameo: '120', triggers: ['declare', 'call', 'pronounce', 'deem', 'consider'], pos: 'verb', after: /^\s+[^.;]{0,80}?\bnull\s+and\s+void\b/i },
  { id: 'reject.annul', example: 'Iraq annulled its security agreement with Turkey.', cameo: '120', triggers: ['annul', 'annull', 'annulled', 'nullify', 'invalidate', 'void', 'revoke', 'declare void', 'declare invalid'], pos: 'verb' },
  { id: 'reject.law-voiding', example: 'Somalia signed a law voiding the port agreement between Ethiopia and the breakaway region.', cameo: '120', triggers: ['sign', 'pass', 'enact', 'approve', 'adopt', 'issue'], pos: 'verb', after: /^\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:law|bill|decree|order|resolution|executive\s+order)\b[^.;]{0,40}?\b(?:declaring|voiding|annulling|nullifying|revoking|invalidating|cancell?ing|rejecting)\b/i },
  { id: 'reject.reject', example: 'Venezuela rejected the proposal from Guyana.', cameo: '120', triggers: ['reject', 'rebuff', 'dismiss', 'turn down', 'refuse'], pos: 'verb' },
  { id: 'reject.refuse-talks', example: 'Israel refused to meet Hamas negotiators.', cameo: '125', triggers: ['refuse to meet', 'refuse talk', 'reject talk', 'refuse to negotiate', 'rule out talk', 'refuse to hold talk'], pos: 'verb' },
  { id: 'reject.defy-ruling', example: "Venezuela defied the world court's order to leave Guyana's region alone.", cameo: '128', triggers: ['defy', 'flout', 'ignore', 'disregard'], pos: 'verb', after: /^\s+(?:the\s+)?[^.;]{0,30}?\b(?:jurisdiction|ruling|verdict|order|authority|resolution|decision|warning|ultimatum|sanctions)\b/i },
  { id: 'reject.veto', example: 'Russia vetoed the resolution on Syria.', cameo: '129', triggers: ['veto'], pos: 'verb' },
];
