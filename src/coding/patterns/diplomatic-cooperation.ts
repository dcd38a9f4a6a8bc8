/** CAMEO 05, diplomatic cooperation: joint statements, restored ties, returning ambassadors, agreements. */
import type { EventPattern } from '../pattern-types.js';

const ENVOYS = ['ambassador', 'envoy', 'diplomat'] as const;

export const DIPLOMATIC_COOPERATION_PATTERNS: readonly EventPattern[] = [
  { id: 'diplomatic.joint-statement', example: 'India and China issued a joint statement on Monday.', cameo: '050', triggers: ['joint statement', 'joint communique', 'joint declaration'], pos: 'noun', symmetric: true },
  { id: 'diplomatic.restore-relations', example: 'Saudi Arabia and Iran restored diplomatic relations.', cameo: '050', triggers: ['restore relation', 'restore diplomatic relation', 'restore tie', 'restore diplomatic tie', 'normalize relation', 'normalize tie', 'resume diplomatic relation'], pos: 'verb', symmetric: true },
  { id: 'diplomatic.envoys-return', example: 'Iran and Pakistan said the ambassadors of both countries will return to their posts.', cameo: '050', triggers: ['return'], pos: 'verb', near: ENVOYS, symmetric: true, needsTarget: true },
  { id: 'diplomatic.sign-agreement', example: 'Egypt and Sudan signed a defence agreement.', cameo: '057', triggers: ['sign'], pos: 'verb', symmetric: true, after: /^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:agreement|accord|deal|treaty|pact|memorandum)/i },
  { id: 'diplomatic.praise', example: 'India praised Bangladesh for its help.', cameo: '051', triggers: ['praise', 'commend', 'hail'], pos: 'verb' },
  { id: 'diplomatic.apologize', example: 'Japan apologized to South Korea.', cameo: '055', triggers: ['apologize', 'apologise'], pos: 'verb' },
  { id: 'diplomatic.recognize', example: 'Spain recognized the State of Palestine.', cameo: '054', triggers: ['recognize', 'recognise'], pos: 'verb' },
];
