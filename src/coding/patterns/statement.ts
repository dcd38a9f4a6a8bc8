/** CAMEO 01, make public statement: only the forms that name a target country. */
import type { EventPattern } from '../pattern-types.js';

export const STATEMENT_PATTERNS: readonly EventPattern[] = [
  { id: 'statement.praise-optimistic', example: 'Turkey voiced optimism about its ties with Greece.', cameo: '013', triggers: ['voice optimism', 'express optimism', 'express hope'], pos: 'verb' },
  // Sympathy offered to another state (018): "offered condolences to Turkey after the earthquake".
  { id: 'statement.condolences', example: 'Japan offered condolences to Turkey after the earthquake.', cameo: '018', triggers: ['offer condolence', 'express condolence', 'send condolence', 'convey condolence', 'extend condolence', 'offer its condolence', 'express its condolence', 'send its condolence', 'convey its condolence', 'extend its condolence', 'offer his condolence', 'express his condolence', 'send his condolence', 'offer her condolence', 'express her condolence', 'send her condolence', 'express sympathy', 'offer sympathy', 'express solidarity', 'send a message of condolence', 'send a letter of condolence'], pos: 'verb' },
  { id: 'statement.deny-responsibility', example: 'Russia denied responsibility for the attack on Ukraine.', cameo: '016', triggers: ['deny responsibility', 'deny involvement', 'deny any role', 'deny any involvement', 'deny any responsibility', 'deny any link', 'deny role', 'deny link', 'deny any part'], pos: 'verb' },
  { id: 'statement.deny', example: 'Serbia denied that its forces had crossed into Kosovo.', cameo: '016', triggers: ['deny'], pos: 'verb', after: /^\s+(?:that\b|the\s+(?:[\w'’-]+\s+){0,2}?(?:accusation|allegation|charge|claim|report)s?\b|(?:any|all)\s+(?:wrongdoing|accusation|allegation|charge|claim)s?\b|having\b|it\s+had\b)/i },
  { id: 'statement.claim-responsibility', example: 'Iran claimed responsibility for the strike on Iraq.', cameo: '015', triggers: ['claim responsibility'], pos: 'verb' },
  { id: 'statement.express-accord', example: 'Egypt and Jordan agreed on a common position.', cameo: '019', triggers: ['express accord', 'agree on'], pos: 'verb', symmetric: true, notAfter: /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)/ },
];
