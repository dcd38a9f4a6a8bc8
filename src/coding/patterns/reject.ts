/**
 * CAMEO 12, reject: proposals, demands and accusations (120); declaring an agreement null and
 * void or annulling it (120); refusing talks (125); vetoes (129); defying a ruling (128).
 */
import type { EventPattern } from '../pattern-types.js';

export const REJECT_PATTERNS: readonly EventPattern[] = [
  { id: 'reject.null-and-void', example: 'Somalia declared the port deal between Ethiopia and a breakaway region null and void.', cameo: '120', triggers: ['declare', 'call', 'pronounce', 'deem', 'consider'], pos: 'verb', after: /^\s+[^.;]{0,80}?\bnull\s+and\s+void\b/i },
  { id: 'reject.annul', example: 'Iraq annulled its security agreement with Turkey.', cameo: '120', triggers: ['annul', 'annull', 'annulled', 'nullify', 'invalidate', 'void', 'revoke', 'declare void', 'declare invalid'], pos: 'verb' },
  { id: 'reject.law-voiding', example: 'Somalia signed a law voiding the port agreement between Ethiopia and the breakaway region.', cameo: '120', triggers: ['sign', 'pass', 'enact', 'approve', 'adopt', 'issue'], pos: 'verb', after: /^\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:law|bill|decree|order|resolution|executive\s+order)\b[^.;]{0,40}?\b(?:declaring|voiding|annulling|nullifying|revoking|invalidating|cancell?ing|rejecting)\b/i },
  // Mediation refused (126) before the general rejection: "rejected Egyptian mediation", "is
  // opposed to French mediation in the talks".
  { id: 'reject.mediation', example: 'Eritrea rejected Kenyan mediation in the border dispute.', cameo: '126', triggers: ['reject', 'refuse', 'rebuff', 'turn down', 'rule out', 'oppose', 'be opposed to', 'object to'], pos: 'verb', after: /^\s+(?:\w+day\s+)?(?:any\s+|the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,2}?(?:mediation|good\s+offices|offer\s+to\s+mediate)\b/i },
  // A refusal worded as a negated acceptance, active or passive: "will not be accepted by India",
  // "Ankara would never accept the map". The negation is the act (modality.own-negation). A stance
  // in the simple present ("does not accept the court's jurisdiction") is no new act, and not
  // accepting "being named" or "that …" is no answer to another state's act.
  { id: 'reject.not-accepted', example: 'Turkey said it would never accept the Greek maritime map.', cameo: '120', triggers: ['accept'], pos: 'verb', before: /\b(?:will|would|shall|can|could|did|has|have|had)\s+(?:not|never)\s+(?:be\s+|ever\s+)?$|\b(?:won['’]t|wouldn['’]t|cannot|can['’]t|didn['’]t)\s+(?:be\s+)?$/i, notAfter: /^\s+(?:responsibility|blame|liability|being|that|it\b|to\b)/i },
  { id: 'reject.reject', example: 'Venezuela rejected the proposal from Guyana.', cameo: '120', triggers: ['reject', 'rebuff', 'dismiss', 'turn down', 'refuse', 'spurn', 'snub', 'repudiate', 'brush aside', 'brush off', 'shrug off', 'wave aside', 'wave away', 'reject out of hand'], pos: 'verb' },
  // "Declined to" an act is a refusal; declining to comment or say is a statement (011), not this.
  { id: 'reject.decline-to', example: 'Turkey declined to extradite the Swedish suspects.', cameo: '120', triggers: ['decline'], pos: 'verb', after: /^\s+to\s+(?!comment\b|say\b|elaborate\b|discuss\b|give\s+details\b|name\b|specify\b|disclose\b|confirm\b|answer\b|respond\b|speculate\b|identify\b|provide\s+details\b)[a-z]+/i },
  { id: 'reject.renege', example: 'Venezuela reneged on its commitment to Guyana.', cameo: '120', triggers: ['renege on', 'back out of', 'go back on', 'back away from'], pos: 'verb' },
  { id: 'reject.refuse-talks', example: 'Israel refused to meet Hamas negotiators.', cameo: '125', triggers: ['refuse to meet', 'refuse talk', 'reject talk', 'refuse to negotiate', 'rule out talk', 'refuse to hold talk'], pos: 'verb' },
  { id: 'reject.defy-ruling', example: "Venezuela defied the world court's order to leave Guyana's region alone.", cameo: '128', triggers: ['defy', 'flout', 'ignore', 'disregard'], pos: 'verb', after: /^\s+(?:the\s+)?[^.;]{0,30}?\b(?:jurisdiction|ruling|verdict|order|authority|resolution|decision|warning|ultimatum|sanctions)\b/i },
  { id: 'reject.veto', example: 'Russia vetoed the resolution on Syria.', cameo: '129', triggers: ['veto'], pos: 'verb' },
];
